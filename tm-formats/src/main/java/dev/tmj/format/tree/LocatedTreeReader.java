package dev.tmj.format.tree;

import dev.tmj.format.json.ReadLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.tmj.model.Excerpt;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses JSON or YAML with Jackson's streaming parser into a {@link LocatedNode} tree that keeps the line, column
 * and path of every value and key. Every problem becomes a {@link SourceException}: malformed input, a duplicate
 * key, content after the document.
 */
public final class LocatedTreeReader {
    /** The tags of YAML's core schema, which say only what the value already is. */
    private static final Set<String> CORE_TAGS = Set.of("tag:yaml.org,2002:str",
            "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "!");

    public enum Syntax {
        JSON("JSON"), YAML("YAML");

        private final String label;

        Syntax(String label) {
            this.label = label;
        }
    }

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(ReadLimits.MAX_FILE_BYTES)
            .maxStringLength(ReadLimits.MAX_FILE_BYTES)
            // one more than tmj's own check, so that tmj's message (with the path) is the one a user sees
            .maxNestingDepth(ReadLimits.MAX_DEPTH + 1)
            .build();
    private static final JsonFactory JSON = new LocatedJsonReader(
            new com.fasterxml.jackson.core.JsonFactoryBuilder().streamReadConstraints(CONSTRAINTS));
    private static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS)
            .loaderOptions(yamlOptions()).build();

    /**
     * What a YAML alias ({@code *name}) and merge key ({@code <<: *name}) do: tmj's own formats refuse them; another
     * tool's format that uses them (Threagile's examples) expands them, within {@link #MAX_ALIASED_VALUES}.
     */
    public enum Aliases { REFUSE, EXPAND }

    /** The most values aliases may repeat in one document, so that nested aliases cannot explode ("billion laughs"). */
    public static final long MAX_ALIASED_VALUES = 100_000;

    private final JsonParser parser;
    private final String file;
    private final Syntax syntax;
    private final Aliases aliases;
    private final Map<String, LocatedNode> anchors = new HashMap<>();
    private final Map<LocatedNode, Long> sizes = new IdentityHashMap<>();
    private long aliased;

    private LocatedTreeReader(JsonParser parser, String file, Syntax syntax, Aliases aliases) {
        this.parser = parser;
        this.file = file;
        this.syntax = syntax;
        this.aliases = aliases;
    }

