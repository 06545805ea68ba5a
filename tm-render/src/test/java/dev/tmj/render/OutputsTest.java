package dev.tmj.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dfd.DfdOptions;
import dev.tmj.dfd.DfdRenderer;
import dev.tmj.dfd.DiagramImages;
import dev.tmj.dfd.DiagramTimeoutException;
import dev.tmj.dfd.UnknownDiagramElementException;
import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.output.Renderer;
import dev.tmj.render.Outputs.Kind;
import dev.tmj.report.html.HtmlReport;
import dev.tmj.report.html.MarkdownReport;
import dev.tmj.resolve.Findings;
import dev.tmj.sequence.SequenceRenderer;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A renderer per kind of output, rendered in memory, then written file by file. */
class OutputsTest {
    @TempDir
    Path dir;

    private static Findings webapp() {
        return PytmModels.webapp().resolve(ThreatLibrary.builtIn());
    }

    @Test
    void should_have_a_renderer_for_every_kind() {
        assertThat(Outputs.standard().renderers()).containsOnlyKeys(EnumSet.allOf(Kind.class));
    }

    @Test
    void should_write_the_chosen_kinds_as_their_renderers_render_them() throws IOException {
        Findings findings = webapp();
        Outputs outputs = Outputs.standard().only(EnumSet.of(Kind.SEQ_PLANTUML, Kind.FINDINGS_JSON, Kind.REPORT_MD));

        assertThat(outputs.writeTo(findings, dir.resolve("out"))).containsExactly(dir.resolve("out/seq.plantuml"),
                dir.resolve("out/report.md"), dir.resolve("out/findings.json"));
        for (Kind kind : outputs.renderers().keySet()) {
            assertThat(Files.readAllBytes(dir.resolve("out").resolve(kind.fileName()))).as(kind.fileName())
                    .isEqualTo(outputs.renderers().get(kind).render(findings));
        }
    }

    @Test
    void should_write_nothing_when_one_output_fails() {
        // The HTML report's diagram is drawn with the options too, and there is no such boundary.
        Outputs outputs = Outputs.of(DfdOptions.defaults().onlyBoundary("Nowhere"), HtmlReport.standard(),
                MarkdownReport.standard()).only(EnumSet.of(Kind.SEQ_PLANTUML, Kind.REPORT_HTML, Kind.REPORT_MD));

        assertThatThrownBy(() -> outputs.writeTo(webapp(), dir.resolve("out")))
                .isInstanceOf(UnknownDiagramElementException.class);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void should_write_every_other_output_when_one_renderer_throws() {
        Renderer<Findings> broken = (findings, out) -> {
            throw new IllegalStateException("broken on purpose");
        };
        Path out = dir.resolve("out");
        Outputs outputs = Outputs.standard().only(EnumSet.of(Kind.SEQ_PLANTUML, Kind.REPORT_MD, Kind.FINDINGS_JSON))
                .with(Kind.REPORT_MD, broken);

        assertThatThrownBy(() -> outputs.writeTo(webapp(), out)).isInstanceOfSatisfying(OutputsException.class, e -> {
            assertThat(e.failures()).containsOnlyKeys(out.resolve("report.md"));
            assertThat(e.written()).containsExactly(out.resolve("seq.plantuml"), out.resolve("findings.json"));
            assertThat(e.getMessage()).contains("could not write " + out.resolve("report.md") + ": broken on purpose",
                    "wrote the 2 other");
            assertThat(e.getCause()).hasMessage("broken on purpose");
        });
        assertThat(out.resolve("seq.plantuml")).isNotEmptyFile();
        assertThat(out.resolve("findings.json")).isNotEmptyFile();
        assertThat(out.resolve("report.md")).doesNotExist();
    }

    @Test
    void should_write_every_other_output_when_one_file_cannot_be_written() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("report.md"));
        Files.writeString(out.resolve("report.md/in-the-way.txt"), "x");
        Outputs outputs = Outputs.standard().only(EnumSet.of(Kind.SEQ_PLANTUML, Kind.REPORT_MD, Kind.FINDINGS_JSON));

