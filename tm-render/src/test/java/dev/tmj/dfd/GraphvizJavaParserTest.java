package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.testing.SharedData;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.parse.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * graphviz-java's DOT parser (independent of the tests' own reader) accepts tmj's DOT, escaped names included,
 * and finds the same nodes and clusters as {@link DotStructure}, for tmj's text and pytm's alike.
 */
class GraphvizJavaParserTest {

    private static void assertSameCounts(String dot) throws IOException {
        MutableGraph graph = new Parser().notValidating().read(dot);
        DotStructure mine = DotStructure.parse(dot);
        // graphviz-java keeps one node object per graph a node appears in, so compare distinct names.
        assertThat(graph.nodes().stream().map(n -> n.name().toString()).distinct())
                .containsExactlyInAnyOrderElementsOf(mine.nodes.keySet());
        List<String> clusters = new ArrayList<>();
        collect(graph, clusters);
        assertThat(clusters).containsExactlyInAnyOrderElementsOf(
                mine.clusters().stream().map(DotStructure.Cluster::id).toList());
    }

    private static void collect(MutableGraph graph, List<String> names) {
        for (MutableGraph sub : graph.graphs()) {
            // graphviz-java drops the "cluster_" prefix and marks the subgraph as a cluster instead.
            names.add((sub.isCluster() ? "cluster_" : "") + sub.name());
            collect(sub, names);
        }
    }

    /**
     * Not the escaping model: a name ending in a backslash gives {@code "...end\\"}, which Graphviz reads as
     * an escaped backslash and the closing quote (its scanner has a rule for {@code \\}), while graphviz-java
     * 0.18.1's parser takes {@code \"} for an escaped quote. {@code dot} is the reference; see
     * {@link DfdEscapingTest}.
     */
    @Test
    void should_parse_tmjs_dot() throws IOException {
        for (ThreatModel tm : List.of(PytmModels.webapp(), PytmModels.pipeline(), TestModels.allTypes())) {
            assertSameCounts(DfdDiagram.of(CheckedModel.of(tm.model()),
                    DfdOptions.defaults().linked(true).colormap(true)).dot());
        }
    }

    @Test
    void should_parse_pytms_dot() throws IOException {
        for (String file : List.of("models/webapp.dfd.dot", "models/pipeline.dfd.dot", "upstream/dfd.dot",
                "upstream/dfd_colormap.dot")) {
            assertSameCounts(Files.readString(SharedData.pytm().resolve(file)));
        }
    }
}
