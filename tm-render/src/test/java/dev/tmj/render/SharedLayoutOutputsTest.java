package dev.tmj.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dfd.DfdOptions;
import dev.tmj.dfd.DfdRenderer;
import dev.tmj.dfd.DiagramImages;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.render.Outputs.Kind;
import dev.tmj.report.html.HtmlReport;
import dev.tmj.report.html.MarkdownReport;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} lays each diagram (or each part of one too large to lay out whole) out with {@code dot} once for
 * dfd.svg and the HTML report's linked diagram, and writes the same bytes as when each is laid out by itself.
 */
class SharedLayoutOutputsTest {
    private static final Set<Kind> DRAWN = EnumSet.of(Kind.DFD_DOT, Kind.DFD_SVG, Kind.DFD_PNG, Kind.REPORT_HTML);

    @TempDir
    Path dir;

    /** A dot that counts its runs in a file, one line each, then runs Graphviz's dot. */
    private DiagramImages counting(DiagramImages limits) throws IOException {
        Path dot = DiagramImages.defaults().dot().orElse(null);
        assumeTrue(dot != null && File.separatorChar == '/', "Graphviz's dot and a POSIX shell are needed");
        Path script = dir.resolve("dot");
        Files.writeString(script, "#!/bin/sh\necho run >> '" + dir.resolve("runs") + "'\nexec '" + dot + "' \"$@\"\n");
        assumeTrue(script.toFile().setExecutable(true), "the counting dot cannot be made executable");
        return limits.dotExecutable(script);
    }

    private long runs() throws IOException {
        Path runs = dir.resolve("runs");
        long count = Files.exists(runs) ? Files.readAllLines(runs).size() : 0;
        Files.deleteIfExists(runs);
        return count;
    }

    /** Every diagram laid out by itself: the diagram renderers given one by one, so nothing is shared. */
    private static Outputs eachByItself(DiagramImages images) {
        DfdOptions options = DfdOptions.defaults();
        return Outputs.standard()
                .with(Kind.REPORT_HTML, HtmlReport.standard().withDiagram(DfdRenderer.svg(options.linked(true), images)))
                .with(Kind.DFD_SVG, DfdRenderer.svg(options, images))
                .with(Kind.DFD_PNG, DfdRenderer.png(options, images))
                .only(DRAWN);
    }

    private static Outputs shared(DiagramImages images) {
        return Outputs.of(DfdOptions.defaults(), images, HtmlReport.standard(), MarkdownReport.standard()).only(DRAWN);
    }

    private static TreeMap<String, byte[]> files(Path out) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (var list = Files.list(out)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSameFiles(Path shared, Path byItself) throws IOException {
        TreeMap<String, byte[]> expected = files(byItself);
        TreeMap<String, byte[]> actual = files(shared);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(new String(actual.get(name), java.nio.charset.StandardCharsets.UTF_8))
                .as(name).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Two top-level boundaries, one named as HTML, a name longer than a label shows, elements outside them. */
    private static Findings zones() {
        var tm = ThreatModel.named("Zones").ordered();
        var web = tm.boundary("Web <zone> & \"co\" " + "long ".repeat(50));
        var data = tm.boundary("Data zone");
        var user = tm.actor("User");
        var admin = tm.actor("Admin");
        var server = tm.server("Web server").in(web);
        var api = tm.process("API").in(web);
        var db = tm.datastore("Database").in(data);
        tm.dataflow(user, admin, "Chat");
        tm.dataflow(user, server, "Request");
        tm.dataflow(server, api, "Call " + "long ".repeat(50));
        tm.dataflow(api, db, "Query");
        return tm.resolve(ThreatLibrary.builtIn());
    }

    @Test
    void should_lay_the_diagram_out_once_for_dfd_svg_and_the_report() throws IOException {
        DiagramImages images = counting(DiagramImages.defaults());
        eachByItself(images).writeTo(zones(), dir.resolve("alone"));
        assertThat(runs()).isEqualTo(3); // dfd.svg, dfd.png, the report's linked diagram

        List<Path> written = shared(images).writeTo(zones(), dir.resolve("shared"));

        assertThat(runs()).isEqualTo(2); // the linked diagram, dfd.png
        assertThat(written).hasSize(4);
        assertSameFiles(dir.resolve("shared"), dir.resolve("alone"));
    }

    @Test
    void should_lay_each_part_out_once_for_the_part_files_and_the_report() throws IOException {
        DiagramImages images = counting(DiagramImages.defaults().dotLimit(2));
        eachByItself(images).writeTo(zones(), dir.resolve("alone"), warning -> { });
        assertThat(runs()).isEqualTo(6); // three parts, each for its file and for the report

        List<Path> written = shared(images).writeTo(zones(), dir.resolve("shared"), warning -> { });

        assertThat(runs()).isEqualTo(3);
        assertThat(written).extracting(path -> path.getFileName().toString()).containsExactly("dfd.dot",
                "dfd-data-zone.svg", "dfd-web-zone-co-long-long-long-long-long-long-long-l.svg", "dfd-outside.svg",
                "report.html");
        assertSameFiles(dir.resolve("shared"), dir.resolve("alone"));
    }

    /** A top-level boundary per hostile name, each with two elements of hostile names and a flow between them. */
    private static Findings hostileZones() {
        var tm = ThreatModel.named("]]> zones <&>").ordered();
        int i = 0;
        for (String name : SvgWellFormedTest.HOSTILE) {
            var zone = tm.boundary(name + " zone " + i);
            var server = tm.server(name + " server " + i).in(zone);
            var store = tm.datastore(name + " store " + i).in(zone);
            tm.dataflow(server, store, name + " flow " + i);
            i++;
        }
        tm.dataflow(tm.actor("]]> outside"), tm.lambda("<b>fn</b> & \"q\""), "]]> call");
        return tm.resolve(ThreatLibrary.builtIn());
    }

    @Test
    void should_write_the_same_diagrams_for_hostile_names_as_each_laid_out_by_itself() throws IOException {
        DiagramImages images = counting(DiagramImages.defaults());
        eachByItself(images).writeTo(SvgWellFormedTest.hostile(), dir.resolve("alone"));
        eachByItself(images.dotLimit(3)).writeTo(hostileZones(), dir.resolve("alone-parts"), warning -> { });

        shared(images).writeTo(SvgWellFormedTest.hostile(), dir.resolve("shared"));
        shared(images.dotLimit(3)).writeTo(hostileZones(), dir.resolve("shared-parts"), warning -> { });

        assertSameFiles(dir.resolve("shared"), dir.resolve("alone"));
        assertSameFiles(dir.resolve("shared-parts"), dir.resolve("alone-parts"));
        assertThat(files(dir.resolve("shared-parts")).keySet()).hasSize(SvgWellFormedTest.HOSTILE.size() + 3);
    }

    @Test
    void should_lay_out_by_itself_a_diagram_whose_report_is_left_out() throws IOException {
        DiagramImages images = counting(DiagramImages.defaults());

        shared(images).only(EnumSet.of(Kind.DFD_SVG)).writeTo(zones(), dir.resolve("svg"));

        assertThat(runs()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("svg/dfd.svg"))).doesNotContain("xlink:href");
    }
}
