/**
 * Threagile's YAML models: {@link dev.tmj.format.threagile.ThreagileReader} reads technical assets, trust boundaries
 * (nested), communication links, data assets and the risk tracking into a model; what tmj does not map is noted on
 * the model. The mapping tables are in {@code ThreagileTypes} and docs/interchange.md.
 * API: the reader.
 */
package dev.tmj.format.threagile;
