package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pytm's --dfd, --seq and --report, and tmj's --out DIR, from the command line. */
class RenderFlagsTest {
    @TempDir
    Path dir;

    @Test
    void should_print_the_dfd_as_dot_with_pytms_clusters_nodes_and_edges() {
        CliRun run = CliRun.of(SharedData.model("webapp.py").toString(), "--dfd");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("digraph tm {")
                .contains("subgraph cluster_", "label = <<i>Cloud VPC</i>>", "label = \"Web server\"",
                        "dir = both", "(1) Post comment");
    }

    @Test
    void should_print_the_sequence_diagram_as_plantuml() {
        CliRun run = CliRun.of(SharedData.model("webapp.py").toString(), "--seq");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("@startuml").contains("actor ", "database ", ": (1) Post comment")
                .endsWith("@enduml\n");
    }

    @Test
    void should_render_pytms_basic_template() {
        CliRun run = CliRun.of(SharedData.model("webapp.py").toString(), "--report",
                SharedData.pytm().resolve("upstream/basic_template.md").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Visitors post comments", "<details>", "INP03", "Web server");
        assertThat(run.out().split("<details>", -1)).hasSize(81);
    }

    @Test
    void should_write_every_output_into_a_new_directory() throws IOException {
        Path out = dir.resolve("a/b");

        CliRun run = CliRun.of(SharedData.model("webapp.py").toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(List.of(
                    "dfd.dot", "dfd.png", "dfd.svg", "findings.json", "report.html", "report.md", "seq.plantuml",
                    "seq.svg"));
        }
        assertThat(Files.readString(out.resolve("dfd.svg"))).contains("<svg").contains("Web server");
        assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"element-1\"").contains("<svg");
        assertThat(Files.readAllBytes(out.resolve("dfd.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(PytmFlagsTest.findingLines(out.resolve("findings.json")))
                .containsExactlyElementsOf(dev.tmj.testing.FindingLines.expected("webapp"));
    }
}