        assertThatThrownBy(() -> outputs.writeTo(webapp(), out)).isInstanceOfSatisfying(OutputsException.class, e -> {
            assertThat(e.failures()).containsOnlyKeys(out.resolve("report.md"));
            assertThat(e.failures().get(out.resolve("report.md"))).isInstanceOf(IOException.class);
            assertThat(e.written()).containsExactly(out.resolve("seq.plantuml"), out.resolve("findings.json"));
        });
        assertThat(out.resolve("findings.json")).isNotEmptyFile();
    }

    @Test
    void should_name_every_failure_and_keep_the_others_suppressed() {
        Renderer<Findings> broken = (findings, out) -> {
            throw new IllegalStateException("broken");
        };
        Outputs outputs = Outputs.standard().only(EnumSet.of(Kind.SEQ_PLANTUML, Kind.REPORT_MD, Kind.FINDINGS_JSON))
                .with(Kind.SEQ_PLANTUML, broken).with(Kind.FINDINGS_JSON, broken);

        assertThatThrownBy(() -> outputs.writeTo(webapp(), dir.resolve("out")))
                .isInstanceOfSatisfying(OutputsException.class, e -> {
                    assertThat(e.failures()).containsOnlyKeys(dir.resolve("out/seq.plantuml"), dir.resolve("out/findings.json"));
                    assertThat(e.getMessage()).contains("seq.plantuml", "findings.json", "wrote the 1 other");
                    assertThat(e.getSuppressed()).hasSize(1);
                });
        assertThat(dir.resolve("out/report.md")).isNotEmptyFile();
    }

    @Test
    void should_write_the_same_bytes_and_name_the_same_failures_when_rendering_side_by_side() throws IOException {
        Renderer<Findings> broken = (findings, out) -> {
            throw new IllegalStateException("broken");
        };
        Findings webapp = webapp();
        java.util.function.Function<Path, java.util.Map<Path, Renderer<Findings>>> files = folder -> {
            java.util.Map<Path, Renderer<Findings>> map = new java.util.LinkedHashMap<>();
            map.put(folder.resolve("report.md"), MarkdownReport.standard());
            map.put(folder.resolve("broken.txt"), broken);
            map.put(folder.resolve("report.html"), HtmlReport.standard());
            map.put(folder.resolve("also-broken.txt"), broken);
            return map;
        };
        Path inOrder = Files.createDirectories(dir.resolve("in-order"));
        Path parallel = Files.createDirectories(dir.resolve("parallel"));

        OutputsException sequential = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Outputs.write(webapp, files.apply(inOrder), false), OutputsException.class);
        OutputsException sideBySide = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Outputs.write(webapp, files.apply(parallel), true), OutputsException.class);

        assertThat(sideBySide.failures().keySet()).containsExactly(parallel.resolve("broken.txt"),
                parallel.resolve("also-broken.txt"));
        assertThat(sideBySide.written()).containsExactly(parallel.resolve("report.md"),
                parallel.resolve("report.html"));
        assertThat(sequential.written()).hasSize(2);
        assertThat(parallel.resolve("report.md")).hasSameBinaryContentAs(inOrder.resolve("report.md"));
        assertThat(parallel.resolve("report.html")).hasSameBinaryContentAs(inOrder.resolve("report.html"));
        try (var left = Files.list(parallel)) {
            assertThat(left).hasSize(2);
        }
    }

    @Test
    void should_write_the_same_files_with_the_html_report_rendered_aside_as_one_after_another() throws IOException {
        Findings webapp = webapp();
        Path inOrder = dir.resolve("in-order");
        Path aside = dir.resolve("aside");

        List<Path> sequential = Outputs.standard().writeTo(webapp, inOrder, warning -> { }, false);
        List<Path> sideBySide = Outputs.standard().writeTo(webapp, aside, warning -> { }, true);

        assertThat(sideBySide).containsExactlyElementsOf(sequential.stream()
                .map(file -> aside.resolve(inOrder.relativize(file))).toList());
        for (Path file : sequential) {
            assertThat(aside.resolve(inOrder.relativize(file))).hasSameBinaryContentAs(file);
        }
    }

    @Test
    void should_name_a_failed_html_report_rendered_aside_and_write_every_other_output() {
        Renderer<Findings> broken = (findings, out) -> {
            throw new IllegalStateException("broken report");
        };
        Outputs outputs = Outputs.standard().only(EnumSet.of(Kind.REPORT_HTML, Kind.REPORT_MD, Kind.FINDINGS_JSON))
                .with(Kind.REPORT_HTML, broken);

        assertThatThrownBy(() -> outputs.writeTo(webapp(), dir, warning -> { }, true))
                .isInstanceOfSatisfying(OutputsException.class, e -> {
                    assertThat(e.failures()).containsOnlyKeys(dir.resolve("report.html"));
                    assertThat(e.written()).containsExactly(dir.resolve("report.md"), dir.resolve("findings.json"));
                });
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void should_write_every_other_output_and_note_the_diagram_in_the_report_when_dot_runs_out_of_time()
            throws IOException {
        DiagramImages noTime = DiagramImages.defaults().dotTimeout(Duration.ofMillis(1));
        assumeTrue(noTime.dot().isPresent(), "Graphviz's dot is not installed");
        DfdOptions options = DfdOptions.defaults();
        Outputs outputs = Outputs.standard()
                .with(Kind.DFD_SVG, DfdRenderer.svg(options, noTime))
                .with(Kind.DFD_PNG, DfdRenderer.png(options, noTime))
                .with(Kind.REPORT_HTML, HtmlReport.standard().withDiagram(DfdRenderer.svg(options.linked(true), noTime)));
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> outputs.writeTo(webapp(), out)).isInstanceOfSatisfying(OutputsException.class, e -> {
            assertThat(e.failures()).containsOnlyKeys(out.resolve("dfd.svg"), out.resolve("dfd.png"));
            assertThat(e.failures().get(out.resolve("dfd.svg"))).isInstanceOf(DiagramTimeoutException.class)
                    .hasMessageContaining("within 0.001 s");
            assertThat(e.written()).hasSize(6);
        });
        for (Kind kind : EnumSet.complementOf(EnumSet.of(Kind.DFD_SVG, Kind.DFD_PNG))) {
            assertThat(out.resolve(kind.fileName())).isNotEmptyFile();
        }
        assertThat(out.resolve("dfd.svg")).doesNotExist();
        assertThat(Files.readString(out.resolve("report.html")))
                .contains("The diagram could not be drawn: Graphviz")
                .contains("did not lay the data-flow diagram (4 nodes, 3 flows, 3 boundaries) out within 0.001 s");
    }

    @Test
    void should_leave_no_temporary_file_and_the_old_output_when_a_renderer_fails_midway() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("report.md"), "old report");
        Outputs outputs = Outputs.standard().only(EnumSet.of(Kind.SEQ_PLANTUML, Kind.REPORT_MD, Kind.FINDINGS_JSON))
                .with(Kind.REPORT_MD, (findings, stream) -> {
                    stream.write(new byte[100_000]);
                    throw new IllegalStateException("renderer failed midway");
                });

        assertThatThrownBy(() -> outputs.writeTo(webapp(), out)).isInstanceOfSatisfying(OutputsException.class,
                e -> assertThat(e.written()).containsExactly(out.resolve("seq.plantuml"), out.resolve("findings.json")));

        assertThat(out.toFile().list()).containsExactlyInAnyOrder("seq.plantuml", "report.md", "findings.json");
        assertThat(out.resolve("report.md")).hasContent("old report");
    }

    @Test
    void should_name_the_file_in_the_way_of_the_folder() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "mine");

        assertThatThrownBy(() -> Outputs.standard().only(EnumSet.of(Kind.REPORT_MD)).writeTo(webapp(), file))
                .isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessage(file + ": is a file, not a directory for the outputs");
        assertThat(file).hasContent("mine");
    }

    /** Two top-level boundaries, one named as HTML, and two elements outside them: five nodes. */
    private static Findings zones() {
        var tm = ThreatModel.named("Zones");
        var web = tm.boundary("Web <zone> & \"co\"");
        var data = tm.boundary("Data zone");
        var user = tm.actor("User");
        var admin = tm.actor("Admin");
        var server = tm.server("Web server").in(web);
        var api = tm.process("API").in(web);
        var db = tm.datastore("Database").in(data);
        tm.dataflow(user, admin, "Chat");
        tm.dataflow(user, server, "Request");
        tm.dataflow(server, api, "Call");
        tm.dataflow(api, db, "Query");
        return tm.resolve(ThreatLibrary.builtIn());
    }

    /** The diagrams drawn with {@code images}, every other output as standard. */
    private static Outputs drawnWith(DiagramImages images) {
        DfdOptions options = DfdOptions.defaults();
        return Outputs.standard()
                .with(Kind.REPORT_HTML, HtmlReport.standard().withDiagram(DfdRenderer.svg(options.linked(true), images)))
                .with(Kind.DFD_SVG, DfdRenderer.svg(options, images))
                .with(Kind.DFD_PNG, DfdRenderer.png(options, images))
                .only(EnumSet.of(Kind.DFD_DOT, Kind.DFD_SVG, Kind.DFD_PNG, Kind.REPORT_HTML));
    }

    @Test
    void should_draw_a_diagram_over_the_dot_limit_per_top_level_boundary_and_warn() throws IOException {
        DiagramImages two = DiagramImages.defaults().dotLimit(2);
        assumeTrue(two.dot().isPresent(), "Graphviz's dot is not installed");
        Path out = Files.createDirectories(dir.resolve("out"));
        // an earlier run's whole diagram and a part of a boundary that is gone
        for (String old : List.of("dfd.svg", "dfd.png", "dfd-gone.svg")) {
            Files.writeString(out.resolve(old), "old");
        }
        List<String> warnings = new ArrayList<>();

        List<Path> written = drawnWith(two).writeTo(zones(), out, warnings::add);

        assertThat(written).containsExactly(out.resolve("dfd.dot"), out.resolve("dfd-data-zone.svg"),
                out.resolve("dfd-web-zone-co.svg"), out.resolve("dfd-outside.svg"), out.resolve("report.html"));
        assertThat(out.toFile().list()).containsExactlyInAnyOrder("dfd.dot", "dfd-data-zone.svg",
                "dfd-web-zone-co.svg", "dfd-outside.svg", "report.html");
        assertThat(warnings).singleElement().asString()
                .contains("too large to lay out whole", "drawn in 3 of 3 parts", "5 nodes, more than the 2");
        assertThat(Files.readString(out.resolve("dfd-web-zone-co.svg"))).startsWith("<?xml")
                .contains("Web server", "API", "Call").doesNotContain("Database", "Query", "User");
        assertThat(Files.readString(out.resolve("dfd-outside.svg"))).contains("User", "Admin", "Chat");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<h3>Data zone</h3>", "<h3>Web &lt;zone&gt; &amp; &quot;co&quot;</h3>",
                        "<h3>Outside any boundary</h3>", "drawn below in 3 parts")
                .doesNotContain("<h3>Web <zone>", "could not be drawn");
    }

    @Test
    void should_write_the_parts_that_draw_and_name_those_too_large_themselves() throws IOException {
        DiagramImages one = DiagramImages.defaults().dotLimit(1);
        assumeTrue(one.dot().isPresent(), "Graphviz's dot is not installed");
        Path out = dir.resolve("out");

        // a boundary of two nodes is too large for a limit of 1; the two nodes outside are drawn one per part
        assertThatThrownBy(() -> drawnWith(one).writeTo(zones(), out, warning -> { }))
                .isInstanceOfSatisfying(OutputsException.class, e -> {
                    assertThat(e.failures()).containsOnlyKeys(out.resolve("dfd.svg"), out.resolve("dfd.png"));
                    assertThat(e.failures().get(out.resolve("dfd.svg"))).hasMessageContaining("only 3 of 4 parts")
                            .hasMessageContaining("\"Web <zone> & \"co\"\" (2 nodes")
                            .hasMessageNotContaining("Outside any boundary")
                            .hasMessageContaining("dfd.dot");
                    assertThat(e.written()).containsExactly(out.resolve("dfd.dot"), out.resolve("dfd-data-zone.svg"),
                            out.resolve("dfd-outside-1.svg"), out.resolve("dfd-outside-2.svg"),
                            out.resolve("report.html"));
                });
        assertThat(out.toFile().list()).containsExactlyInAnyOrder("dfd.dot", "dfd-data-zone.svg",
                "dfd-outside-1.svg", "dfd-outside-2.svg", "report.html");
        assertThat(Files.readString(out.resolve("dfd-outside-1.svg"))).contains("User").doesNotContain("Admin");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<h3>Data zone</h3>",
                "This part could not be drawn: The data-flow diagram (2 nodes");
    }

    @Test
    void should_remove_part_files_of_an_earlier_run_when_the_whole_diagram_draws() throws IOException {
        assumeTrue(DiagramImages.defaults().dot().isPresent(), "Graphviz's dot is not installed");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("dfd-old.svg"), "old");
        Files.writeString(out.resolve("dfd-old.svg.txt"), "not a part");

        drawnWith(DiagramImages.defaults()).writeTo(zones(), out);

        assertThat(out.toFile().list()).containsExactlyInAnyOrder("dfd.dot", "dfd.svg", "dfd.png", "report.html",
                "dfd-old.svg.txt");
    }
    /** A model of more flows than PlantUML is given to draw: two actors and {@code flows} flows between them. */
    private static Findings chatter(int flows) {
        var tm = ThreatModel.named("Chatter");
        var user = tm.actor("User");
        var admin = tm.actor("Admin <ops>");
        for (int i = 1; i <= flows; i++) {
            tm.dataflow(i % 2 == 0 ? user : admin, i % 2 == 0 ? admin : user, "Message " + i);
        }
        return tm.resolve(ThreatLibrary.builtIn());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void should_write_the_plantuml_text_instead_of_a_sequence_image_over_the_message_limit_and_warn()
            throws IOException {
        int flows = SequenceRenderer.DEFAULT_MESSAGE_LIMIT + 1;
        Findings findings = chatter(flows);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("seq.svg"), "an earlier model's image");
        List<String> warnings = new ArrayList<>();

        List<Path> written = Outputs.standard().only(EnumSet.of(Kind.SEQ_PLANTUML, Kind.SEQ_SVG, Kind.REPORT_MD))
                .writeTo(findings, out, warnings::add);

        assertThat(written).containsExactly(out.resolve("seq.plantuml"), out.resolve("report.md"));
        assertThat(out.toFile().list()).containsExactlyInAnyOrder("seq.plantuml", "report.md");
        assertThat(out.resolve("seq.plantuml")).hasBinaryContent(SequenceRenderer.plantUml().render(findings));
        assertThat(warnings).singleElement().asString().contains("sequence diagram", flows + " messages",
                "more than the " + SequenceRenderer.DEFAULT_MESSAGE_LIMIT, "seq.plantuml", "instead of seq.svg");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void should_write_the_plantuml_text_over_the_message_limit_even_when_only_the_image_was_asked_for()
            throws IOException {
        List<String> warnings = new ArrayList<>();
        Path out = dir.resolve("out");

        List<Path> written = Outputs.standard().only(EnumSet.of(Kind.SEQ_SVG))
                .with(Kind.SEQ_SVG, SequenceRenderer.svg().messageLimit(2)).writeTo(chatter(3), out, warnings::add);

        assertThat(written).containsExactly(out.resolve("seq.plantuml"));
        assertThat(out.resolve("seq.plantuml")).hasBinaryContent(SequenceRenderer.plantUml().render(chatter(3)));
        assertThat(warnings).singleElement().asString().contains("3 messages, more than the 2");
    }

    @Test
    void should_still_name_a_sequence_image_that_fails_for_another_reason() {
        Renderer<Findings> broken = (findings, stream) -> {
            throw new dev.tmj.dfd.DiagramException("PlantUML broke");
        };
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> Outputs.standard().only(EnumSet.of(Kind.SEQ_PLANTUML, Kind.SEQ_SVG))
                .with(Kind.SEQ_SVG, broken).writeTo(webapp(), out, warning -> { }))
                .isInstanceOfSatisfying(OutputsException.class, e -> {
                    assertThat(e.failures()).containsOnlyKeys(out.resolve("seq.svg"));
                    assertThat(e.written()).containsExactly(out.resolve("seq.plantuml"));
                });
    }
}
