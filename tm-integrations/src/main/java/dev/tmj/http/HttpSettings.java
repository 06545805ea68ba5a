package dev.tmj.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How patient requests are, and where a trace of them goes.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer
 * @param retryDelay the first pause before retrying after a server error or a 429 without {@code Retry-After};
 *                   each later pause doubles it
 * @param attempts how many times a request is sent at most (1 means never retried)
 * @param maxWait the most a request waits in pauses altogether: a {@code Retry-After} beyond what is left is not
 *                waited for, the request fails at once
 * @param sleeper how a pause is taken ({@link Sleeper#THREAD}; tests pass one that records and returns)
 * @param clock the time an HTTP-date {@code Retry-After} is measured from
 * @param trace receives one line per request ({@code GET https://… -> 200}); never a header, so never the token
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, Duration retryDelay, int attempts,
        Duration maxWait, Sleeper sleeper, Clock clock, Consumer<String> trace) {
    /** 30 s to connect, 30 s for an answer, 3 attempts with pauses from 2 s, at most 60 s of pauses, no trace. */
    public static final HttpSettings DEFAULTS = new HttpSettings(Duration.ofSeconds(30), Duration.ofSeconds(30),
            Duration.ofSeconds(2), 3, Duration.ofSeconds(60), Sleeper.THREAD, Clock.systemUTC(), line -> { });

    /** Takes a pause. */
    @FunctionalInterface
    public interface Sleeper {
        /** {@link Thread#sleep}. */
        Sleeper THREAD = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    public HttpSettings {
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        notNegative(retryDelay, "retryDelay");
        notNegative(maxWait, "maxWait");
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be 1 to 10, not " + attempts);
        }
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(trace, "trace");
    }

    /** These settings with other timeouts. */
    public HttpSettings withTimeouts(Duration connect, Duration request) {
        return new HttpSettings(connect, request, retryDelay, attempts, maxWait, sleeper, clock, trace);
    }

    /** These settings with another first pause before a retry. */
    public HttpSettings withRetryDelay(Duration delay) {
        return new HttpSettings(connectTimeout, requestTimeout, delay, attempts, maxWait, sleeper, clock, trace);
    }

    /** These settings sending a request at most {@code times} times, pausing at most {@code wait} in all. */
    public HttpSettings withAttempts(int times, Duration wait) {
        return new HttpSettings(connectTimeout, requestTimeout, retryDelay, times, wait, sleeper, clock, trace);
    }

    /** These settings pausing with this sleeper and measuring HTTP dates with this clock. */
    public HttpSettings withSleeper(Sleeper pauses, Clock now) {
        return new HttpSettings(connectTimeout, requestTimeout, retryDelay, attempts, maxWait, pauses, now, trace);
    }

    /** These settings, tracing each request to this consumer. */
    public HttpSettings withTrace(Consumer<String> lines) {
        return new HttpSettings(connectTimeout, requestTimeout, retryDelay, attempts, maxWait, sleeper, clock, lines);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }

    private static void notNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
