/**
 * I/O shared by tmj's readers and writers (adapters, atomic file writes); no file format lives here.
 * <p>
 * Internal: the module {@code dev.tmj.core} exports it only to {@code dev.tmj.formats}, {@code dev.tmj.render}
 * and {@code dev.tmj.cli}.
 */
package dev.tmj.io;
