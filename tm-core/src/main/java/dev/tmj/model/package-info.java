/**
 * The threat model: elements (actors, assets, processes, datastores, boundaries, dataflows), data, controls,
 * assumptions and overrides, with pytm 1.4.0's names, attributes and defaults.
 * <p>
 * Public API. {@link dev.tmj.model.Schemas} is the single source of truth for attributes: conditions,
 * readers, writers and {@code describe} all use it. Values live in arrays indexed by schema slot, and every
 * object remembers which attributes the model set, so the model check fills in only what was left unset.
 * This package depends on nothing else in tmj.
 */
package dev.tmj.model;
