package dev.tmj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models of ../shared/pytm/models, built with the DSL, give exactly the findings pytm gives. */
class PytmModelsFindingsTest {

    @Test
    void should_give_exactly_pytms_findings_for_the_webapp_model() throws IOException {
        assertThat(lines(PytmModels.webapp().resolve(library())))
                .containsExactlyElementsOf(expected("webapp.expected.tsv"));
    }

    @Test
    void should_give_exactly_pytms_findings_for_the_pipeline_model() throws IOException {
        assertThat(lines(PytmModels.pipeline().resolve(library())))
                .containsExactlyElementsOf(expected("pipeline.expected.tsv"));
    }

    @Test
    void should_resolve_without_evaluation_warnings() {
        assertThat(PytmModels.webapp().resolve(library()).warnings()).isEmpty();
        assertThat(PytmModels.pipeline().resolve(library()).warnings()).isEmpty();
    }

    private static ThreatLibrary library() {
        return ThreatLibrary.fromJson(SharedData.threatsJson());
    }

    private static List<String> expected(String file) throws IOException {
        return Files.readAllLines(SharedData.model(file)).stream().filter(l -> !l.isBlank()).sorted().toList();
    }

    /** The findings as pytm's expected files list them: SID, target, finding or excluded; sorted. */
    static List<String> lines(Findings findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings.findings()) {
            lines.add(f.threatId() + "\t" + f.target() + "\tfinding");
        }
        for (Finding f : findings.excluded()) {
            lines.add(f.threatId() + "\t" + f.target() + "\texcluded");
        }
        return lines.stream().sorted().toList();
    }
}
