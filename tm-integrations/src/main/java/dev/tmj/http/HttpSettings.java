package dev.tmj.http;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How patient requests are, and where a trace of them goes.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer
 * @param retryDelay how long to wait before the one retry of an idempotent request after a server error
 * @param trace receives one line per request ({@code GET https://… -> 200}); never a header, so never the token
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, Duration retryDelay,
        Consumer<String> trace) {
    /** 30 s to connect, 30 s for an answer, 2 s before a retry, no trace. */
    public static final HttpSettings DEFAULTS = new HttpSettings(Duration.ofSeconds(30), Duration.ofSeconds(30),
            Duration.ofSeconds(2), line -> { });

    public HttpSettings {
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException("retryDelay must not be negative");
        }
        Objects.requireNonNull(trace, "trace");
    }

    /** These settings with other timeouts. */
    public HttpSettings withTimeouts(Duration connect, Duration request) {
        return new HttpSettings(connect, request, retryDelay, trace);
    }

    /** These settings with another delay before a retry. */
    public HttpSettings withRetryDelay(Duration delay) {
        return new HttpSettings(connectTimeout, requestTimeout, delay, trace);
    }

    /** These settings, tracing each request to this consumer. */
    public HttpSettings withTrace(Consumer<String> lines) {
        return new HttpSettings(connectTimeout, requestTimeout, retryDelay, lines);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }
}
