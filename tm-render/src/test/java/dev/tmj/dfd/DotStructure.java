package dev.tmj.dfd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small reader for the DOT that pytm and tmj write (digraph, subgraph clusters, node and edge statements,
 * attribute lists), giving what the tests compare: nodes by label with their shape, the cluster tree, the
 * edges in order. Labels are decoded the way Graphviz shows them (escapes, HTML entities, line breaks).
 */
final class DotStructure {
    /** A node: its id, its attributes (values as written, quotes and angle brackets removed). */
    record Node(String id, Map<String, String> attributes) {
        String label() {
            String shape = attributes.getOrDefault("shape", "");
            // pytm draws a datastore as an image with its name as the external label.
            if (shape.equals("none") && attributes.containsKey("xlabel")) {
                return text(attributes.get("xlabel"));
            }
            return text(attributes.getOrDefault("label", id));
        }

        /** The shape, with pytm's datastore image and tmj's cylinder both called "datastore". */
        String kind() {
            String shape = attributes.getOrDefault("shape", "ellipse");
            if (shape.equals("cylinder") || shape.equals("none") && attributes.containsKey("image")) {
                return "datastore";
            }
            return shape;
        }
    }

    record Edge(String source, String sink, Map<String, String> attributes) {
    }

    record Cluster(String id, Map<String, String> attributes, List<Object> children) {
        String label() {
            return text(attributes.getOrDefault("label", ""));
        }
    }

    final Map<String, String> graphAttributes = new LinkedHashMap<>();
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Edge> edges = new ArrayList<>();
    final List<Object> top = new ArrayList<>();

    private final List<String> tokens;
    private int at;

    private DotStructure(String dot) {
        this.tokens = tokenize(dot);
    }

    static DotStructure parse(String dot) {
        DotStructure s = new DotStructure(dot);
        s.expect("digraph");
        s.next();
        s.expect("{");
        s.statements(s.top);
        return s;
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the tests compare

    /** Node label -> kind, in drawing order. */
    Map<String, String> nodeKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        nodes.values().forEach(n -> kinds.put(n.label(), n.kind()));
        return kinds;
    }

    /** The clusters as text: {@code Label{child, Nested{...}}}, children in drawing order. */
    List<String> clusterTree() {
        List<String> tree = new ArrayList<>();
        for (Object item : top) {
            if (item instanceof Cluster c) {
                tree.add(tree(c));
            }
        }
        return tree;
    }

    private String tree(Cluster cluster) {
        List<String> children = new ArrayList<>();
        for (Object child : cluster.children()) {
            if (child instanceof Cluster c) {
                children.add(tree(c));
            } else if (child instanceof Node n) {
                children.add(n.label());
            } else if (child instanceof Edge e) {
                children.add(edgeText(e));
            }
        }
        return cluster.label() + "{" + String.join(", ", children) + "}";
    }

    /** Edges as {@code source -> sink [dir] label}, in order, with labels decoded and lines joined by " / ". */
    List<String> edgeTexts() {
        return edges.stream().map(this::edgeText).collect(Collectors.toList());
    }

    private String edgeText(Edge e) {
        return label(e.source()) + " -> " + label(e.sink()) + " [" + e.attributes().getOrDefault("dir", "forward")
                + "] " + text(e.attributes().getOrDefault("label", ""));
    }

    String label(String nodeId) {
        Node node = nodes.get(nodeId);
        return node == null ? "?" + nodeId : node.label();
    }

    Node node(String label) {
        return nodes.values().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no node labelled " + label + " in " + nodes.keySet()));
    }

