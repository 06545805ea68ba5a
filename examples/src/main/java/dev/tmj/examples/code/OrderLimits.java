package dev.tmj.examples.code;

import java.nio.charset.StandardCharsets;

/** The web shop API's input limit: the code a threat-model test proves mitigates a buffer overflow. */
public final class OrderLimits {
    /** The largest order body the API accepts, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private OrderLimits() {
    }

    /** Whether the API accepts an order body of this text. */
    public static boolean accepts(String body) {
        return body != null && body.getBytes(StandardCharsets.UTF_8).length <= MAX_BODY_BYTES;
    }
}
