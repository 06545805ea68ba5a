package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram's parts laid out several to a {@code dot} run: the same bytes as each part laid out alone, a failed
 * run drawn part by part, output of an unexpected form not used.
 */
class DotBatchesTest {
    @TempDir
    Path dir;

    /** Three top-level boundaries of 2, 1 and 3 nodes (one named as HTML), two elements outside. */
    private static Findings zones() {
        var tm = ThreatModel.named("Zones").ordered();
        var web = tm.boundary("Web <zone> & \"co\"");
        var data = tm.boundary("Data zone");
        var ops = tm.boundary("Ops");
        var user = tm.actor("User");
        var admin = tm.actor("Admin");
        var server = tm.server("Web server").in(web);
        var api = tm.process("API").in(web);
        var db = tm.datastore("Database").in(data);
        var log = tm.datastore("Logs").in(ops);
        tm.dataflow(tm.process("Shipper").in(ops), log, "Ship");
        tm.process("Alerts").in(ops);
        tm.dataflow(user, admin, "Chat");
        tm.dataflow(user, server, "Request");
        tm.dataflow(server, api, "Call");
        tm.dataflow(api, db, "Query");
        return tm.resolve(ThreatLibrary.builtIn());
    }

    /** A dot that counts its runs and refuses input of more than one graph when {@code single}. */
    private DiagramImages counting(boolean single) throws IOException {
        Path dot = DiagramImages.defaults().dot().orElse(null);
        assumeTrue(dot != null && File.separatorChar == '/', "Graphviz's dot and a POSIX shell are needed");
        Path script = dir.resolve("dot");
        // batches run side by side: each run its own input file
        Files.writeString(script, "#!/bin/sh\necho run >> '" + dir.resolve("runs") + "'\n"
                + "input=\"$(mktemp '" + dir.resolve("input.XXXXXX") + "')\"\ncat > \"$input\"\n"
                + (single ? "[ \"$(grep -c '^digraph' \"$input\")\" -gt 1 ] && exit 1\n" : "")
                + "exec '" + dot + "' \"$@\" < \"$input\"\n");
        assumeTrue(script.toFile().setExecutable(true), "the counting dot cannot be made executable");
        return DiagramImages.defaults().dotExecutable(script);
    }

    private long runs() throws IOException {
        Path runs = dir.resolve("runs");
        long count = Files.exists(runs) ? Files.readAllLines(runs).size() : 0;
        Files.deleteIfExists(runs);
        return count;
    }

    private static void assertEachAsAlone(List<DfdRenderer.DrawnPart> drawn, List<DfdDiagram> parts,
            DiagramImages images) {
        assertThat(drawn).hasSameSizeAs(parts);
        for (int i = 0; i < parts.size(); i++) {
            assertThat(drawn.get(i).part().fileName()).isEqualTo(parts.get(i).part().orElseThrow().fileName());
            assertThat(new String(drawn.get(i).image(), StandardCharsets.UTF_8)).as(drawn.get(i).part().fileName())
                    .isEqualTo(new String(images.image(parts.get(i), false), StandardCharsets.UTF_8));
        }
    }

    @Test
    void should_lay_consecutive_parts_of_at_most_the_dot_limit_out_in_one_run_each_as_if_alone() throws IOException {
        DiagramImages images = counting(false).dotLimit(4);
        Findings findings = zones();
        List<DfdDiagram> parts = DfdDiagram.parts(findings.checkedModel(), DfdOptions.defaults(), 4);
        assertThat(parts).extracting(DfdDiagram::nodeCount).containsExactly(1, 3, 2, 2); // Data, Ops, Web, outside

        List<DfdRenderer.DrawnPart> drawn = DfdRenderer.svg(DfdOptions.defaults(), images).drawParts(findings);

        assertThat(runs()).isEqualTo(2); // Data and Ops, then Web and the outside
        assertEachAsAlone(drawn, parts, images);
    }

    @Test
    void should_draw_each_part_by_itself_when_the_run_of_a_batch_fails() throws IOException {
        DiagramImages images = counting(true).dotLimit(4);
        Findings findings = zones();
        List<DfdDiagram> parts = DfdDiagram.parts(findings.checkedModel(), DfdOptions.defaults(), 4);

        List<DfdRenderer.DrawnPart> drawn = DfdRenderer.svg(DfdOptions.defaults(), images).drawParts(findings);

        assertThat(runs()).isEqualTo(2 + 4); // two batches refused, then the four parts
        assertThat(drawn).allMatch(DfdRenderer.DrawnPart::drawn);
        assertEachAsAlone(drawn, parts, images);
    }

    @Test
    void should_put_a_part_over_the_limit_in_a_batch_of_its_own() {
        Findings findings = zones();
        List<DfdDiagram> parts = DfdDiagram.parts(findings.checkedModel(), DfdOptions.defaults(), 2);

        assertThat(DotBatches.of(parts, 2)).extracting(batch -> batch.stream().map(DfdDiagram::nodeCount).toList())
                .containsExactly(List.of(1), List.of(3), List.of(2), List.of(2));
        assertThat(DotBatches.of(parts, 100)).hasSize(1);
    }

    private static byte[] svg(String root) {
        return ("<?xml version=\"1.0\"?>\n<svg>\n<g id=\"" + root + "\" class=\"graph\">\n<g id=\"node1\" class=\"node\">"
                + "</g>\n</g>\n</svg>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... documents) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] document : documents) {
            out.writeBytes(document);
        }
        return out.toByteArray();
    }

    @Test
    void should_split_dots_output_into_its_documents_naming_each_root_group_as_alone() {
        byte[] output = concat(svg("graph0"), svg("page0,1_graph0"), svg("page0,1_graph0"));

        assertThat(DotBatches.split(output, 3)).hasValueSatisfying(documents -> assertThat(documents)
                .allSatisfy(document -> assertThat(document).isEqualTo(svg("graph0"))));
    }

    @Test
    void should_not_split_output_of_another_form() {
        List<byte[]> odd = List.of(concat(svg("graph0"), svg("graph0")),
                concat(svg("page0,1_graph0"), svg("graph0"), svg("graph0")),
                concat(svg("graph0"), svg("graph0"), svg("page0,1_graph1")),
                concat(svg("graph0"), svg("graph0"), "<svg/>\n".getBytes(StandardCharsets.UTF_8)),
                concat(svg("graph0"), svg("graph0"), "<?xml?>\n<svg>".getBytes(StandardCharsets.UTF_8)));
        for (byte[] output : odd) {
            assertThat(DotBatches.split(output, 3)).as(new String(output, StandardCharsets.UTF_8)).isEmpty();
        }
    }
}
