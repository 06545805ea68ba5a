package dev.tmj.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dfd.DfdOptions;
import dev.tmj.dfd.DfdRenderer;
import dev.tmj.dfd.DiagramImages;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.report.html.HtmlReport;
import dev.tmj.resolve.Findings;
import dev.tmj.sequence.SequenceRenderer;
import dev.tmj.threat.ThreatLibrary;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Every SVG tmj writes is well-formed XML whatever the names say: the DFD through dot and through the Smetana
 * fallback, the sequence diagram, and the diagram embedded in report.html.
 */
class SvgWellFormedTest {
    /** Names that end CDATA sections, open tags and entities, quote, control, leave the BMP and reorder text. */
    static final List<String> HOSTILE = List.of("]]>", "a]]>b", "]]]]><![CDATA[>", "<![CDATA[x", "<", "a < b",
            "&", "&amp;", "&#0;", "\"double\" 'single'", "ctl \u0001\u0008\u001b[31m\u007f\u0085 end", "emoji \uD83D\uDE00",
            "rtl \u200F\u202Eevil\u202C \u2067x\u2069", "<!-- -->", "--", "?>", "<?xml x?>", "\uFFFE\uFFFF");

    static Findings hostile() {
        var tm = ThreatModel.named("]]> model <&>").ordered();
        var zone = tm.boundary("]]> zone");
        var inner = tm.boundary("<inner> ]]>").in(zone);
        dev.tmj.dsl.AbstractElementSpec<?> previous = tm.actor("]]>").in(zone);
        int i = 0;
        for (String name : HOSTILE) {
            dev.tmj.dsl.AbstractElementSpec<?> next = i % 2 == 0 ? tm.server(name + " " + i).in(inner)
                    : tm.datastore(name + " " + i).in(zone);
            tm.dataflow(previous, next, name).note(name + "\nend note\n]]>");
            previous = next;
            i++;
        }
        tm.lambda("]]> fn").in(zone);
        return tm.resolve(ThreatLibrary.builtIn());
    }

    private static DiagramImages withDot() {
        DiagramImages images = DiagramImages.defaults();
        assumeTrue(images.dot().isPresent(), "Graphviz's dot is not installed");
        return images;
    }

    private static DiagramImages smetana() {
        return DiagramImages.defaults().dotExecutable(Path.of("/nonexistent/graphviz/bin/dot"));
    }

    /** Parses the text as XML, as strictly as a browser's XML parser; fails the test when it is not well-formed. */
    static Document parse(String what, String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError(what + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String text(Document doc) {
        return doc.getDocumentElement().getTextContent();
    }

    @Test
    void should_write_a_well_formed_dfd_svg_through_dot_for_hostile_names() {
        String svg = DfdRenderer.svg(DfdOptions.defaults().linked(true).colormap(true), withDot())
                .renderText(hostile());
        assertThat(text(parse("dfd.svg (dot)", svg))).contains("]]>", "a < b", "&amp;", "\uD83D\uDE00");
    }

    @Test
    void should_write_a_well_formed_dfd_svg_through_smetana_for_hostile_names() {
        String svg = DfdRenderer.svg(DfdOptions.defaults().linked(true).colormap(true), smetana())
                .renderText(hostile());
        assertThat(text(parse("dfd.svg (Smetana)", svg))).contains("]]>", "&amp;", "\uD83D\uDE00");
    }

    @Test
    void should_write_a_well_formed_sequence_svg_for_hostile_names() {
        String svg = SequenceRenderer.svg().renderText(hostile());
        assertThat(text(parse("seq.svg", svg))).contains("]]>", "a < b", "&amp;", "\uD83D\uDE00");
    }

    @Test
    void should_embed_well_formed_diagrams_in_the_html_report_for_hostile_names() {
        for (DiagramImages images : imagesToTry()) {
            String html = HtmlReport.standard()
                    .withDiagram(DfdRenderer.svg(DfdOptions.defaults().linked(true), images)).renderText(hostile());
            List<String> svgs = svgElements(html);
            assertThat(html).doesNotContain("could not be embedded");
            assertThat(svgs).isNotEmpty();
            for (String svg : svgs) {
                assertThat(text(parse("the SVG in report.html", svg))).contains("]]>");
            }
        }
    }

    private static List<DiagramImages> imagesToTry() {
        List<DiagramImages> images = new ArrayList<>(List.of(smetana()));
        if (DiagramImages.defaults().dot().isPresent()) {
            images.add(DiagramImages.defaults());
        }
        return images;
    }

    private static List<String> svgElements(String html) {
        Matcher m = Pattern.compile("<svg[\\s>].*?</svg>", Pattern.DOTALL).matcher(html);
        List<String> svgs = new ArrayList<>();
        while (m.find()) {
            svgs.add(m.group());
        }
        return svgs;
    }
}
