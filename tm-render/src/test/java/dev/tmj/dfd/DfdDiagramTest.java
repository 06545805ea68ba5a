package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Element;
import dev.tmj.model.TmjException;
import dev.tmj.resolve.CheckedModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** tmj's DOT: golden files, node ids and shapes, labels, merged responses, levels, colours, scope, links. */
class DfdDiagramTest {

    private static String dot(ThreatModel tm) {
        return dot(tm, DfdOptions.defaults());
    }

    private static String dot(ThreatModel tm, DfdOptions options) {
        return DfdDiagram.of(CheckedModel.of(tm.model()), options).dot();
    }

    private static DotStructure parse(ThreatModel tm, DfdOptions options) {
        return DotStructure.parse(dot(tm, options));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = DfdDiagramTest.class.getResourceAsStream("/dfd/" + name)) {
            assertThat(in).as("golden file /dfd/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Golden files

    @Test
    void should_write_the_golden_dot_for_the_webapp_model() throws IOException {
        assertThat(dot(PytmModels.webapp())).isEqualTo(golden("webapp.dot"));
    }

    @Test
    void should_write_the_golden_dot_for_the_pipeline_model() throws IOException {
        assertThat(dot(PytmModels.pipeline())).isEqualTo(golden("pipeline.dot"));
    }

    @Test
    void should_write_the_golden_dot_for_the_linked_webapp_model() throws IOException {
        assertThat(dot(PytmModels.webapp(), DfdOptions.defaults().linked(true)))
                .isEqualTo(golden("webapp-linked.dot"));
    }

    @Test
    void should_write_the_same_text_every_time_unlike_pytms_second_call() {
        CheckedModel checked = CheckedModel.of(PytmModels.pipeline().model());
        String first = DfdDiagram.of(checked, DfdOptions.defaults()).dot();
        assertThat(DfdDiagram.of(checked, DfdOptions.defaults()).dot()).isEqualTo(first);
        assertThat(dot(PytmModels.pipeline())).isEqualTo(first);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Ids and shapes

    @Test
    void should_name_nodes_by_class_letters_and_element_index() {
        CheckedModel checked = CheckedModel.of(PytmModels.webapp().model());
        DotStructure dot = DotStructure.parse(DfdDiagram.of(checked, DfdOptions.defaults()).dot());
        List<Element> elements = checked.elements();
        for (DotStructure.Node node : dot.nodes.values()) {
            Element e = elements.stream().filter(x -> x.name().equals(node.label())).findFirst().orElseThrow();
            String letters = e.name().replaceAll("[^\\p{L}]", "");
            assertThat(node.id()).isEqualTo(e.type().pytmName().toLowerCase() + "_" + letters + "_"
                    + elements.indexOf(e));
        }
        assertThat(dot.nodes.keySet()).containsExactlyInAnyOrder("actor_Visitor_3", "server_Webserver_4",
                "datastore_CommentsDB_5", "lambda_Cleanupfunction_6");
        assertThat(dot.clusters()).extracting(DotStructure.Cluster::id).containsExactly(
                "cluster_boundary_CloudVPC_1", "cluster_boundary_Datatier_2", "cluster_boundary_Internet_0");
    }

    @Test
    void should_keep_ids_unique_when_names_repeat() {
        var tm = ThreatModel.named("Twins");
        var a = tm.server("Web");
        var b = tm.server("Web");
        var c = tm.server("W-e-b!");
        tm.dataflow(a, b, "x");
        tm.dataflow(b, c, "y");
        DotStructure dot = parse(tm, DfdOptions.defaults());
        assertThat(dot.nodes.keySet()).containsExactly("server_Web_0", "server_Web_1", "server_Web_2");
        assertThat(dot.edges).extracting(DotStructure.Edge::source, DotStructure.Edge::sink)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("server_Web_0", "server_Web_1"),
                        org.assertj.core.groups.Tuple.tuple("server_Web_1", "server_Web_2"));
    }

    @Test
    void should_shape_each_element_class_as_pytm_with_datastores_as_cylinders() {
        DotStructure dot = parse(TestModels.allTypes(), DfdOptions.defaults());
        Map<String, String> shapes = dot.nodes.values().stream().collect(Collectors.toMap(DotStructure.Node::label,
                n -> n.attributes().get("shape")));
        assertThat(shapes).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("An element", "square"), Map.entry("An asset", "square"), Map.entry("An actor", "square"),
                Map.entry("An external entity", "square"), Map.entry("A server", "circle"),
                Map.entry("A process", "circle"), Map.entry("A set of processes", "doublecircle"),
                Map.entry("An LLM", "hexagon"), Map.entry("An agent", "hexagon"),
                Map.entry("A lambda", "rectangle"), Map.entry("A datastore", "cylinder")));
        DotStructure.Node lambda = dot.node("A lambda");
        assertThat(lambda.attributes()).containsEntry("style", "rounded").doesNotContainKey("margin");
        assertThat(lambda.attributes().get("label")).contains("<table border=\"0\" cellborder=\"0\"",
                "<tr><td><b>A lambda</b></td></tr>");
        DotStructure.Node store = dot.node("A datastore");
        assertThat(store.attributes()).doesNotContainKeys("image", "xlabel").containsEntry("label", "\"A datastore\"");
    }

