package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A fingerprint's hex digits, written by hand for a million findings, are those of String.format's %016x. */
class FingerprintHexTest {
    @Property(tries = 2000)
    void should_write_16_hex_digits_as_string_format_does(@ForAll long hash) {
        assertThat(ElementIdentities.hex(hash)).isEqualTo(String.format("%016x", hash));
    }
}
