package dev.tmj.report.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tmj.diff.ElementChange;
import dev.tmj.diff.FindingChange;
import dev.tmj.diff.ModelDiff;
import dev.tmj.model.FindingStatus;
import org.junit.jupiter.api.Test;

/** Issue 11, acceptance 4: the docs' example lists exactly what the change did. */
class ExampleDiffTest {
    private static final String CACHE = "Datastore:Comment cache";
    private static final String LOOKUP = "Dataflow:Cache lookup (Server:Web server -> Datastore:Comment cache)";
    private static final String WEB = "Server:Web server";
    private static final String CLEANER = "Lambda:Cleanup function";
    private static final String PURGE = "Dataflow:Purge old comments (Lambda:Cleanup function -> Datastore:Comments DB)";

    @Test
    void should_list_exactly_the_added_removed_and_changed_elements() {
        ModelDiff diff = DiffModels.commentBoard();

        assertThat(diff.added()).extracting(ElementChange::identity).containsExactly(CACHE, LOOKUP);
        assertThat(diff.removed()).extracting(ElementChange::identity).containsExactly(CLEANER, PURGE);
        assertThat(diff.changed()).extracting(ElementChange::identity).containsExactly(WEB, "Datastore:Comments DB",
                "Dataflow:Insert comment (Server:Web server -> Datastore:Comments DB)");
        assertThat(diff.changed()).flatExtracting(ElementChange::attributes)
                .extracting(change -> change.attribute()).containsExactly("controls.sanitizesInput", "overrides",
                        "tlsVersion");
    }

    @Test
    void should_list_exactly_the_new_fixed_and_changed_findings() {
        ModelDiff diff = DiffModels.commentBoard();

        assertThat(diff.newFindings()).extracting(FindingChange::sid, FindingChange::elementIdentity).containsExactly(
                tuple("AC01", CACHE), tuple("DO02", CACHE), tuple("CR05", CACHE), tuple("DE04", CACHE),
                tuple("DE01", LOOKUP), tuple("AC05", LOOKUP), tuple("DE03", LOOKUP), tuple("CR06", LOOKUP),
                tuple("CR08", LOOKUP));
        assertThat(diff.fixedFindings()).extracting(FindingChange::sid, FindingChange::elementIdentity)
                .containsExactly(tuple("INP03", WEB), tuple("HA01", WEB), tuple("INP18", WEB),
                        tuple("DO02", CLEANER), tuple("INP08", CLEANER), tuple("INP12", CLEANER),
                        tuple("INP13", CLEANER), tuple("INP14", CLEANER), tuple("INP24", CLEANER),
                        tuple("INP25", CLEANER), tuple("INP26", CLEANER), tuple("DE01", PURGE), tuple("AC05", PURGE),
                        tuple("DE03", PURGE), tuple("CR06", PURGE), tuple("CR08", PURGE));
        assertThat(diff.changedFindings()).singleElement().satisfies(change -> {
            assertThat(change.sid()).isEqualTo("DO02");
            assertThat(change.elementIdentity()).isEqualTo("Datastore:Comments DB");
            assertThat(change.after().orElseThrow().status()).isEqualTo(FindingStatus.ACCEPTED);
        });
    }
}
