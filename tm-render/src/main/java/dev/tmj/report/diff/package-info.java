/**
 * The outputs of {@code tmj diff} that tm-render makes from a {@link dev.tmj.diff.ModelDiff}:
 * {@link dev.tmj.report.diff.DiffText} (one terminal line per change), {@link dev.tmj.report.diff.DiffMarkdown}
 * (tables for a pull-request comment) and {@link dev.tmj.report.diff.DiffDiagram} (the data-flow diagram of both
 * versions with the changes coloured). The JSON form is tm-formats' {@code DiffJsonWriter}.
 */
package dev.tmj.report.diff;
