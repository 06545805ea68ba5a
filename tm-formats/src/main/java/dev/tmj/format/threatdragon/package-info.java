/**
 * OWASP Threat Dragon's model files (version 2 JSON): {@link dev.tmj.format.threatdragon.ThreatDragonReader} reads
 * them into a model (the threats recorded on cells become findings), {@link
 * dev.tmj.format.threatdragon.ThreatDragonWriter} writes a resolved model as one, laid out by a {@link
 * dev.tmj.format.threatdragon.DiagramLayout} (tm-render's gives Graphviz's layout of the DFD). API: the reader, the
 * writer and the layout contract; the mapping is docs/interchange.md, "Threat Dragon".
 */
package dev.tmj.format.threatdragon;
