package dev.tmj.test;

import static dev.tmj.test.ThreatModelAssertions.assertThat;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.TLSVersion;
import org.junit.jupiter.api.Test;

/** The model rules passing; {@link FailureMessagesTest} pins how each fails. */
class ModelAssertTest {
    @Test
    void should_count_encryption_taken_from_the_sink() {
        Shop shop = new Shop(); // the Order flow is not marked encrypted; its sink, the web server, is

        assertThat(shop.tm).everyDataflowCrossingABoundary().isEncrypted().usesTLSAtLeast(TLSVersion.TLSv12);
        assertThat(shop.tm.model()).hasNoElementOutsideABoundary();
    }

    @Test
    void should_let_a_rule_match_nothing_when_allowed() {
        ThreatModel flat = ThreatModel.named("Flat");
        var a = flat.server("A");
        flat.dataflow(a, flat.server("B"), "call");

        assertThat(flat).everyDataflowCrossingABoundary().allowingNone().isEncrypted();
        assertThat(flat).allowingNone().everyDataflowCrossingABoundary().usesTLSAtLeast(TLSVersion.TLSv13);
        assertThat(ThreatModel.named("Empty")).allowingNone().hasNoElementOutsideABoundary();
    }
}
