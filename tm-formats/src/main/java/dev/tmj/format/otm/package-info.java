/**
 * The Open Threat Model (OTM 0.2.0, IriusRisk's interchange format, also written by StartLeft): {@link
 * dev.tmj.format.otm.OtmReader} reads an OTM document (JSON or YAML) into a model, {@link dev.tmj.format.otm.OtmWriter}
 * writes a resolved model and its findings as one. What OTM has and tmj does not use (representations, tags, other
 * tools' threats, unknown fields) is kept in the model's extra attributes and written back; what tmj has and OTM does
 * not (every tmj attribute) travels in OTM's {@code attributes.tmj}. The mapping tables are in docs/interchange.md.
 * API: the reader and the writer.
 */
package dev.tmj.format.otm;