    Edge edge(String source, String sink) {
        return edges.stream().filter(e -> label(e.source()).equals(source) && label(e.sink()).equals(sink))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + source + " -> " + sink));
    }

    List<Cluster> clusters() {
        List<Cluster> all = new ArrayList<>();
        collect(top, all);
        return all;
    }

    private static void collect(List<Object> items, List<Cluster> all) {
        for (Object item : items) {
            if (item instanceof Cluster c) {
                all.add(c);
                collect(c.children(), all);
            }
        }
    }

    Cluster cluster(String label) {
        return clusters().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no cluster labelled " + label));
    }

    /**
     * A label as Graphviz shows it, lines joined by " / ": for a quoted string its escapes ({@code \"},
     * {@code \\}, {@code \n}, real newlines with pytm's indentation); for an HTML label its text, {@code <br/>}
     * as a line break, entities decoded.
     */
    static String text(String raw) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        if (!raw.startsWith("<") && !raw.startsWith("\"")) {
            return raw;
        }
        if (raw.startsWith("<")) {
            String html = raw.substring(1, raw.length() - 1).strip();
            html = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("<[^>]*>", "").strip();
            html = html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
            html = html.replace("\\\\", "\\");
            for (String l : html.split("\n", -1)) {
                lines.add(l.strip());
            }
            return String.join(" / ", lines);
        }
        String s = raw.substring(1, raw.length() - 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                if (n == 'n' || n == 'l' || n == 'r') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append(n);
                }
            } else if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                while (i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                line.append(c);
            }
        }
        lines.add(line.toString());
        return String.join(" / ", lines);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parsing

    private void statements(List<Object> into) {
        while (!peek().equals("}")) {
            String first = next();
            if (first.equals(";")) {
                continue;
            }
            if (first.equals("subgraph")) {
                String id = next();
                expect("{");
                Map<String, String> attributes = new LinkedHashMap<>();
                List<Object> children = new ArrayList<>();
                Cluster cluster = new Cluster(id, attributes, children);
                into.add(cluster);
                subgraph(attributes, children);
                continue;
            }
            if (first.equals("graph") || first.equals("node") || first.equals("edge")) {
                Map<String, String> ignored = new LinkedHashMap<>();
                attributes(first.equals("graph") ? graphAttributes : ignored);
                continue;
            }
            if (peek().equals("=")) {
                next();
                graphAttributes.put(first, next());
                continue;
            }
            if (peek().equals("->")) {
                next();
                String sink = next();
                Map<String, String> attributes = new LinkedHashMap<>();
                if (peek().equals("[")) {
                    attributes(attributes);
                }
                Edge edge = new Edge(first, sink, attributes);
                edges.add(edge);
                if (into != top) {
                    into.add(edge);
                }
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            if (peek().equals("[")) {
                attributes(attributes);
            }
            Node node = new Node(first, attributes);
            nodes.put(first, node);
            into.add(node);
        }
        next();
    }

    private void subgraph(Map<String, String> attributes, List<Object> children) {
        // "graph [ ... ]" inside a subgraph sets the cluster's own attributes.
        if (peek().equals("graph")) {
            next();
            attributes(attributes);
        }
        statements(children);
    }

    private void attributes(Map<String, String> into) {
        expect("[");
        while (!peek().equals("]")) {
            String key = next();
            if (key.equals(";") || key.equals(",")) {
                continue;
            }
            expect("=");
            into.put(key, next());
        }
        next();
    }

    private String peek() {
        if (at >= tokens.size()) {
            throw new AssertionError("unexpected end of DOT text");
        }
        return tokens.get(at);
    }

    private String next() {
        String token = peek();
        at++;
        return token;
    }

    private void expect(String token) {
        String got = next();
        if (!got.equals(token)) {
            throw new AssertionError("expected " + token + " but found " + got + " at token " + at);
        }
    }

    private static List<String> tokenize(String dot) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < dot.length()) {
            char c = dot.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int start = i++;
                while (dot.charAt(i) != '"') {
                    i += dot.charAt(i) == '\\' ? 2 : 1;
                }
                tokens.add(dot.substring(start, ++i));
            } else if (c == '<') {
                int start = i;
                int depth = 0;
                do {
                    if (dot.charAt(i) == '<') {
                        depth++;
                    } else if (dot.charAt(i) == '>') {
                        depth--;
                    }
                    i++;
                } while (depth > 0);
                tokens.add(dot.substring(start, i));
            } else if (c == '-' && dot.charAt(i + 1) == '>') {
                tokens.add("->");
                i += 2;
            } else if ("{}[]=;,".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < dot.length() && !Character.isWhitespace(dot.charAt(i))
                        && "{}[]=;,\"<".indexOf(dot.charAt(i)) < 0
                        && !(dot.charAt(i) == '-' && i + 1 < dot.length() && dot.charAt(i + 1) == '>')) {
                    i++;
                }
                tokens.add(dot.substring(start, i));
            }
        }
        return tokens;
    }
}
