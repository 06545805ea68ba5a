package dev.tmj.format.json;

import dev.tmj.io.Futures;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The helper threads of one pytm JSON document: they render chunks of a long list into memory, a few chunks ahead
 * of the writing thread, which copies them out in order. Each thread has its own {@link PytmJsonDocumentWriter},
 * so that the texts every finding repeats are encoded once per thread and no cache is shared. Findings and the
 * checked model are only read (fingerprints and statuses are computed once, thread-safely), as when several
 * outputs render them side by side.
 */
final class ChunkRenderer implements AutoCloseable {
    /** Items per chunk that a helper thread renders: about a megabyte of findings. */
    static final int CHUNK = 512;
    /** A chunk's first buffer; one that needed more keeps its larger buffer for the chunks after it. */
    private static final int BUFFER_BYTES = 1 << 20;

    /** How one item of a list is written, by whichever writer renders its chunk. */
    @FunctionalInterface
    interface Item<T> {
        void write(PytmJsonDocumentWriter writer, T item) throws IOException;
    }

    private final ExecutorService threads;
    private final ThreadLocal<PytmJsonDocumentWriter> writers;
    /** Chunks rendered or being rendered ahead of the one being copied out. */
    private final int window;
    /**
     * Buffers of chunks already copied out, for the next ones: the same few megabytes serve the whole document, where
     * an array per chunk made over a gigabyte of garbage at 50,000 flows (and the collections that come with it).
     */
    private final ConcurrentLinkedQueue<byte[]> free = new ConcurrentLinkedQueue<>();

    ChunkRenderer(int count, Supplier<PytmJsonDocumentWriter> writer) {
        this.threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "tmj-json");
            thread.setDaemon(true);
            return thread;
        });
        this.writers = ThreadLocal.withInitial(writer);
        this.window = 3 * count;
    }

    /**
     * Writes each item to {@code g} as the next value of its current list. The list is cut into chunks that the
     * helper threads render into memory, a few chunks ahead of the calling thread, which copies them out in order:
     * the bytes are exactly those written one after another (each chunk separates its own items,
     * {@link PythonJsonOutput#values} puts the separator before it), and the memory held stays a few megabytes
     * however long the list.
     */
    <T> void writeAll(List<T> items, Item<T> item, PythonJsonOutput g) throws IOException {
        ArrayDeque<Future<PythonJsonOutput>> ahead = new ArrayDeque<>();
        int next = 0;
        while (next < items.size() || !ahead.isEmpty()) {
            while (next < items.size() && ahead.size() < window) {
                List<T> chunk = items.subList(next, Math.min(items.size(), next + CHUNK));
                ahead.add(render(chunk, item));
                next += chunk.size();
            }
            PythonJsonOutput chunk = await(ahead.removeFirst());
            g.values(chunk);
            recycle(chunk);
        }
    }

    /** Starts rendering a chunk of items on a helper thread. */
    private <T> Future<PythonJsonOutput> render(List<T> chunk, Item<T> item) {
        return threads.submit(() -> {
            byte[] buffer = free.poll();
            return writers.get().render(chunk, item, buffer != null ? buffer : new byte[BUFFER_BYTES]);
        });
    }

    /** Runs a task on a helper thread before the chunks submitted after it; its failure is not reported. */
    void prepare(Runnable task) {
        threads.submit(task);
    }

    /** Hands a copied-out chunk's buffer to the chunks still to render. */
    private void recycle(PythonJsonOutput chunk) {
        free.add(chunk.bytes());
    }

    /** A rendered chunk, or what went wrong while rendering it. */
    private static PythonJsonOutput await(Future<PythonJsonOutput> chunk) throws IOException {
        try {
            return Futures.result(chunk, IOException.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing pytm's JSON");
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