    /** JSON when the first non-blank character is '{', otherwise YAML. */
    public static Syntax detect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{' ? Syntax.JSON : Syntax.YAML;
        }
        return Syntax.YAML;
    }

    private static LoaderOptions yamlOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(ReadLimits.MAX_FILE_BYTES);
        return options;
    }

    /**
     * Parses one document; a YAML text is first checked against {@link ReadLimits#MAX_YAML_LINE_CHARS} and
     * {@link ReadLimits#MAX_FILE_BYTES}, in one linear pass, before SnakeYAML scans it.
     */
    public static LocatedNode read(String text, String file, Syntax syntax) {
        return read(text, file, syntax, Aliases.REFUSE);
    }

    /** {@link #read(String, String, Syntax)}, with YAML aliases and merge keys refused or expanded. */
    public static LocatedNode read(String text, String file, Syntax syntax, Aliases aliases) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (syntax == Syntax.YAML) {
            checkYamlSize(body, file);
        }
        JsonParser parser = null;
        try {
            parser = (syntax == Syntax.JSON ? JSON : YAML).createParser(body);
            return new LocatedTreeReader(parser, file, syntax, aliases).document();
        } catch (JsonProcessingException e) {
            // a StreamConstraintsException has no location of its own: the parser's is where it stopped
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            JsonParser from = e.getProcessor() instanceof JsonParser p ? p : parser;
            String where = contextPath(from == null ? null : from.getParsingContext());
            String problem = e instanceof StreamConstraintsException
                    ? syntax.label + " over a limit: " + oneLine(e.getOriginalMessage())
                            .replaceAll(", from `[^`]*`\\)", ")")
                    : "malformed " + syntax.label + ": " + Excerpt.parserMessage(oneLine(e.getOriginalMessage()));
            throw new SourceException(SourcePosition.of(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()).at(where), problem);
        } catch (IOException e) {
            throw new SourceException(file, 0, 0, "cannot read the model: " + e.getMessage());
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // a parser over a String has nothing to release
                }
            }
        }
    }

    private static void checkYamlSize(String text, String file) {
        if (text.length() > ReadLimits.MAX_FILE_BYTES) {
            throw new SourceException(file, 0, 0, ReadLimits.fileTooLarge());
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ReadLimits.isYamlLineBreak(c)) {
                if (!(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                    line++;
                }
                lineStart = i + 1;
            } else if (i - lineStart >= ReadLimits.MAX_YAML_LINE_CHARS) {
                throw new SourceException(file, line, i - lineStart + 1, ReadLimits.yamlLineTooLong());
            }
        }
    }

    private LocatedNode document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new SourceException(file, 1, 1, "the document is empty; expected a model object");
        }
        LocatedNode root = value(null, null, -1, 1);
        JsonToken after = parser.nextToken();
        if (after != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new SourceException(file, at.getLineNr(), at.getColumnNr(), "unexpected content after the model"
                    + (syntax == Syntax.YAML ? " (one YAML document per file)" : ""));
        }
        return root;
    }

    /** The value at the current token, remembered by its anchor when it has one; leaves the parser on its last token. */
    private LocatedNode value(LocatedNode parent, String key, int index, int depth) throws IOException {
        String anchor = aliases == Aliases.EXPAND && parser instanceof YAMLParser yaml && !yaml.isCurrentAlias()
                ? yaml.getObjectId() : null;
        LocatedNode node = plainValue(parent, key, index, depth);
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    /** An alias: the anchored value itself (shared, not copied), counted against {@link #MAX_ALIASED_VALUES}. */
    private LocatedNode alias(String name, String path, int line, int column) {
        LocatedNode target = anchors.get(name);
        if (target == null) {
            throw new SourceException(SourcePosition.of(file, line, column).at(path), "YAML alias *"
                    + Excerpt.of(name, 60) + " names no anchor before it");
        }
        aliased += size(target);
        if (aliased > MAX_ALIASED_VALUES) {
            throw new SourceException(SourcePosition.of(file, line, column).at(path), "YAML aliases repeat "
                    + "more than " + MAX_ALIASED_VALUES + " values, more than any model needs");
        }
        return target;
    }

    private long size(LocatedNode node) {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        long size = 1;
        for (LocatedNode.Field f : node.fields()) {
            size += size(f.value());
        }
        for (LocatedNode item : node.items()) {
            size += size(item);
        }
        sizes.put(node, size);
        return size;
    }

    /** Up to this many keys, an object's keys are checked for duplicates by a search rather than a map. */
    private static final int SMALL_OBJECT = 16;

    /** The line of the key among these fields, or null; hashes first (each String keeps its own, equals is a call). */
    private static Integer firstLine(List<LocatedNode.Field> fields, String key) {
        for (int i = 0, hash = key.hashCode(); i < fields.size(); i++) {
            if (fields.get(i).key().hashCode() == hash && fields.get(i).key().equals(key)) {
                return fields.get(i).line();
            }
        }
        return null;
    }

    /** The fields' keys by line: the map that {@link #merge} and the checks of a large object keep. */
    private static Map<String, Integer> firstLines(List<LocatedNode.Field> fields) {
        Map<String, Integer> lines = new HashMap<>();
        fields.forEach(f -> lines.putIfAbsent(f.key(), f.line()));
        return lines;
    }

    /** The fields a merge key ({@code <<: *base} or {@code <<: [*a, *b]}) adds that the object does not set itself. */
    private void merge(List<LocatedNode.Field> fields, LocatedNode.Field merge, Map<String, Integer> seen) {
        LocatedNode value = merge.value();
        List<LocatedNode> sources = value.is(LocatedNode.Kind.ARRAY) ? value.items() : List.of(value);
        for (LocatedNode source : sources) {
            if (!source.is(LocatedNode.Kind.OBJECT)) {
                throw new SourceException(SourcePosition.of(file, source.line(), source.column()).at(source.path()),
                        "a YAML merge key (<<) takes a mapping or a list of mappings, not " + source.describe());
            }
            for (LocatedNode.Field f : source.fields()) {
                if (seen.putIfAbsent(f.key(), f.line()) == null) {
                    fields.add(f);
                }
            }
        }
    }

    /**
     * The value at the current token, as the {@code key} (or item {@code index}) of {@code parent}, null for the
     * document itself. A value is made before its children, which point to it for their path.
     */
    private LocatedNode plainValue(LocatedNode parent, String key, int index, int depth) throws IOException {
        int line;
        int column;
        if (parser instanceof LocatedJsonReader.KeyPositionReader json) {
            // read without a JsonLocation per value (a million at 50,000 flows)
            line = json.tokenLine();
            column = json.tokenColumn();
        } else {
            JsonLocation at = parser.currentTokenLocation();
            line = at.getLineNr();
            column = at.getColumnNr();
        }
        JsonToken token = parser.currentToken();
        if (depth > ReadLimits.MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            throw new SourceException(SourcePosition.of(file, line, column).at(LocatedNode.pathOf(parent, key, index)),
                    "objects and lists nest more than " + ReadLimits.MAX_DEPTH + " levels deep, more than any model needs");
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias() && aliases == Aliases.EXPAND) {
            return alias(yaml.getText(), LocatedNode.pathOf(parent, key, index), line, column);
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson gives an alias as a string holding its name; resolving it would invite "billion laughs"
            throw new SourceException(SourcePosition.of(file, line, column).at(LocatedNode.pathOf(parent, key, index)), "YAML alias *"
                    + yaml.getText() + " is not supported: tmj models use no anchors and aliases; write the value"
                    + " out in full");
        }
        if (parser instanceof YAMLParser yaml && yaml.getTypeId() != null && !CORE_TAGS.contains(yaml.getTypeId())) {
            // a tag such as !!python/object would be read as the plain value after it: say so rather than guess
            throw new SourceException(SourcePosition.of(file, line, column).at(LocatedNode.pathOf(parent, key, index)), "YAML tag "
                    + Excerpt.of(yaml.getTypeId(), 60) + " is not supported: tmj reads plain YAML values; remove"
                    + " the tag");
        }
        // if-chains, not switches: a switch over a Jackson enum compiles to a synthetic class that uses Jackson.
        if (token == JsonToken.START_OBJECT) {
            List<LocatedNode.Field> fields = new ArrayList<>();
            LocatedNode object = LocatedNode.object(parent, key, index, line, column, fields);
            // The keys so far by line, for duplicates: the fields themselves are searched until an object is large.
            Map<String, Integer> seen = null;
            List<LocatedNode.Field> merges = List.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int keyLine;
                int keyColumn;
                if (parser instanceof LocatedJsonReader.KeyPositionReader json) {
                    keyLine = json.tokenLine();
                    keyColumn = json.tokenColumn();
                } else {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    keyLine = keyAt.getLineNr();
                    keyColumn = keyAt.getColumnNr();
                }
                if (aliases == Aliases.EXPAND && name.equals("<<")) {
                    parser.nextToken();
                    if (merges.isEmpty()) {
                        merges = new ArrayList<>();
                    }
                    merges.add(new LocatedNode.Field(name, keyLine, keyColumn,
                            value(object, name, -1, depth + 1)));
                    continue;
                }
                if (seen == null && fields.size() == SMALL_OBJECT) {
                    seen = firstLines(fields);
                }
                Integer first = seen != null ? seen.putIfAbsent(name, keyLine) : firstLine(fields, name);
                if (first != null) {
                    throw new SourceException(SourcePosition.of(file, keyLine, keyColumn)
                            .at(LocatedNode.child(object.path(), name)), "duplicate key \"" + name
                                    + "\" (first given on line " + first + ")");
                }
                parser.nextToken();
                fields.add(new LocatedNode.Field(name, keyLine, keyColumn,
                        value(object, name, -1, depth + 1)));
            }
            for (int m = 0; m < merges.size(); m++) { // by index: no iterator for each of a large model's objects
                if (seen == null) {
                    seen = firstLines(fields);
                }
                merge(fields, merges.get(m), seen);
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<LocatedNode> items = new ArrayList<>();
            LocatedNode array = LocatedNode.array(parent, key, index, line, column, items);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(array, null, items.size(), depth + 1));
            }
            return array;
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser instanceof LocatedJsonReader.KeyPositionReader json ? json.sharedText()
                    : parser.getText();
            return LocatedNode.scalar(LocatedNode.Kind.STRING, parent, key, index, line, column, text);
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = parser.getNumberType();
            Object number = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
                    ? (Object) parser.getLongValue() : parser.getBigIntegerValue();
            return LocatedNode.scalar(LocatedNode.Kind.INTEGER, parent, key, index, line, column, number);
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return LocatedNode.scalar(LocatedNode.Kind.DECIMAL, parent, key, index, line, column, parser.getText());
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return LocatedNode.scalar(LocatedNode.Kind.BOOLEAN, parent, key, index, line, column, token == JsonToken.VALUE_TRUE);
        }
        if (token == JsonToken.VALUE_NULL) {
            return LocatedNode.scalar(LocatedNode.Kind.NULL, parent, key, index, line, column, null);
        }
        throw new SourceException(SourcePosition.of(file, line, column).at(LocatedNode.pathOf(parent, key, index)),
                "unsupported " + syntax.label + " value (" + token + ")");
    }

    /**
     * The path of the object or list the parser was in, as {@code flows[2]}. The innermost object's current key
     * is left out: when the input breaks, it is often the key before the fault, not the one at fault.
     */
    private static String contextPath(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null && c != context) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * The parser's message on one line. SnakeYAML's messages span lines ("while parsing a flow sequence", the
     * position and a snippet with a caret, then the problem); the positions and snippets are dropped, since the
     * exception names the position, and the rest is joined with "; ".
     */
    public static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        List<String> parts = new ArrayList<>();
        String[] lines = message.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.matches("in '.*', line \\d+, column \\d+:?")) {
                i += line.endsWith(":") ? 2 : 0;
            } else if (!line.isEmpty()) {
                parts.add(line);
            }
        }
        // Jackson names SnakeYAML's events by their Java class; a user knows them as a mapping or a list
        return String.join("; ", parts)
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.MappingStartEvent\\([^>]*\\)>", "a mapping")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.SequenceStartEvent\\([^>]*\\)>", "a list")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^>]*\\)>", "$1");
    }
}
