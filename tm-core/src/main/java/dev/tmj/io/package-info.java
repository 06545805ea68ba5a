/** Small I/O adapters shared by tmj's readers and writers; no file format lives here. */
package dev.tmj.io;
