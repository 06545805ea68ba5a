package dev.tmj.report.html;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Makes a diagram's SVG safe to inline in the report: it is parsed as XML (no DTD, no external entities) and
 * written again with only drawing elements and attributes. Scripts, event handler attributes, styles, foreign
 * objects, images and every link that is not to a place in the page ({@code #...}) or, on {@code <a>}, to an
 * http(s) address are left out, so the diagram can neither run code nor make the page load anything. Comments
 * and the XML prolog go too. Graphviz's SVG, with {@code URL="#element-N"} links on nodes, passes unchanged in
 * substance.
 */
final class SvgSanitizer {
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "path", "polygon",
            "polyline", "line", "rect", "circle", "ellipse", "text", "tspan", "textPath", "a", "marker", "symbol",
            "use", "clipPath", "mask", "linearGradient", "radialGradient", "stop", "pattern", "metadata");
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    /** A CSS {@code url(} that does not point at a place in the page. */
    private static final Pattern OUTSIDE_URL = Pattern.compile("url\\((?!['\"]?#)");

    private SvgSanitizer() {
    }

    /** The sanitized SVG element, or empty when the text is not a well-formed SVG document. */
    static Optional<String> sanitize(String svg) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            return Optional.empty();
        }
        org.w3c.dom.Document doc;
        try {
            doc = builder().parse(new InputSource(new StringReader(svg.substring(start))));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return Optional.empty();
        }
        Element root = doc.getDocumentElement();
        if (!drawing(root) || !"svg".equals(localName(root))) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(svg.length());
        write(root, out);
        return Optional.of(out.toString());
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler());
        return builder;
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    /** An SVG drawing element (in the SVG namespace, or in none when the document declares none). */
    private static boolean drawing(Node node) {
        return node.getNodeType() == Node.ELEMENT_NODE && ELEMENTS.contains(localName(node))
                && (node.getNamespaceURI() == null || SVG.equals(node.getNamespaceURI()));
    }

    private static void write(Element element, StringBuilder out) {
        String name = localName(element);
        out.append('<').append(name);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (allowed(element, a)) {
                out.append(' ').append(XLINK.equals(a.getNamespaceURI()) ? "xlink:" + localName(a) : a.getName())
                        .append("=\"");
                escape(a.getValue(), true, out);
                out.append('"');
            }
        }
        boolean empty = true;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && !drawing(child)) {
                continue;
            }
            if (child.getNodeType() == Node.ELEMENT_NODE || child.getNodeType() == Node.TEXT_NODE
                    || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (empty) {
                    out.append('>');
                    empty = false;
                }
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    write((Element) child, out);
                } else {
                    escape(child.getNodeValue(), false, out);
                }
            }
        }
        if (empty) {
            out.append("/>");
        } else {
            out.append("</").append(name).append('>');
        }
    }

    private static boolean allowed(Element element, Attr a) {
        String name = a.getName().toLowerCase(Locale.ROOT);
        String local = localName(a).toLowerCase(Locale.ROOT);
        if (name.startsWith("on") || local.startsWith("on") || name.equals("style") || local.equals("style")) {
            return false;
        }
        if (name.equals("xmlns") || name.startsWith("xmlns:")) {
            return name.equals("xmlns") && SVG.equals(a.getValue())
                    || name.equals("xmlns:xlink") && XLINK.equals(a.getValue());
        }
        if (a.getNamespaceURI() != null && !XLINK.equals(a.getNamespaceURI())) {
            return false;
        }
        String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        if (local.equals("href") || local.equals("src")) {
            if (value.startsWith("#")) {
                return true;
            }
            return "a".equals(localName(element)) && local.equals("href")
                    && (value.startsWith("https://") || value.startsWith("http://"));
        }
        // a presentation attribute that fetches (fill="url(http://...)") or runs anything
        return !value.contains("javascript:") && !OUTSIDE_URL.matcher(value).find();
    }

    private static void escape(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
