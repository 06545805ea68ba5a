/**
 * Reading a model file of any kind tmj knows: {@link dev.tmj.format.ModelFiles} picks the reader by content (tmj
 * JSON/YAML, pytm JSON, a pytm script) and returns a {@link dev.tmj.model.Model}; every reader gets a file's text
 * from {@link dev.tmj.format.ModelText} (bounded, strict UTF-8, without a byte order mark).
 * <p>
 * Public API. The readers and writers of each format live in {@code dev.tmj.format.json} and
 * {@code dev.tmj.format.script}.
 */
package dev.tmj.format;
