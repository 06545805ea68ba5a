package dev.tmj.http;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds ({@code 120}) or an HTTP date
 * ({@code Wed, 21 Oct 2026 07:28:00 GMT}). Anything else is ignored, and the usual backoff applies.
 */
final class RetryAfter {
    /** Longer than a day is not a pause but a refusal; it is capped here and then refused by the wait budget. */
    private static final long MAX_SECONDS = 86_400;

    private RetryAfter() {
    }

    /** The pause the header asks for, never negative; empty without a readable header. */
    static Optional<Duration> of(HttpHeaders headers, Clock clock) {
        return headers.firstValue("Retry-After").map(String::strip).flatMap(value -> parse(value, clock));
    }

    static Optional<Duration> parse(String value, Clock clock) {
        if (value.matches("[0-9]{1,12}")) {
            return Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(value), MAX_SECONDS)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration until = Duration.between(clock.instant(), at.toInstant());
            if (until.isNegative()) {
                return Optional.of(Duration.ZERO);
            }
            return Optional.of(until.getSeconds() > MAX_SECONDS ? Duration.ofSeconds(MAX_SECONDS) : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
