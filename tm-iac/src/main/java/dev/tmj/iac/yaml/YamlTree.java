package dev.tmj.iac.yaml;

import dev.tmj.model.SourcePosition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The documents of a YAML stream as plain trees (Map, List, String, Long, Boolean, null) with the position of every
 * value by its path. Built from snakeyaml-engine's events with an explicit stack, not its composer: nothing recurses
 * on the input's nesting, anchors and aliases are refused before they could be expanded, and every limit is checked
 * where the event arrives. Which local tags ({@code !Ref}) a format accepts is its {@link YamlTags} policy; a tagged
 * node becomes a one-key mapping ({@code !Ref X} reads as {@code {Ref: X}}), so a YAML reader's tree has the shape
 * the same document has in JSON.
 */
public final class YamlTree {
    public static final int MAX_DEPTH = 100;
    public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private static final Set<String> KNOWN_TAGS = Set.of(Tag.STR.getValue(), Tag.INT.getValue(),
            Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.FLOAT.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue());
    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    /**
     * One document: its root value, where it starts, and the position of every value by path ("" = the root;
     * {@code a.b[0]}, {@code a["b.c"]}: see {@link #join}). A JSON reader that builds the same shape returns one too.
     */
    public record Document(Object root, SourcePosition start, Map<String, SourcePosition> positions,
            Map<String, SourcePosition> keys) {
        /** A document without key positions. */
        public Document(Object root, SourcePosition start, Map<String, SourcePosition> positions) {
            this(root, start, positions, Map.of());
        }

        /**
         * Where the entry naming the value at {@code path} starts: its key ({@code MyBucket:} rather than the
         * {@code Type:} line below it), else the value itself, else the nearest enclosing value; null when the
         * document has none of them.
         */
        public SourcePosition entryAt(String path) {
            for (String p = path; ; p = parent(p)) {
                SourcePosition found = keys.get(p);
                if (found == null) {
                    found = positions.get(p);
                }
                if (found != null || p.isEmpty()) {
                    return found == null ? null : found.at(path);
                }
            }
        }
    }

    private final String file;
    private final YamlTags tags;
    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
    private final Map<String, SourcePosition> keys = new java.util.HashMap<>();
    private final Deque<Open> stack = new ArrayDeque<>();
    private Object root;

    private YamlTree(String file, YamlTags tags) {
        this.file = file;
        this.tags = tags;
    }

    /** A collection being filled: its value, its path, and for a mapping the key waiting for its value. */
    private static final class Open {
        final Object value;
        final String path;
        String pendingKey;
        SourcePosition pendingKeyAt;
        /** The path of the pending key's value, made once for the key's position and again for the value's. */
        String pendingKeyPath;

        Open(Object value, String path) {
            this.value = value;
            this.path = path;
        }
    }