    @Test
    void should_draw_a_flow_that_names_a_boundary_inside_that_cluster() {
        var tm = ThreatModel.named("Flow in a boundary");
        var zone = tm.boundary("Zone");
        var a = tm.server("A").in(zone);
        var b = tm.server("B").in(zone);
        tm.dataflow(a, b, "Inside").in(zone);
        tm.dataflow(b, a, "Outside");
        DotStructure dot = parse(tm, DfdOptions.defaults());
        assertThat(dot.clusterTree()).containsExactly("Zone{A, B, A -> B [forward] Inside}");
        assertThat(dot.edgeTexts()).containsExactly("A -> B [forward] Inside", "B -> A [forward] Outside");
    }

    @Test
    void should_keep_a_nested_boundary_inside_its_parent_with_ignore_unused() {
        ThreatModel tm = PytmModels.webapp().ignoreUnused();
        DotStructure dot = parse(tm, DfdOptions.defaults());
        // pytm 1.4.0 drew "Data tier" beside "Cloud VPC" here (see ../shared/pytm/README.md); tmj keeps nesting.
        // The children follow pytm's ignoreUnused element order (by first flow of each source, then class).
        assertThat(dot.clusterTree()).containsExactly(
                "Cloud VPC{Web server, Cleanup function, Data tier{Comments DB}}", "Internet{Visitor}");
    }

