/** I/O shared by tmj's readers and writers (adapters, atomic file writes); no file format lives here. */
package dev.tmj.io;
