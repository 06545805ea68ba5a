/**
 * The one contract of every output, of a resolved model or of a CI check: {@link dev.tmj.output.Renderer}. tm-render's diagrams and
 * reports and tm-formats' findings files implement it; a set of outputs is a map of renderers (tm-render's
 * {@code Outputs}).
 * <p>
 * Public API.
 */
package dev.tmj.output;
