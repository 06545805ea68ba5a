/**
 * I/O shared by tmj's readers and writers (adapters, atomic file writes, escaped log lines); no file format lives
 * here.
 * <p>
 * Internal: the module {@code dev.tmj.core} exports it only to {@code dev.tmj.formats}, {@code dev.tmj.render},
 * {@code dev.tmj.cli} and {@code dev.tmj.test}.
 */
package dev.tmj.io;
