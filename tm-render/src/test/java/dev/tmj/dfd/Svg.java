package dev.tmj.dfd;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** An SVG document parsed as XML (no DTD fetched), for the texts it shows. */
final class Svg {
    private final Document document;

    private Svg(Document document) {
        this.document = document;
    }

    /** Parses the SVG; fails the test when it is not well-formed XML. */
    static Svg parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            return new Svg(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    String rootName() {
        return document.getDocumentElement().getLocalName();
    }

    /**
     * The text of every {@code <text>} element, in document order; dot keeps runs of spaces with no-break
     * spaces, read here as spaces.
     */
    List<String> texts() {
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().replace('\u00a0', ' '));
        }
        return texts;
    }

    /** Every {@code href} and {@code xlink:href} of {@code <a>} elements. */
    List<String> links() {
        NodeList nodes = document.getElementsByTagNameNS("*", "a");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            var element = (org.w3c.dom.Element) nodes.item(i);
            String href = element.getAttributeNS("http://www.w3.org/1999/xlink", "href");
            links.add(href.isEmpty() ? element.getAttribute("href") : href);
        }
        return links;
    }
}
