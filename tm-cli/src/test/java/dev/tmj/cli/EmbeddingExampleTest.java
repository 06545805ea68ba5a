package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.ModelFiles;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.pipeline.Resolution;
import dev.tmj.report.html.HtmlReport;
import dev.tmj.resolve.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's "Embedding tmj" example runs as written and gives what the command line gives. */
class EmbeddingExampleTest {
    private static final Path COMMENT_BOARD = Path.of("..", "examples", "models", "comment_board.py");
    private static final String ONE_THREAT = """
            [{"SID": "INP01", "target": ["Server"], "description": "d", "details": "", "Likelihood Of Attack": "",
              "severity": "High", "condition": "True", "prerequisites": "", "mitigations": "", "example": "",
              "references": ""},
             {"SID": "SRV99", "target": ["Server"], "description": "d", "details": "", "Likelihood Of Attack": "",
              "severity": "Low", "condition": "True", "prerequisites": "", "mitigations": "", "example": "",
              "references": ""}]
            """;

    @TempDir
    Path dir;

    @Test
    void should_run_the_readmes_pipeline_and_write_the_html_report() throws IOException {
        Path threats = Files.writeString(dir.resolve("threats.json"), ONE_THREAT);
        Path report = dir.resolve("report.html");

        Resolution run = Pipeline.fromFile(COMMENT_BOARD, ModelFiles::read)
                .threatFiles(List.of(threats))
                .excluding(List.of("INP01"))
                .asOf(LocalDate.of(2027, 1, 31))
                .run();
        HtmlReport.standard().writeTo(run.findings(), report);

        assertThat(run.findings().findings()).isNotEmpty().extracting(Finding::threatId).containsOnly("SRV99");
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("SRV99").doesNotContain("INP01");
        CliRun cli = CliRun.of(COMMENT_BOARD.toString(), "--threats", threats.toString(), "--exclude", "INP01");
        assertThat(cli.out().lines().filter(line -> line.contains("SRV99")))
                .hasSize(run.findings().findings().size());
    }
}
