package dev.tmj.bench;

import java.io.OutputStream;

/** A stream that keeps nothing but the number of bytes written to it: a writer's cost without the disk's. */
final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }
}
