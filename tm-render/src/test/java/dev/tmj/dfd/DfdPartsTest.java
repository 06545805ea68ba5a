package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.CheckedModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A diagram too large to lay out whole, drawn per top-level boundary and for what lies outside them. */
class DfdPartsTest {

    /** Two top-level boundaries (one with a boundary inside), elements outside, flows within and between. */
    private static ThreatModel zones() {
        var tm = ThreatModel.named("Zones");
        var web = tm.boundary("Web zone");
        var inner = tm.boundary("Inner").in(web);
        var data = tm.boundary("Data zone");
        var user = tm.actor("User");
        var admin = tm.actor("Admin");
        var server = tm.server("Web server").in(web);
        var api = tm.process("API").in(inner);
        var db = tm.datastore("Database").in(data);
        tm.dataflow(user, admin, "Chat");
        tm.dataflow(user, server, "Request");
        tm.dataflow(server, api, "Call");
        tm.dataflow(api, db, "Query");
        return tm;
    }

    private static List<DfdDiagram> parts(ThreatModel tm) {
        return DfdDiagram.parts(CheckedModel.of(tm.model()), DfdOptions.defaults());
    }

    @Test
    void should_draw_one_part_per_top_level_boundary_by_name_then_the_elements_outside_every_boundary() {
        List<DfdDiagram> parts = parts(zones());

        assertThat(parts).extracting(p -> p.part().orElseThrow().title())
                .containsExactly("Data zone", "Web zone", "Outside any boundary");
        assertThat(parts).extracting(p -> p.part().orElseThrow().fileName())
                .containsExactly("dfd-data-zone.svg", "dfd-web-zone.svg", "dfd-outside.svg");
        String data = parts.get(0).dot();
        String web = parts.get(1).dot();
        String outside = parts.get(2).dot();
        assertThat(parts).extracting(DfdDiagram::nodeCount).containsExactly(1, 2, 2);
        assertThat(parts).extracting(DfdDiagram::clusterCount).containsExactly(1, 2, 0);
        // a flow is drawn in the part that holds both its ends; one between parts in neither
        assertThat(parts).extracting(DfdDiagram::edgeCount).containsExactly(0, 1, 1);
        assertThat(web).contains("Web server", "API", "Call", "Inner").doesNotContain("Query", "User");
        assertThat(outside).contains("User", "Admin", "Chat").doesNotContain("Request", "Web zone");
        assertThat(data).contains("Database").doesNotContain("Query");
    }

    @Test
    void should_give_each_part_the_node_ids_of_the_whole_diagram() {
        ThreatModel tm = zones();
        String whole = DfdDiagram.of(CheckedModel.of(tm.model()), DfdOptions.defaults()).dot();
        List<String> ids = parts(tm).stream().flatMap(p -> p.dot().lines()).map(String::strip)
                .filter(line -> line.matches("(actor|server|process|datastore)_\\w+ \\[")).toList();

        assertThat(ids).containsExactlyInAnyOrder("actor_User_3 [", "actor_Admin_4 [", "server_Webserver_5 [",
                "process_API_6 [", "datastore_Database_7 [");
        assertThat(whole).contains(ids);
    }

    @Test
    void should_have_no_outside_part_when_every_element_is_in_a_boundary() {
        var tm = ThreatModel.named("Inside");
        var zone = tm.boundary("Zone");
        var a = tm.server("A").in(zone);
        var b = tm.server("B").in(zone);
        tm.dataflow(a, b, "Call");

        assertThat(parts(tm)).extracting(p -> p.part().orElseThrow().fileName()).containsExactly("dfd-zone.svg");
    }

    @Test
    void should_name_part_files_with_ascii_letters_and_digits_only_each_name_once() {
        var tm = ThreatModel.named("Names");
        for (String name : List.of("../../etc/passwd", "Zone", "zone", "ZONE!", "a]]>b <script>", "Ünïcödé 7",
                "\u0000\n\t", "x".repeat(300), "outside")) {
            tm.server("S " + name.hashCode()).in(tm.boundary(name));
        }
        tm.actor("Alone");

        List<String> names = parts(tm).stream().map(p -> p.part().orElseThrow().fileName()).toList();

        // drawing order: by boundary name (Java's String order), then the outside part
        assertThat(names).containsExactly("dfd-boundary.svg", "dfd-etc-passwd.svg", "dfd-zone.svg", "dfd-zone-2.svg",
                "dfd-a-b-script.svg", "dfd-outside.svg", "dfd-" + "x".repeat(DfdPart.MAX_SLUG) + ".svg",
                "dfd-zone-3.svg", "dfd-n-c-d-7.svg", "dfd-outside-2.svg");
        assertThat(names).allMatch(n -> n.matches("dfd-[a-z0-9]+(-[a-z0-9]+)*\\.svg"));
    }

