package dev.tmj.io;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work that a reader or writer handed to another thread (chunks of a document, files of a folder, parts
 * of a diagram), so that a failure there is thrown here as this thread would have thrown it.
 */
public final class Futures {
    private Futures() {
    }

    /**
     * The task's result. Its failure is rethrown as it was: an unchecked exception, an error or a {@code checked}
     * exception as it is, any other exception inside an {@link IllegalStateException} (a task declares only
     * {@code checked}, so that is a bug). The caller decides what an interruption means for its own work.
     *
     * @param checked the checked exception the task may throw ({@code RuntimeException.class} when it throws none)
     */
    public static <T, X extends Exception> T result(Future<T> task, Class<X> checked)
            throws X, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (checked.isInstance(cause)) {
                throw checked.cast(cause);
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
