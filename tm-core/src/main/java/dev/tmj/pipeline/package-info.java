/**
 * The one way from a model to its findings: {@link dev.tmj.pipeline.Pipeline} loads a model (through a reader
 * that a format module supplies), chooses the threat libraries, checks and resolves the model, and attaches
 * test evidence. The command line, the JUnit extension and the Maven plugin all call it, so a model gives the
 * same findings wherever it runs.
 * <p>
 * Public API.
 */
package dev.tmj.pipeline;
