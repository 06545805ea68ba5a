package dev.tmj.iac.kubernetes;

import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Moves the positions of rendered Helm objects to the template their {@code # Source:} comment names, when that
 * file is found beside the rendered output: in the rendered file's folder or up to three folders above it, directly
 * or under {@code charts/}, or (for {@code helm template .}) in a chart folder whose own templates the path names.
 * The object is located at the first line of its document in the template (the n-th document declaring its
 * {@code kind}, else the n-th document), and each value at the line where the keys of its path appear in order below
 * it (a list index counts the items of that list); a value a Go action writes ({@code {{ toYaml .Values.x }}}) is
 * located at the deepest key of its path the template writes. Without the template, positions stay in the rendered
 * file. A source that is absolute or climbs with {@code ..} is never looked up.
 */
final class HelmTemplates {
    /** How many folders above the rendered file's a chart is looked for (out/, build/k8s/ and the like). */
    private static final int MAX_LEVELS_UP = 3;
    private static final Pattern KEY_LINE = Pattern.compile("^[A-Za-z_\"'][^:#]*:(\\s|$).*");

    private final Map<Path, Optional<List<String>>> templates = new HashMap<>();

    /** The objects of one rendered file, those with a template found located in it. */
    static List<KubernetesObject> locate(Path rendered, List<KubernetesObject> objects) {
        HelmTemplates helm = new HelmTemplates();
        Map<String, Integer> seenBySource = new HashMap<>();
        Map<String, Integer> seenByKind = new HashMap<>();
        List<KubernetesObject> located = new ArrayList<>(objects.size());
        for (KubernetesObject object : objects) {
            if (object.helmSource().isEmpty()) {
                located.add(object);
                continue;
            }
            String source = object.helmSource().get();
            int nth = seenBySource.merge(source, 1, Integer::sum) - 1;
            int nthOfKind = seenByKind.merge(source + "\n" + object.kind(), 1, Integer::sum) - 1;
            located.add(helm.template(rendered, source)
                    .map(t -> t.locate(object, nth, nthOfKind)).orElse(object));
        }
        return located;
    }

    private Optional<Template> template(Path rendered, String source) {
        if (source.startsWith("/") || source.contains("\\") || List.of(source.split("/")).contains("..")) {
            return Optional.empty();
        }
        for (Path candidate : candidates(rendered, source)) {
            Optional<List<String>> lines = templates.computeIfAbsent(candidate, HelmTemplates::lines);
            if (lines.isPresent()) {
                return Optional.of(new Template(candidate.toString().replace('\\', '/'), lines.get()));
            }
        }
        return Optional.empty();
    }

    private static List<Path> candidates(Path rendered, String source) {
        List<Path> candidates = new ArrayList<>();
        String withinChart = source.contains("/") ? source.substring(source.indexOf('/') + 1) : source;
        Path folder = parent(rendered);
        for (int up = 0; folder != null && up <= MAX_LEVELS_UP; up++, folder = folder.getParent()) {
            candidates.add(folder.resolve(source).normalize());
            candidates.add(folder.resolve("charts").resolve(source).normalize());
            if (Files.isRegularFile(folder.resolve("Chart.yaml"))) {
                candidates.add(folder.resolve(withinChart).normalize());
            }
        }
        return candidates;
    }

    private static Path parent(Path file) {
        Path parent = file.getParent();
        return parent != null ? parent : Path.of("");
    }

    private static Optional<List<String>> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > KubernetesManifests.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            return Optional.of(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1)));
        } catch (java.nio.charset.MalformedInputException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template's lines, split into documents at {@code ---}. */
    private record Template(String file, List<String> lines) {
        KubernetesObject locate(KubernetesObject object, int nth, int nthOfKind) {
            List<int[]> documents = documents();
            List<int[]> ofKind = documents.stream().filter(d -> declares(d, object.kind())).toList();
            int[] document = nthOfKind < ofKind.size() ? ofKind.get(nthOfKind)
                    : nth < documents.size() ? documents.get(nth) : documents.get(documents.size() - 1);
            int start = firstKey(document);
            Map<String, SourcePosition> positions = new HashMap<>();
            Map<String, Integer> lineByPath = new HashMap<>();
            lineByPath.put("", start);
            for (String path : new java.util.TreeSet<>(object.positions().keySet())) {
                int line = line(path, document, lineByPath);
                positions.put(path, SourcePosition.of(file, line + 1, indent(line) + 1).at(path));
            }
            SourcePosition at = SourcePosition.of(file, start + 1, 1);
            positions.put("", at);
            return new KubernetesObject(object.apiVersion(), object.kind(), object.namespace(), object.name(),
                    object.body(), at, object.helmSource(), positions);
        }

        /** Documents as [first line, end line) indexes. */
        private List<int[]> documents() {
            List<int[]> documents = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= lines.size(); i++) {
                if (i == lines.size() || lines.get(i).stripTrailing().equals("---")
                        || lines.get(i).startsWith("--- ")) {
                    if (i > start) {
                        documents.add(new int[] {start, i});
                    }
                    start = i + 1;
                }
            }
            if (documents.isEmpty()) {
                documents.add(new int[] {0, lines.size()});
            }
            return documents;
        }

        private boolean declares(int[] document, String kind) {
            for (int i = document[0]; i < document[1]; i++) {
                if (lines.get(i).strip().equals("kind: " + kind)) {
                    return true;
                }
            }
            return false;
        }

        private int firstKey(int[] document) {
            for (int i = document[0]; i < document[1]; i++) {
                if (KEY_LINE.matcher(lines.get(i)).matches()) {
                    return i;
                }
            }
            return document[0];
        }

        /** The line of a path: its parent's line, then the next line writing its key (or list item) below it. */
        private int line(String path, int[] document, Map<String, Integer> lineByPath) {
            Integer known = lineByPath.get(path);
            if (known != null) {
                return known;
            }
            int cut = path.endsWith("\"]") ? path.lastIndexOf("[\"")
                    : Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            String parent = cut <= 0 ? "" : path.substring(0, cut);
            String last = cut < 0 ? path : path.substring(path.charAt(cut) == '.' ? cut + 1 : cut);
            int from = line(parent, document, lineByPath);
            int found = last.startsWith("[") && !last.startsWith("[\"") ? item(last, from, document)
                    : key(last, from, parent.isEmpty(), document);
            int line = found < 0 ? from : found;
            lineByPath.put(path, line);
            return line;
        }

        /** The line writing {@code key} inside the block that starts at {@code from}, or -1. */
        private int key(String key, int from, boolean root, int[] document) {
            String plain = key.startsWith("[\"") ? key.substring(2, key.length() - 2) : key;
            boolean item = lines.get(from).strip().startsWith("- ");
            for (int i = root || item ? from : from + 1; i < document[1]; i++) {
                if (i > from && !root && ends(i, from)) {
                    return -1;
                }
                String text = lines.get(i).strip();
                text = text.startsWith("- ") ? text.substring(2).strip() : text;
                if (text.startsWith(plain + ":") || text.startsWith("\"" + plain + "\":")
                        || text.startsWith("'" + plain + "':")) {
                    return i;
                }
            }
            return -1;
        }

        /** The line of the n-th item ({@code [n]}) of the list below the key at {@code from}, or -1. */
        private int item(String index, int from, int[] document) {
            int wanted;
            try {
                wanted = Integer.parseInt(index.substring(1, index.length() - 1));
            } catch (NumberFormatException e) {
                return -1;
            }
            int itemIndent = -1;
            int count = 0;
            for (int i = from + 1; i < document[1]; i++) {
                String text = lines.get(i).strip();
                boolean isItem = text.startsWith("- ") || text.equals("-");
                if (!isItem && ends(i, from)) {
                    return -1;
                }
                if (isItem) {
                    int indent = indent(i);
                    itemIndent = itemIndent < 0 ? indent : itemIndent;
                    if (indent < itemIndent) {
                        return -1;
                    }
                    if (indent == itemIndent && count++ == wanted) {
                        return i;
                    }
                }
            }
            return -1;
        }

        /** Whether line {@code i} closes the block opened at {@code from}: text indented no deeper than it. */
        private boolean ends(int i, int from) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("{{")) {
                return false;
            }
            return indent(i) <= indent(from);
        }

        private int indent(int line) {
            String text = lines.get(line);
            int indent = 0;
            while (indent < text.length() && text.charAt(indent) == ' ') {
                indent++;
            }
            return indent;
        }
    }
}
