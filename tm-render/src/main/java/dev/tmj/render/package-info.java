/**
 * Renderers of resolved models: data-flow diagrams, sequence diagrams and reports. They read a
 * {@link dev.tmj.resolve.Findings} and its checked model and never change them. Empty until the
 * rendering issue lands; the module exists so that the dependency direction (render depends on core,
 * never the reverse) is fixed from the start.
 */
package dev.tmj.render;
