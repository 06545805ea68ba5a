/**
 * Renderers of resolved models: data-flow diagrams ({@code dev.tmj.dfd}), sequence diagrams
 * ({@code dev.tmj.sequence}) and reports ({@code dev.tmj.report}) read a {@link dev.tmj.resolve.Findings} and its
 * checked model and never change them, each through one {@link dev.tmj.output.Renderer}. This package holds
 * {@link dev.tmj.render.Outputs}, a renderer per kind of output, which renders any set of them for one model and
 * writes the files. tm-render depends on tm-core, never the reverse.
 */
package dev.tmj.render;
