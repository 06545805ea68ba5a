package dev.tmj.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-05T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void should_read_a_number_of_seconds() {
        assertThat(RetryAfter.parse("7", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("0", NOW)).contains(Duration.ZERO);
    }

    @Test
    void should_read_an_http_date_as_the_time_until_it() {
        assertThat(RetryAfter.parse("Sat, 05 Dec 2026 00:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Fri, 04 Dec 2026 23:00:00 GMT", NOW)).as("a date passed").contains(Duration.ZERO);
    }

    @Test
    void should_cap_an_absurd_wait_at_a_day_and_ignore_what_it_cannot_read() {
        assertThat(RetryAfter.parse("999999999999", NOW)).contains(Duration.ofDays(1));
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
    }
}