    @Test
    void should_draw_boundaries_outermost_level_first_and_by_name_within_a_level() {
        var tm = ThreatModel.named("Levels of nesting");
        var zeta = tm.boundary("Zeta");
        var alpha = tm.boundary("Alpha");
        var deep = tm.boundary("Deep").in(zeta);
        var deeper = tm.boundary("Deeper").in(deep);
        var beta = tm.boundary("Beta").in(alpha);
        tm.server("S1").in(deeper);
        tm.server("S2").in(beta);
        tm.server("S3").in(alpha);
        tm.server("Loose");
        DotStructure dot = parse(tm, DfdOptions.defaults());
        assertThat(dot.clusterTree()).containsExactly("Zeta{Deep{Deeper{S1}}}", "Alpha{Beta{S2}, S3}");
        assertThat(dot.top.get(dot.top.size() - 1)).isInstanceOf(DotStructure.Node.class);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Labels

    @Test
    void should_wrap_labels_at_18_columns_and_number_ordered_flows() {
        var tm = ThreatModel.named("Wrap").ordered();
        var a = tm.server("A rather long server name");
        var b = tm.boundary("A boundary with a long name");
        var c = tm.lambda("A lambda with a long name").in(b);
        tm.dataflow(a, c, "Insert query with comments");
        DotStructure dot = parse(tm, DfdOptions.defaults());
        assertThat(dot.node("A rather long / server name").attributes().get("label"))
                .isEqualTo("\"A rather long\\nserver name\"");
        assertThat(dot.cluster("A boundary with a / long name").attributes().get("label"))
                .isEqualTo("<<i>A boundary with a<br/>long name</i>>");
        assertThat(dot.node("A lambda with a / long name").attributes().get("label")).contains(
                "<b>A lambda with a<br/>long name</b>");
        assertThat(dot.edges.get(0).attributes().get("label")).isEqualTo("\"(1) Insert query\\nwith comments\"");
    }

    @Test
    void should_wrap_text_as_pythons_textwrap() {
        // Expected values printed by CPython 3's textwrap.wrap(text, 18).
        assertThat(TextWrap.wrap("(5) Purge old comments", 18)).containsExactly("(5) Purge old", "comments");
        assertThat(TextWrap.wrap("User enters comments (*)", 18)).containsExactly("User enters", "comments (*)");
        assertThat(TextWrap.wrap("Insert query with comments", 18)).containsExactly("Insert query with", "comments");
        assertThat(TextWrap.wrap("a-very-long-hyphenated-name-here x", 18))
                .containsExactly("a-very-long-", "hyphenated-name-", "here x");
        assertThat(TextWrap.wrap("Supercalifragilisticexpialidocious word", 18))
                .containsExactly("Supercalifragilist", "icexpialidocious", "word");
        assertThat(TextWrap.wrap("x  y\tz\nw", 18)).containsExactly("x  y    z w");
        assertThat(TextWrap.wrap("--leading dashes are fun", 18)).containsExactly("--leading dashes", "are fun");
        assertThat(TextWrap.wrap("(10) Request  review   double", 18))
                .containsExactly("(10) Request", "review   double");
        assertThat(TextWrap.wrap("well-known e-mail addresses are-here", 18))
                .containsExactly("well-known e-mail", "addresses are-here");
        assertThat(TextWrap.wrap("   ", 18)).isEmpty();
        assertThat(TextWrap.wrap("", 18)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Responses and duplicates

    @Test
    void should_merge_each_response_into_its_request_as_one_two_headed_edge() {
        DotStructure dot = parse(PytmModels.webapp(), DfdOptions.defaults());
        assertThat(dot.edgeTexts()).containsExactly(
                "Visitor -> Web server [both] (1) Post comment / (2) Render page",
                "Web server -> Comments DB [both] (3) Insert comment / (4) Return rows",
                "Cleanup function -> Comments DB [forward] (5) Purge old / comments");
        assertThat(dot.edges.get(0).attributes().get("label")).isEqualTo("\"(1) Post comment\\n(2) Render page\"");
    }

    @Test
    void should_draw_every_flow_when_responses_are_not_merged() {
        ThreatModel tm = PytmModels.webapp();
        tm.model().set("mergeResponses", false);
        assertThat(parse(tm, DfdOptions.defaults()).edgeTexts()).containsExactly(
                "Visitor -> Web server [forward] (1) Post comment",
                "Web server -> Visitor [forward] (2) Render page",
                "Web server -> Comments DB [forward] (3) Insert comment",
                "Comments DB -> Web server [forward] (4) Return rows",
                "Cleanup function -> Comments DB [forward] (5) Purge old / comments");
    }

    @Test
    void should_not_number_flows_of_an_unordered_model() {
        ThreatModel tm = PytmModels.webapp();
        tm.model().set("isOrdered", false);
        assertThat(parse(tm, DfdOptions.defaults()).edgeTexts()).containsExactly(
                "Visitor -> Web server [both] Post comment / Render page",
                "Web server -> Comments DB [both] Insert comment / Return rows",
                "Cleanup function -> Comments DB [forward] Purge old comments");
    }

    @Test
    void should_not_draw_hidden_duplicate_flows() {
        CheckedModel checked = CheckedModel.of(UpstreamModels.companyNetWithDuplicates().model());
        assertThat(checked.hiddenDuplicates()).extracting(Element::name)
                .containsExactlyInAnyOrder("User views comments", "Select query");
        DfdDiagram diagram = DfdDiagram.of(checked, DfdOptions.defaults());
        assertThat(diagram.edgeCount()).isEqualTo(6);
        assertThat(diagram.dot()).doesNotContain("User views comments", "Select query");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Levels

    @Test
    void should_draw_every_level_by_default_as_pytm_and_only_the_levels_asked_for() {
        var tm = ThreatModel.named("Levels");
        var zone = tm.boundary("Zone");
        var a = tm.server("Both").in(zone).levels(0, 1);
        var b = tm.server("Zero");
        var c = tm.server("One").levels(1);
        var d = tm.server("Two").levels(2);
        tm.dataflow(a, b, "a-b");
        tm.dataflow(a, c, "a-c");
        tm.dataflow(c, d, "c-d");
        // Without --levels pytm 1.4.0 passes an empty set, which draws every element and flow.
        assertThat(parse(tm, DfdOptions.defaults()).nodeKinds()).containsOnlyKeys("Both", "Zero", "One", "Two");
        assertThat(parse(tm, DfdOptions.defaults()).edgeTexts()).containsExactly("Both -> Zero [forward] a-b",
                "Both -> One [forward] a-c", "One -> Two [forward] c-d");
        assertThat(parse(tm, DfdOptions.defaults().levels(0)).nodeKinds()).containsOnlyKeys("Both", "Zero");
        assertThat(parse(tm, DfdOptions.defaults().levels(0)).edgeTexts())
                .containsExactly("Both -> Zero [forward] a-b");
        assertThat(parse(tm, DfdOptions.defaults().levels(1)).nodeKinds()).containsOnlyKeys("Both", "One");
        assertThat(parse(tm, DfdOptions.defaults().levels(1)).edgeTexts())
                .containsExactly("Both -> One [forward] a-c");
        assertThat(parse(tm, DfdOptions.defaults().levels(Set.of(1, 2))).edgeTexts())
                .containsExactly("Both -> One [forward] a-c", "One -> Two [forward] c-d");
        assertThat(parse(tm, DfdOptions.defaults().allLevels()).nodeKinds())
                .containsOnlyKeys("Both", "Zero", "One", "Two");
        // Boundaries are drawn on every level, empty or not (pytm's rule).
        assertThat(parse(tm, DfdOptions.defaults().levels(2)).clusterTree()).containsExactly("Zone{}");
    }

    @Test
    void should_not_draw_a_flow_whose_ends_are_not_drawn() {
        var tm = ThreatModel.named("Levels");
        var one = tm.server("One").levels(1);
        var two = tm.server("Two").levels(2);
        // The ends share no level, so the flow keeps level 0: pytm draws it at level 0 between two nodes it
        // never declared, and Graphviz invents bare ellipses named by the internal ids. tmj leaves it out.
        tm.dataflow(one, two, "Orphan");
        DfdDiagram diagram = DfdDiagram.of(CheckedModel.of(tm.model()), DfdOptions.defaults().levels(0));
        assertThat(diagram.nodeCount()).isZero();
        assertThat(diagram.edgeCount()).isZero();
        assertThat(DfdDiagram.of(CheckedModel.of(tm.model()), DfdOptions.defaults().allLevels()).edgeCount())
                .isEqualTo(1);
        assertThat(DfdDiagram.of(CheckedModel.of(tm.model()), DfdOptions.defaults()).edgeCount()).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Colour map and scope

    @Test
    void should_colour_nodes_and_edges_by_severity_with_the_colour_map() {
        var tm = ThreatModel.named("Colours");
        var zone = tm.boundary("Zone");
        var high = tm.server("High").in(zone).severity(5);
        var medium = tm.lambda("Medium").severity(3);
        var low = tm.datastore("Low").severity(1);
        tm.dataflow(high, medium, "Hot").severity(4);
        tm.dataflow(medium, low, "Cool");
        DotStructure dot = parse(tm, DfdOptions.defaults().colormap(true));
        assertThat(dot.node("High").attributes()).containsEntry("color", "firebrick3")
                .containsEntry("fillcolor", "\"#b2222222\"").containsEntry("style", "filled")
                .containsEntry("fontcolor", "black");
        assertThat(dot.node("Medium").attributes()).containsEntry("color", "gold")
                .containsEntry("fillcolor", "\"#ffd80022\"").containsEntry("style", "\"rounded,filled\"");
        assertThat(dot.node("Low").attributes()).containsEntry("color", "darkgreen")
                .containsEntry("fillcolor", "\"#00630022\"");
        assertThat(dot.edge("High", "Medium").attributes()).containsEntry("color", "gold")
                .containsEntry("fontcolor", "gold");
        assertThat(dot.edge("Medium", "Low").attributes()).containsEntry("color", "darkgreen");
        assertThat(dot.cluster("Zone").attributes()).containsEntry("color", "black");

        DotStructure plain = parse(tm, DfdOptions.defaults());
        assertThat(plain.node("High").attributes()).containsEntry("color", "black").doesNotContainKeys("style",
                "fillcolor");
        assertThat(plain.cluster("Zone").attributes()).containsEntry("color", "firebrick2");
    }

    @Test
    void should_draw_out_of_scope_elements_grey_and_dashed_even_with_the_colour_map() {
        var tm = ThreatModel.named("Scope");
        var zone = tm.boundary("Outside").outOfScope();
        var user = tm.actor("User").in(zone).outOfScope();
        var fn = tm.lambda("Fn").outOfScope();
        var web = tm.server("Web").severity(5);
        tm.dataflow(user, web, "Request").outOfScope();
        tm.dataflow(web, fn, "Call");
        for (boolean colormap : List.of(false, true)) {
            DotStructure dot = parse(tm, DfdOptions.defaults().colormap(colormap));
            assertThat(dot.node("User").attributes()).containsEntry("color", "grey69")
                    .containsEntry("fontcolor", "grey69").containsEntry("style", "dashed")
                    .doesNotContainKey("fillcolor");
            assertThat(dot.node("Fn").attributes()).containsEntry("style", "\"rounded,dashed\"");
            assertThat(dot.edge("User", "Web").attributes()).containsEntry("color", "grey69")
                    .containsEntry("fontcolor", "grey69").containsEntry("style", "dashed");
            assertThat(dot.cluster("Outside").attributes()).containsEntry("color", "grey69")
                    .containsEntry("fontcolor", "grey69");
            assertThat(dot.node("Web").attributes()).containsEntry("color", colormap ? "firebrick3" : "black");
            assertThat(dot.edge("Web", "Fn").attributes()).doesNotContainKey("style");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Links

    @Test
    void should_link_nodes_edges_and_clusters_to_their_element_anchor() {
        CheckedModel checked = CheckedModel.of(PytmModels.webapp().model());
        DotStructure dot = DotStructure.parse(DfdDiagram.of(checked, DfdOptions.defaults().linked(true)).dot());
        List<Element> elements = checked.elements();
        for (DotStructure.Node node : dot.nodes.values()) {
            int index = indexOf(elements, node.label());
            assertThat(node.attributes()).containsEntry("URL", "\"#element-" + index + "\"")
                    .containsEntry("tooltip", "\"" + node.label() + "\"");
        }
        for (DotStructure.Cluster cluster : dot.clusters()) {
            assertThat(cluster.attributes()).containsEntry("URL",
                    "\"#element-" + indexOf(elements, cluster.label()) + "\"");
        }
        assertThat(dot.edge("Visitor", "Web server").attributes())
                .containsEntry("URL", "\"#element-" + indexOf(elements, "Post comment") + "\"")
                .containsEntry("tooltip", "\"Visitor -> Web server: (1) Post comment / (2) Render page\"");
        assertThat(dot.edge("Cleanup function", "Comments DB").attributes())
                .containsEntry("URL", "\"#element-" + indexOf(elements, "Purge old comments") + "\"");
        assertThat(DfdDiagram.anchor(7)).isEqualTo("element-7");
        assertThat(DfdDiagram.of(checked, DfdOptions.defaults()).dot()).doesNotContain("URL", "tooltip");
    }

    private static int indexOf(List<Element> elements, String name) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no element " + name);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Options

    @Test
    void should_keep_options_immutable() {
        DfdOptions defaults = DfdOptions.defaults();
        DfdOptions changed = defaults.levels(Set.of(1)).colormap(true).onlyBoundary("Cloud VPC")
                .neighbourhoodOf("Web server", 1).linked(true);
        assertThat(defaults).isEqualTo(DfdOptions.defaults());
        assertThat(defaults.levels()).isEmpty();
        assertThat(defaults.drawsAllLevels()).isTrue();
        assertThat(changed.levels()).containsExactly(1);
        assertThat(changed.colormap()).isTrue();
        assertThat(changed.linked()).isTrue();
        assertThat(changed.onlyBoundary()).contains("Cloud VPC");
        assertThat(changed.neighbourhoodOf()).contains("Web server");
        assertThat(changed.radius()).isEqualTo(1);
        assertThat(changed.allLevels().drawsAllLevels()).isTrue();
        assertThatThrownBy(() -> defaults.neighbourhoodOf("Web server", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