    /** Six actors outside a boundary: A-B and D-E-F joined by flows, C alone but for a flow into the boundary. */
    private static ThreatModel manyOutside() {
        var tm = ThreatModel.named("Outside");
        var zone = tm.boundary("Zone");
        var s = tm.server("S").in(zone);
        var a = tm.actor("A");
        var b = tm.actor("B");
        var c = tm.actor("C");
        var d = tm.actor("D");
        var e = tm.actor("E");
        var f = tm.actor("F");
        tm.dataflow(a, b, "A to B");
        tm.dataflow(d, e, "D to E");
        tm.dataflow(e, f, "E to F");
        tm.dataflow(c, s, "C to S");
        return tm;
    }

    private static List<DfdDiagram> parts(ThreatModel tm, int maxOutsideNodes) {
        return DfdDiagram.parts(CheckedModel.of(tm.model()), DfdOptions.defaults(), maxOutsideNodes);
    }

    @Test
    void should_draw_the_elements_outside_every_boundary_in_parts_of_at_most_the_limit_keeping_flows_together() {
        List<DfdDiagram> parts = parts(manyOutside(), 3);

        assertThat(parts).extracting(p -> p.part().orElseThrow().fileName())
                .containsExactly("dfd-zone.svg", "dfd-outside-1.svg", "dfd-outside-2.svg");
        assertThat(parts).extracting(p -> p.part().orElseThrow().title())
                .containsExactly("Zone", "Outside any boundary (1 of 2)", "Outside any boundary (2 of 2)");
        assertThat(parts).extracting(DfdDiagram::nodeCount).containsExactly(1, 3, 3);
        assertThat(parts).extracting(DfdDiagram::edgeCount).containsExactly(0, 1, 2);
        assertThat(parts.get(1).dot()).contains("actor_A_", "actor_B_", "actor_C_", "A to B")
                .doesNotContain("actor_D_", "C to S");
        assertThat(parts.get(2).dot()).contains("actor_D_", "actor_E_", "actor_F_", "D to E", "E to F");
    }

    @Test
    void should_cut_a_group_of_connected_elements_larger_than_the_limit_in_model_order() {
        List<DfdDiagram> parts = parts(manyOutside(), 2);

        assertThat(parts).extracting(p -> p.part().orElseThrow().fileName()).containsExactly("dfd-zone.svg",
                "dfd-outside-1.svg", "dfd-outside-2.svg", "dfd-outside-3.svg", "dfd-outside-4.svg");
        assertThat(parts).extracting(DfdDiagram::nodeCount).containsExactly(1, 2, 1, 2, 1);
        // the flow from E to F joins two pieces, so it is drawn in neither
        assertThat(parts).extracting(DfdDiagram::edgeCount).containsExactly(0, 1, 0, 1, 0);
        assertThat(parts.get(3).dot()).contains("actor_D_", "actor_E_", "D to E").doesNotContain("E to F");
        assertThat(parts.get(4).dot()).contains("actor_F_").doesNotContain("E to F");
    }

    @Test
    void should_keep_one_outside_part_when_its_nodes_are_within_the_limit() {
        assertThat(parts(manyOutside(), 6)).extracting(p -> p.part().orElseThrow().fileName())
                .containsExactly("dfd-zone.svg", "dfd-outside.svg");
        assertThat(parts(manyOutside(), 6).get(1).dot()).isEqualTo(parts(manyOutside()).get(1).dot());
    }

    @Test
    void should_draw_the_parts_of_what_the_options_select() {
        List<DfdDiagram> parts = DfdDiagram.parts(CheckedModel.of(zones().model()),
                DfdOptions.defaults().onlyBoundary("Web zone"));

        assertThat(parts).extracting(p -> p.part().orElseThrow().title()).containsExactly("Web zone");
        assertThat(parts.get(0).part().orElseThrow().boundary()).isPresent();
    }
}
