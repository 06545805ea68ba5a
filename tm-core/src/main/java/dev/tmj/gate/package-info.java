/**
 * The CI gate: which findings fail a build ({@link dev.tmj.gate.Gate}), what a baseline of earlier findings says
 * about each one ({@link dev.tmj.gate.Baseline}, {@link dev.tmj.gate.Change}), and the result of checking one or
 * more models ({@link dev.tmj.gate.CheckResult}) that every CI output (SARIF, JUnit XML, Code Quality, the
 * summary) is written from. Above {@code resolve} and {@code pipeline}; file formats live in tm-formats.
 */
package dev.tmj.gate;
