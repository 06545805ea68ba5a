/**
 * What a change did to a threat model: {@link dev.tmj.diff.ModelDiff} compares two resolved versions of a model
 * ({@code tmj diff OLD NEW}) and says which elements, flows, boundaries and model attributes were added, removed or
 * changed, and which findings are new, fixed or changed. Elements are matched by the identity that finding
 * fingerprints are made from ({@link dev.tmj.resolve.ElementIdentities}), findings by their fingerprint.
 * Above {@code pipeline} and {@code resolve}, beside {@code gate}; the outputs (text, Markdown, JSON, the diagram)
 * live in tm-formats and tm-render.
 */
package dev.tmj.diff;
