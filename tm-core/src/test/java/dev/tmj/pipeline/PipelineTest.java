package dev.tmj.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.ThreatLibrary;
import dev.tmj.threat.ThreatLibraryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    private static final String SERVER_THREAT = """
            [{"SID": "%s", "target": ["Server"], "description": "d", "details": "", "Likelihood Of Attack": "High",
              "severity": "High", "condition": "True", "prerequisites": "", "mitigations": "", "example": "",
              "references": ""}]
            """;

    @TempDir
    Path dir;

    private static Model shop() {
        Model model = Model.named("Shop");
        model.add(ElementType.SERVER, "Web");
        return model;
    }

    private Path library(String fileName, String sid) throws IOException {
        return Files.writeString(dir.resolve(fileName), SERVER_THREAT.formatted(sid));
    }

    private static List<String> sids(Resolution run) {
        return run.findings().findings().stream().map(Finding::threatId).toList();
    }

    @Test
    void should_resolve_with_the_built_in_library_when_nothing_names_another() {
        Resolution run = Pipeline.of(shop()).run();

        assertThat(run.findings().library().name()).isEqualTo(ThreatLibrary.builtIn().name());
        assertThat(run.findings().findings()).isNotEmpty();
        assertThat(run.model().name()).isEqualTo("Shop");
    }

    @Test
    void should_prefer_the_given_library_then_the_given_files_then_the_models_threats_file() throws IOException {
        Path own = library("own.json", "OWN01");
        Path given = library("given.json", "GIV01");
        Model model = shop();
        model.set("threatsFile", "own.json");
        ModelReader reader = file -> model;
        Path modelFile = dir.resolve("tm.py");

        assertThat(sids(Pipeline.fromFile(modelFile, reader).run())).containsExactly("OWN01");
        assertThat(sids(Pipeline.fromFile(modelFile, reader).threatFiles(List.of(given)).run()))
                .containsExactly("GIV01");
        assertThat(sids(Pipeline.fromFile(modelFile, reader).threatFiles(List.of(given))
                .threats(ThreatLibrary.fromJson(SERVER_THREAT.formatted("LIB01"), "lib")).run()))
                .containsExactly("LIB01");
        assertThat(given).exists();
        assertThat(own).exists();
    }

    @Test
    void should_combine_threat_files_in_order_and_refuse_a_sid_defined_twice() throws IOException {
        Path first = library("first.json", "ONE01");
        Path second = library("second.json", "TWO01");
        Path again = library("again.json", "ONE01");

        assertThat(sids(Pipeline.of(shop()).threatFiles(List.of(first, second)).run()))
                .containsExactly("ONE01", "TWO01");
        assertThatThrownBy(() -> Pipeline.of(shop()).threatFiles(List.of(first, again)).run())
                .isInstanceOf(ThreatLibraryException.class).hasMessageContaining("ONE01 is already defined");
    }

    @Test
    void should_leave_excluded_threats_out() throws IOException {
        Path both = library("a.json", "AAA01");
        Path other = library("b.json", "BBB01");

        Resolution run = Pipeline.of(shop()).threatFiles(List.of(both, other)).excluding(List.of("AAA01")).run();

        assertThat(sids(run)).containsExactly("BBB01");
    }

    @Test
    void should_judge_expiry_dates_as_of_the_given_day() throws IOException {
        Model model = shop();
        LocalDate lastDay = LocalDate.of(2026, 11, 27);
        model.elements().get(0).set("overrides", List.of(FindingOverride.of("ACC01").status(FindingStatus.ACCEPTED)
                .owner("alice").justification("internal only").expires(lastDay)));
        Pipeline pipeline = Pipeline.of(model).threatFiles(List.of(library("acc.json", "ACC01")));

        assertThat(pipeline.asOf(lastDay).run().findings().findings().get(0).status())
                .isEqualTo(FindingStatus.ACCEPTED);
        assertThat(pipeline.asOf(lastDay.plusDays(1)).run().findings().findings().get(0).status())
                .isEqualTo(FindingStatus.OPEN);
    }

    @Test
    void should_attach_test_evidence_to_the_findings_it_names() throws IOException {
        Pipeline pipeline = Pipeline.of(shop()).threatFiles(List.of(library("e.json", "EVI01")))
                .evidence(f -> List.of(new Evidence("WebTest.escapes", true, "")));

        Finding finding = pipeline.run().findings().findings().get(0);

        assertThat(finding.status()).isEqualTo(FindingStatus.MITIGATED);
        assertThat(finding.statusReason()).isEqualTo("mitigation proved by WebTest.escapes");
    }

    @Test
    void should_pass_the_readers_error_through_unchanged() {
        ModelReader broken = file -> {
            throw new SourceException(file.toString(), 3, 7, "expected a value");
        };

        assertThatThrownBy(() -> Pipeline.fromFile(Path.of("tm.py"), broken).run())
                .isInstanceOf(SourceException.class).hasMessage("tm.py:3:7: expected a value");
    }
}
