/**
 * I/O shared by tmj's readers and writers: the {@link dev.tmj.io.Renderer} contract of every output, adapters,
 * atomic file writes; no file format lives here.
 */
package dev.tmj.io;