    /**
     * The documents of a YAML text; {@code file} names it in positions and errors.
     *
     * @throws YamlException at the fault: invalid YAML, an anchor or alias, a tag {@code tags} refuses, a duplicate
     *     key, nesting deeper than {@link #MAX_DEPTH} or a text longer than {@link #MAX_CODE_POINTS}
     */
    public static List<Document> read(String file, String text, YamlTags tags) throws YamlException {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(0).setAllowDuplicateKeys(false).build();
        List<Document> documents = new ArrayList<>();
        YamlTree current = null;
        SourcePosition last = SourcePosition.of(file, 1, 1);
        try {
            ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
            while (parser.hasNext()) {
                Event event = parser.next();
                last = event.getStartMark().map(m -> position(file, m)).orElse(last);
                switch (event.getEventId()) {
                    case DocumentStart -> current = new YamlTree(file, tags);
                    case DocumentEnd -> {
                        SourcePosition start = current.positions.getOrDefault("", last);
                        documents.add(new Document(current.root, start,
                                Collections.unmodifiableMap(current.positions),
                                Collections.unmodifiableMap(current.keys)));
                        current = null;
                    }
                    case Alias -> throw new YamlException(last,
                            "YAML aliases are not accepted (no alias bombs): write the value out");
                    case Scalar, SequenceStart, MappingStart -> current.node((NodeEvent) event, last);
                    case SequenceEnd, MappingEnd -> current.stack.pop();
                    default -> {
                        // StreamStart, StreamEnd, Comment: nothing to build
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            SourcePosition at = e.getProblemMark().or(e::getContextMark).map(m -> position(file, m)).orElse(last);
            throw new YamlException(at, "invalid YAML: " + describe(e));
        } catch (YamlEngineException e) {
            throw new YamlException(last, "invalid YAML: " + firstLine(e.getMessage()));
        }
        return documents;
    }

    private void node(NodeEvent event, SourcePosition at) throws YamlException {
        if (event.getAnchor().isPresent()) {
            throw new YamlException(at, "YAML anchors are not accepted (no alias bombs): write the value out");
        }
        String path;
        if (stack.isEmpty()) {
            path = "";
        } else {
            Open parent = stack.peek();
            if (parent.value instanceof List<?> list) {
                path = parent.path + "[" + list.size() + "]";
            } else if (parent.pendingKey == null) {
                if (!(event instanceof ScalarEvent scalar)) {
                    throw new YamlException(at, "expected a scalar mapping key, found a collection");
                }
                String key = String.valueOf(scalar(scalar, at));
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) parent.value;
                if (map.containsKey(key)) {
                    throw new YamlException(at, "duplicate key \"" + key + "\"");
                }
                parent.pendingKey = key;
                parent.pendingKeyAt = at;
                parent.pendingKeyPath = join(parent.path, key);
                keys.put(parent.pendingKeyPath, at.at(parent.pendingKeyPath));
                return;
            } else {
                path = parent.pendingKeyPath;
            }
        }
        Optional<String> local = localTag(event);
        if (local.isPresent()) {
            // !Ref X is {Ref: X}: the node sits below a one-key mapping at the tagged node's path
            String key = tags.keyOf(local.get()).orElseThrow(() -> new YamlException(at,
                    "unknown YAML tag " + local.get() + ": " + tags.refusal()));
            Map<String, Object> wrapper = new LinkedHashMap<>();
            positions.put(path, at.at(path));
            add(wrapper);
            stack.push(new Open(wrapper, path));
            stack.peek().pendingKey = key;
            path = join(path, key);
        }
        Object value;
        if (event instanceof ScalarEvent scalar) {
            value = local.isPresent() ? scalar.getValue() : scalar(scalar, at);
        } else {
            if (stack.size() >= MAX_DEPTH) {
                throw new YamlException(at, "nested deeper than " + MAX_DEPTH + " levels");
            }
            value = event.getEventId() == Event.ID.MappingStart ? new LinkedHashMap<String, Object>()
                    : new ArrayList<>();
        }
        positions.put(path, at.at(path));
        add(value);
        if (local.isPresent()) {
            stack.pop(); // the wrapper is complete: it holds one value
        }
        if (!(event instanceof ScalarEvent)) {
            stack.push(new Open(value, path));
        }
    }

    /** The node's local tag ({@code !Ref}), empty for none, the non-specific {@code !} or a core schema tag. */
    private static Optional<String> localTag(NodeEvent event) {
        Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                : ((CollectionStartEvent) event).getTag();
        return tag.filter(t -> !t.equals("!") && !KNOWN_TAGS.contains(t));
    }

    @SuppressWarnings("unchecked")
    private void add(Object value) {
        if (stack.isEmpty()) {
            root = value;
            return;
        }
        Open parent = stack.peek();
        if (parent.value instanceof List<?> list) {
            ((List<Object>) list).add(value);
        } else {
            ((Map<String, Object>) parent.value).put(parent.pendingKey, value);
            parent.pendingKey = null;
        }
    }

    /** A scalar as the YAML 1.2 core schema reads it; floats stay text (quantities like 0.5 keep their spelling). */
    private static Object scalar(ScalarEvent event, SourcePosition at) throws YamlException {
        String text = event.getValue();
        Tag resolved = event.isPlain() ? resolve(text) : Tag.STR;
        if (event.getTag().isPresent() && !event.getTag().get().equals("!")) {
            String tag = event.getTag().get();
            if (!KNOWN_TAGS.contains(tag)) {
                throw new YamlException(at, "a tag on a mapping key is not accepted: " + tag);
            }
            if (tag.equals(Tag.STR.getValue())) {
                return text;
            }
            if (!tag.equals(RESOLVER.resolve(text, true).getValue())) {
                throw new YamlException(at, "\"" + text + "\" is not a valid " + tag);
            }
            resolved = RESOLVER.resolve(text, true);
        }
        if (resolved.equals(Tag.NULL)) {
            return null;
        }
        if (resolved.equals(Tag.BOOL)) {
            return Boolean.valueOf(text.equalsIgnoreCase("true"));
        }
        if (resolved.equals(Tag.INT)) {
            return integer(text);
        }
        return text;
    }

    /**
     * The core schema's tag of a plain scalar, as its resolver gives it. The resolver tries regular expressions chosen
     * by the first character (digits and signs for numbers, {@code t f T F} for booleans, {@code n} for null ...), and
     * for any other text one that matches only the empty text; a word that starts with another letter, most of a
     * manifest's keys and values, is a string without building a matcher (which was a tenth of reading 1,000
     * Kubernetes objects).
     */
    static Tag resolve(String text) {
        if (!text.isEmpty()) {
            char first = text.charAt(0);
            if ((first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') && "tfnTFN".indexOf(first) < 0) {
                return Tag.STR;
            }
        }
        return RESOLVER.resolve(text, true);
    }

    /** A core-schema integer (decimal, 0o octal, 0x hex) as a Long; beyond a Long, its text. */
    private static Object integer(String text) {
        try {
            if (text.startsWith("0x")) {
                return Long.parseLong(text.substring(2), 16);
            }
            if (text.startsWith("0o")) {
                return Long.parseLong(text.substring(2), 8);
            }
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The path of the value that holds {@code path}'s value ({@code a.b[0]} → {@code a.b}); "" for the root. */
    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        if (path.endsWith("\"]")) {
            cut = path.lastIndexOf("[\"");
        }
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** {@code a.b}, or {@code a["b.c"]} when the key would make the path ambiguous. */
    public static String join(String path, String key) {
        boolean plain = !key.isEmpty();
        for (int i = 0; plain && i < key.length(); i++) {
            char c = key.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == '$';
        }
        if (plain) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static SourcePosition position(String file, Mark mark) {
        return SourcePosition.of(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = context.isEmpty() ? problem : problem + " (" + context + ")";
        return firstLine(text.isBlank() ? e.getClass().getSimpleName() : text);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
