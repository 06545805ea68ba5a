package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dfd.DiagramImages;
import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} of a model whose data-flow diagram is over the node limit of {@code dot}: drawn per top-level
 * boundary, a warning on stderr, exit 0. The limit is lowered in a child JVM ({@code -Dtmj.dot.limit}), since
 * other test classes render at the same time in this one.
 */
class LargeDiagramTest {
    @TempDir
    Path dir;

    private Run out(int dotLimit) throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        Path err = dir.resolve("err.txt");
        Process tmj = ChildTmj.withJvmOptions(List.of("-D" + DiagramImages.DOT_LIMIT_PROPERTY + "=" + dotLimit),
                SharedData.model("webapp.py").toString(), "--out", out.toString())
                .redirectError(err.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertThat(tmj.waitFor(240, TimeUnit.SECONDS)).as("tmj within its budget of 240 s").isTrue();
        return new Run(tmj.exitValue(), Files.readString(err), out);
    }

    private record Run(int exitCode, String err, Path out) {
    }

    @Test
    @Timeout(300)
    void should_draw_the_diagram_per_boundary_warn_and_exit_0_when_it_is_over_the_dot_limit() throws Exception {
        assumeTrue(DiagramImages.defaults().dot().isPresent(), "Graphviz's dot is not installed");

        Run run = out(3);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(line -> line.startsWith("tmj: warning: ")))
                .singleElement().asString().contains("too large to lay out whole", "drawn in 2 of 2 parts",
                        "more than the 3");
        assertThat(run.out().toFile().list()).containsExactlyInAnyOrder("dfd.dot", "dfd-cloud-vpc.svg",
                "dfd-internet.svg", "seq.plantuml", "seq.svg", "report.html", "report.md",
                "findings.json");
        assertThat(run.err()).contains("tmj: wrote " + run.out().resolve("dfd-cloud-vpc.svg"))
                .doesNotContain("could not write");
        assertThat(Files.readString(run.out().resolve("report.html"))).contains("<h3>Cloud VPC</h3>",
                "<h3>Internet</h3>")
                .doesNotContain("<h3>Outside any boundary</h3>", "could not be drawn");
    }

    @Test
    @Timeout(300)
    void should_exit_2_naming_the_part_too_large_to_draw_and_keep_the_dot_text() throws Exception {
        assumeTrue(DiagramImages.defaults().dot().isPresent(), "Graphviz's dot is not installed");

        Run run = out(1);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("tmj: could not write " + run.out().resolve("dfd.svg"), "only ",
                "\"Cloud VPC\" (", "dfd.dot");
        assertThat(run.out().resolve("dfd.dot")).isNotEmptyFile();
    }
    @Test
    @Timeout(300)
    void should_write_the_sequence_diagram_as_plantuml_text_warn_and_exit_0_when_it_has_too_many_messages()
            throws Exception {
        // a script that makes more flows than PlantUML is given to draw (SequenceRenderer.DEFAULT_MESSAGE_LIMIT)
        Path model = Files.writeString(dir.resolve("chatter.py"), """
                from pytm import TM, Actor, Server, Dataflow
                tm = TM("Chatter")
                user = Actor("User")
                web = Server("Web")
                for i in range(2001):
                    Dataflow(user, web, f"Message {i}")
                tm.process()
                """);
        Path out = dir.resolve("out");
        Path err = dir.resolve("err.txt");
        Process tmj = ChildTmj.of(model.toString(), "--out", out.toString())
                .redirectError(err.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertThat(tmj.waitFor(240, TimeUnit.SECONDS)).as("tmj within its budget of 240 s").isTrue();
        String errText = Files.readString(err);

        assertThat(tmj.exitValue()).as(errText).isZero();
        assertThat(errText.lines().filter(line -> line.startsWith("tmj: warning: ")))
                .singleElement().asString().contains("sequence diagram", "2001 messages", "seq.plantuml");
        assertThat(errText).doesNotContain("could not write");
        assertThat(out.toFile().list()).contains("seq.plantuml", "report.html", "report.md", "findings.json",
                "dfd.dot").doesNotContain("seq.svg");
        assertThat(Files.readString(out.resolve("seq.plantuml"))).contains("Message 2000").endsWith("@enduml\n");
    }
}
