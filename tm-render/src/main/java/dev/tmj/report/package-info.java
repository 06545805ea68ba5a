/**
 * Reports of resolved models: {@link dev.tmj.report.PytmJsonWriter} writes pytm's {@code --json} output.
 */
package dev.tmj.report;
