package dev.tmj.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer contract: one writeTo, and byte, text and file variants that call it. */
class RendererTest {
    /** Writes the model's name and a non-ASCII character, so that the text variant's decoding shows. */
    private static final Renderer<Findings> NAME = (findings, out) -> out.write(
            (findings.checkedModel().model().name() + " \u2192 " + findings.size()).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private static Findings findings() {
        Model model = Model.named("Caf\u00e9");
        model.add(ElementType.SERVER, "Web");
        return Resolver.resolve(model, ThreatLibrary.of("none", List.of()));
    }

    @Test
    void should_render_bytes_and_text_through_writeTo() {
        assertThat(NAME.render(findings())).isEqualTo("Caf\u00e9 \u2192 0".getBytes(StandardCharsets.UTF_8));
        assertThat(NAME.renderText(findings())).isEqualTo("Caf\u00e9 \u2192 0");
    }

    @Test
    void should_write_a_file_through_writeTo() throws IOException {
        Path file = dir.resolve("out.txt");
        NAME.writeTo(findings(), file);
        assertThat(Files.readString(file)).isEqualTo("Caf\u00e9 \u2192 0");
    }

    @Test
    void should_leave_the_file_unchanged_when_rendering_fails() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "before");
        Renderer<Findings> failing = (findings, out) -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        };

        assertThatThrownBy(() -> failing.writeTo(findings(), file)).isInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("before");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void should_report_a_failing_renderer_as_unchecked_when_rendering_in_memory() {
        Renderer<Findings> failing = (findings, out) -> {
            throw new IOException("template unreadable");
        };
        assertThatThrownBy(() -> failing.render(findings())).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("template unreadable");
    }
}
