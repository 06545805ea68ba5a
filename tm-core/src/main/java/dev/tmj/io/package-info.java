/**
 * I/O shared by tmj's readers and writers (adapters, atomic file writes, escaped log lines, waiting for work done on
 * another thread); no file format lives here.
 * <p>
 * Internal: the module {@code dev.tmj.core} exports it only to {@code dev.tmj.iac}, {@code dev.tmj.formats},
 * {@code dev.tmj.render}, {@code dev.tmj.integrations}, {@code dev.tmj.cli} and {@code dev.tmj.test}.
 */
package dev.tmj.io;
