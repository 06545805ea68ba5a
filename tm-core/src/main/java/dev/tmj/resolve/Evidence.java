package dev.tmj.resolve;

import java.util.Objects;

/**
 * A test that claims to mitigate a finding ({@code @Mitigates} in tm-test) and how it ended in this run.
 *
 * @param test the test's display name, for example {@code CheckoutTest.rejects_oversized_input}
 * @param passed whether the test passed
 * @param detail why it failed, or "" when it passed
 */
public record Evidence(String test, boolean passed, String detail) {
    public Evidence {
        Objects.requireNonNull(test, "test");
        detail = detail == null ? "" : detail;
    }
}
