package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dsl.PytmModels;
import dev.tmj.resolve.CheckedModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How tmj runs {@code dot}: directly (no shell), the DOT text on standard input and the image on standard output,
 * killed with every process it started when it runs out of time. A fake {@code dot} (a shell script) shows what
 * it was given and behaves badly on purpose.
 */
class DotProcessTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>fake</text></svg>";

    @TempDir
    Path dir;

    /** An executable script standing in for dot. */
    private Path fakeDot(String body) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh for the fake dot");
        Path dot = dir.resolve("dot");
        Files.writeString(dot, "#!/bin/sh\n" + body);
        assertThat(dot.toFile().setExecutable(true)).isTrue();
        return dot;
    }

    private static DfdDiagram webapp() {
        return DfdDiagram.of(CheckedModel.of(PytmModels.webapp().model()), DfdOptions.defaults());
    }

    @Test
    void should_give_dot_the_diagram_on_standard_input_and_name_no_file() throws IOException {
        Path dot = fakeDot("printf '%s\\n' \"$@\" > '" + dir.resolve("args") + "'\n"
                + "cat > '" + dir.resolve("stdin") + "'\n"
                + "printf '%s' '" + SVG + "'\n");
        DfdDiagram diagram = webapp();

        String svg = DiagramImages.defaults().dotExecutable(dot).svg(diagram);

        assertThat(svg).isEqualTo(SVG);
        assertThat(Files.readString(dir.resolve("args"))).isEqualTo("-Tsvg\n");
        assertThat(Files.readString(dir.resolve("stdin"), StandardCharsets.UTF_8)).isEqualTo(diagram.dot());
        assertThat(dir.resolve("args").getParent()).isEqualTo(dir);
    }

    @Test
    void should_ask_dot_for_png_as_an_argument() throws IOException {
        Path dot = fakeDot("printf '%s\\n' \"$@\" > '" + dir.resolve("args") + "'\ncat > /dev/null\nprintf png\n");
        byte[] png = DiagramImages.defaults().dotExecutable(dot).png(webapp());
        assertThat(new String(png, StandardCharsets.US_ASCII)).isEqualTo("png");
        assertThat(Files.readString(dir.resolve("args"))).isEqualTo("-Tpng\n");
    }

    @Test
    @Timeout(120)
    void should_kill_dot_and_what_it_started_when_it_runs_out_of_time() throws IOException {
        Path dot = fakeDot("echo $$ > '" + dir.resolve("pid") + "'\n"
                + "sleep 600 &\n"
                + "echo $! > '" + dir.resolve("child") + "'\n"
                + "wait\n");
        DiagramImages images = DiagramImages.defaults().dotExecutable(dot).dotTimeout(Duration.ofSeconds(3));

        assertThatThrownBy(() -> images.svg(webapp())).isInstanceOf(DiagramTimeoutException.class)
                .hasMessageStartingWith("Graphviz's dot did not lay the data-flow diagram (4 nodes, 3 flows,"
                        + " 3 boundaries) out within 3 s and was stopped.")
                .hasMessageContaining("-Dtmj.dot.timeout=SECONDS")
                .hasMessageContaining("--boundary, --around, --levels")
                .satisfies(e -> assertThat(((DiagramTimeoutException) e).timeout()).isEqualTo(Duration.ofSeconds(3)));

        assertThat(isRunning(Files.readString(dir.resolve("pid")))).as("the fake dot").isFalse();
        assertThat(isRunning(Files.readString(dir.resolve("child")))).as("the process dot started").isFalse();
    }

    /** Alive and not a zombie (a killed orphan may wait for a container's init to reap it). */
    private static boolean isRunning(String pid) throws IOException {
        Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(pid.strip()));
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", pid.strip(), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        String text = Files.readString(stat);
        return !text.substring(text.lastIndexOf(')') + 1).strip().startsWith("Z");
    }

    @Test
    void should_stop_real_dot_that_has_no_time_for_a_large_diagram() {
        // above the default dot limit, which would refuse the diagram before dot starts
        DiagramImages images = DiagramImages.defaults().dotTimeout(Duration.ofMillis(1)).dotLimit(1000);
        assumeTrue(images.dot().isPresent(), "Graphviz's dot is not installed");
        DfdDiagram large = DfdDiagram.of(CheckedModel.of(TestModels.large(20, 25).model()), DfdOptions.defaults());

        assertThatThrownBy(() -> images.svg(large)).isInstanceOf(DiagramTimeoutException.class)
                .hasMessageContaining("(500 nodes, 499 flows, 20 boundaries) out within 0.001 s");
    }

    @Test
    void should_report_what_dot_says_when_it_fails() throws IOException {
        Path dot = fakeDot("cat > /dev/null\necho 'Error: <stdin>: syntax error in line 3' >&2\nexit 1\n");
        assertThatThrownBy(() -> DiagramImages.defaults().dotExecutable(dot).svg(webapp()))
                .isInstanceOf(DiagramException.class)
                .hasMessage("Graphviz could not render the diagram: Error: <stdin>: syntax error in line 3");
    }

    @Test
    void should_report_a_dot_that_exits_without_reading_its_input() throws IOException {
        Path dot = fakeDot("exit 3\n");
        assertThatThrownBy(() -> DiagramImages.defaults().dotExecutable(dot).svg(webapp()))
                .isInstanceOf(DiagramException.class)
                .hasMessage("Graphviz could not render the diagram: dot exited with status 3");
    }

    @Test
    void should_take_the_default_timeout_from_a_system_property_and_refuse_a_bad_one() {
        assertThat(DiagramImages.defaults().dotTimeout(Duration.ofMillis(1500)).dotTimeout())
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(DiagramImages.seconds(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(DiagramImages.seconds(Duration.ofSeconds(60))).isEqualTo("60 s");
        assertThatThrownBy(() -> DiagramImages.defaults().dotTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(System.getProperty(DiagramImages.DOT_TIMEOUT_PROPERTY)).isNull();
        assertThat(DiagramImages.defaults().dotTimeout()).isEqualTo(Duration.ofSeconds(60));
    }
}
