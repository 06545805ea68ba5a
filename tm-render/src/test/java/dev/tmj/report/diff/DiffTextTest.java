package dev.tmj.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.diff.ModelDiff;
import org.junit.jupiter.api.Test;

class DiffTextTest {
    @Test
    void should_print_one_line_per_change_then_the_counts() {
        String text = new DiffText().renderText(DiffModels.commentBoard());

        assertThat(text.lines().filter(line -> !line.startsWith("new ") && !line.startsWith("fixed ")))
                .containsExactly(
                        "added    Datastore:Comment cache",
                        "added    Dataflow:Cache lookup (Server:Web server -> Datastore:Comment cache)",
                        "removed  Lambda:Cleanup function",
                        "removed  Dataflow:Purge old comments (Lambda:Cleanup function -> Datastore:Comments DB)",
                        "changed  Server:Web server: controls.sanitizesInput False -> True",
                        "changed  Datastore:Comments DB: overrides [] -> [Finding(threat_id=\"DO02\", "
                                + "response=\"accepted: the managed database caps connections\")]",
                        "changed  Dataflow:Insert comment (Server:Web server -> Datastore:Comments DB): "
                                + "tlsVersion TLSv11 -> TLSv13",
                        "status   DO02 on Datastore:Comments DB: status open -> accepted",
                        "2 elements added, 2 removed, 3 changed; findings: 9 new, 16 fixed, 1 changed");
        assertThat(text).contains("new      DE04 High open on Datastore:Comment cache (fingerprint ",
                "fixed    INP08 High open on Lambda:Cleanup function (fingerprint ");
    }

    @Test
    void should_say_no_changes_for_equal_versions() {
        ModelDiff same = ModelDiff.between(DiffModels.run(DiffModels.BEFORE), DiffModels.run(DiffModels.AFTER));
        ModelDiff none = ModelDiff.between(DiffModels.run(DiffModels.AFTER), DiffModels.run(DiffModels.AFTER));

        assertThat(new DiffText().renderText(none)).isEqualTo("no changes\n");
        assertThat(same.isEmpty()).isFalse();
    }
}
