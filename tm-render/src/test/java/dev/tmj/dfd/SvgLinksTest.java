package dev.tmj.dfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.CheckedModel;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SVG of a diagram without links, made from dot's SVG of the same diagram linked, is byte for byte what dot
 * draws for the diagram without links: for names that need escaping, names cut in their labels (whose tooltips
 * stay), merged responses, flows to boundaries, Lambda's HTML labels and the parts of a diagram.
 */
class SvgLinksTest {
    private static final String LONG = "Long name & <more> \"quoted\" ".repeat(12);

    private static DiagramImages withDot() {
        DiagramImages images = DiagramImages.defaults();
        assumeTrue(images.dot().isPresent(), "Graphviz's dot is not installed");
        return images;
    }

    /** Names longer than a label shows, on a boundary, nodes, a flow and a merged response; a flow to a boundary. */
    private static ThreatModel longNames() {
        var tm = ThreatModel.named("Long").ordered().mergeResponses();
        var zone = tm.boundary(LONG + "zone");
        var user = tm.actor(LONG + "user");
        var web = tm.server("Web").in(zone);
        var fn = tm.lambda(LONG + "fn").in(zone);
        var request = tm.dataflow(user, web, LONG + "request");
        tm.dataflow(web, user, "Short response").responseTo(request).isResponse(true);
        var call = tm.dataflow(web, fn, "Call");
        tm.dataflow(fn, web, LONG + "answer").responseTo(call).isResponse(true);
        tm.dataflow(user, zone, "Into the zone");
        tm.dataflow(user, fn, "");
        return tm;
    }

    private static void assertUnlinkedIsPlain(DiagramImages images, DfdDiagram plain, DfdDiagram linked) {
        byte[] linkedSvg = images.image(linked, false);
        byte[] plainSvg = images.image(plain, false);
        assertThat(linkedSvg).isNotEqualTo(plainSvg);

        assertThat(SvgLinks.unlinked(linkedSvg, linked.titled())).hasValueSatisfying(svg ->
                assertThat(new String(svg, StandardCharsets.UTF_8))
                        .isEqualTo(new String(plainSvg, StandardCharsets.UTF_8)));
    }

    @Test
    void should_make_the_svg_dot_draws_without_links_from_the_linked_one() {
        DiagramImages images = withDot();
        for (ThreatModel tm : List.of(TestModels.nasty(), TestModels.allTypes(), longNames(), PytmModels.webapp())) {
            CheckedModel model = CheckedModel.of(tm.model());
            for (DfdOptions options : List.of(DfdOptions.defaults(), DfdOptions.defaults().colormap(true))) {
                assertUnlinkedIsPlain(images, DfdDiagram.of(model, options),
                        DfdDiagram.of(model, options.linked(true)));
            }
        }
    }

    @Test
    void should_make_each_part_without_links_from_the_linked_part() {
        DiagramImages images = withDot();
        CheckedModel model = CheckedModel.of(longNames().model());
        List<DfdDiagram> plain = DfdDiagram.parts(model, DfdOptions.defaults(), 1);
        List<DfdDiagram> linked = DfdDiagram.parts(model, DfdOptions.defaults().linked(true), 1);

        assertThat(linked).hasSameSizeAs(plain).hasSizeGreaterThan(1);
        for (int i = 0; i < plain.size(); i++) {
            assertUnlinkedIsPlain(images, plain.get(i), linked.get(i));
        }
    }

    @Test
    void should_keep_the_tooltip_of_a_cut_name_without_its_link() {
        CheckedModel model = CheckedModel.of(longNames().model());
        DfdDiagram linked = DfdDiagram.of(model, DfdOptions.defaults().linked(true));
        byte[] svg = withDot().image(linked, false);

        String unlinked = new String(SvgLinks.unlinked(svg, linked.titled()).orElseThrow(), StandardCharsets.UTF_8);

        assertThat(unlinked).doesNotContain("xlink:href", "&#45;label\"").contains("<a xlink:title=\"Long name &amp;");
        assertThat(linked.titled().cardinality()).isEqualTo(5); // the zone, the user, fn, the request, the answer
    }

    @Test
    void should_give_nothing_for_anchors_that_are_not_dots() {
        String head = "<svg>\n<g id=\"node1\" class=\"node\">\n<title>a</title>\n";
        List<String> odd = List.of(
                head + "<g id=\"a_node1\"><a xlink:href=\"http://example.com\" xlink:title=\"a\">\n<text>a</text>\n"
                        + "</a>\n</g>\n</g>\n</svg>\n",
                head + "<g id=\"a_graph0\"><a xlink:href=\"#element-1\" xlink:title=\"a\">\n<text>a</text>\n"
                        + "</a>\n</g>\n</g>\n</svg>\n",
                head + "<g id=\"a_node1\"><a xlink:href=\"#element-1\" xlink:title=\"a\">\n<text>a</text>\n"
                        + "</g>\n</svg>\n",
                head + "<g id=\"a_node1\"><a xlink:href=\"#element-1\" xlink:title=\"a\">\n"
                        + "<g id=\"a_node2\"><a xlink:href=\"#element-2\" xlink:title=\"b\">\n<text>a</text>\n"
                        + "</a>\n</g>\n</a>\n</g>\n</g>\n</svg>\n",
                head + "<g id=\"a_node1\"><a xlink:href=\"#element-99999999999\" xlink:title=\"a\">\n<text>a</text>\n"
                        + "</a>\n</g>\n</g>\n</svg>\n");
        for (String svg : odd) {
            assertThat(SvgLinks.unlinked(svg.getBytes(StandardCharsets.UTF_8), new BitSet())).as(svg).isEmpty();
        }
        String plain = head + "<text>a</text>\n</g>\n</svg>\n";
        assertThat(SvgLinks.unlinked(plain.getBytes(StandardCharsets.UTF_8), new BitSet()))
                .hasValueSatisfying(svg -> assertThat(svg).isEqualTo(plain.getBytes(StandardCharsets.UTF_8)));
    }
}
