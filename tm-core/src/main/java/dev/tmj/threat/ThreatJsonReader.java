package dev.tmj.threat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.tmj.condition.Condition;
import dev.tmj.condition.ConditionException;
import dev.tmj.model.ElementType;
import dev.tmj.model.Excerpt;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads pytm's threats.json with Jackson's streaming parser, so that every error can name the line and
 * column of the entry or field at fault. Errors quote the input only as a short {@link Excerpt}: a library may be
 * any file (a secret, if a model could choose it), and a CI log must not receive it.
 */
final class ThreatJsonReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> KEYS = Set.of("SID", "id", "target", "description", "details",
            "Likelihood Of Attack", "likelihood", "severity", "condition", "prerequisites", "mitigations",
            "example", "references", "DEPRECATED", "stride", "classifications", "evidence", "linddun");

    private final String source;
    private final JsonParser parser;

    private ThreatJsonReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    static List<Threat> read(InputStream in, String source) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            return new ThreatJsonReader(source, parser).entries();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ThreatLibraryException(source, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "malformed JSON: " + Excerpt.parserMessage(e.getOriginalMessage()));
        }
    }

    private List<Threat> entries() throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw error(parser.currentTokenLocation(), "expected a JSON array of threats");
        }
        List<Threat> threats = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw error(parser.currentTokenLocation(), "expected a threat object");
            }
            Threat threat = entry();
            if (threat != null) {
                threats.add(threat);
            }
        }
        if (parser.nextToken() != null) {
            throw error(parser.currentTokenLocation(), "unexpected content after the threat array");
        }
        return threats;
    }

    private Threat entry() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        Map<String, Object> fields = new HashMap<>();
        Map<String, JsonLocation> locations = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            if (!KEYS.contains(key)) {
                throw error(keyAt, "unknown key " + Excerpt.quoted(key) + " in threat"
                        + Suggestions.closest(key, KEYS).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
            }
            parser.nextToken();
            locations.put(key, parser.currentTokenLocation());
            fields.put(key, value(key));
        }
        if (fields.containsKey("DEPRECATED")) {
            return null;
        }
        Object sid = fields.containsKey("id") ? fields.get("id") : fields.get("SID");
        if (!(sid instanceof String id) || id.isBlank()) {
            throw error(start, "threat without a \"SID\"");
        }
        Set<ElementType> targets = targets(fields.get("target"), locations.get("target"), id);
        String conditionText = fields.containsKey("condition") ? text(fields, "condition") : "True";
        Condition condition;
        try {
            condition = Condition.compile(conditionText, targets);
        } catch (ConditionException e) {
            JsonLocation at = locations.get("condition");
            throw new ThreatLibraryException(source, at.getLineNr(), at.getColumnNr(),
                    e.forThreat(Excerpt.of(id)).getMessage());
        }
        Threat.Texts texts = new Threat.Texts(text(fields, "description"), text(fields, "details"),
                fields.containsKey("likelihood") ? text(fields, "likelihood") : text(fields, "Likelihood Of Attack"),
                text(fields, "severity"), text(fields, "prerequisites"), text(fields, "mitigations"),
                text(fields, "example"), text(fields, "references"), text(fields, "stride"),
                strings(fields.get("classifications")), linddun(fields, locations.get("linddun")));
        String evidence = text(fields, "evidence");
        if (!evidence.isEmpty() && !evidence.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            JsonLocation at = locations.get("evidence");
            throw error(at, "\"evidence\" must name one attribute of the element, such as \"iacAdminPort\"");
        }
        return new Threat(id, targets, condition, texts,
                new SourceLocation(source, start.getLineNr(), start.getColumnNr()), evidence);
    }

    /** tmj's extension: a privacy threat's LINDDUN category, spelt as {@link Linddun#label()}. */
    private String linddun(Map<String, Object> fields, JsonLocation at) {
        String category = text(fields, "linddun");
        if (!category.isEmpty() && Linddun.byLabel(category).isEmpty()) {
            throw error(at, "unknown LINDDUN category " + Excerpt.quoted(category)
                    + Suggestions.closest(category, Linddun.labels()).map(s -> "; did you mean \"" + s + "\"?")
                            .orElse("") + "; the categories are " + String.join(", ", Linddun.labels()));
        }
        return category;
    }

    private Object value(String key) throws IOException {
        JsonToken token = parser.currentToken();
        JsonLocation at = parser.currentTokenLocation();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    throw error(parser.currentTokenLocation(), "\"" + key + "\" must list strings");
                }
                items.add(parser.getText());
            }
            return items;
        }
        if (key.equals("DEPRECATED")) {
            parser.skipChildren();
            return Boolean.TRUE;
        }
        throw error(at, "\"" + key + "\" must be a string" + (key.equals("target") ? " or a list of strings" : ""));
    }

    private Set<ElementType> targets(Object target, JsonLocation at, String sid) {
        List<String> names = target == null ? List.of("Element")
                : target instanceof String s ? List.of(s) : castList(target);
        Set<ElementType> types = EnumSet.noneOf(ElementType.class);
        for (String name : names) {
            ElementType type = ElementType.byPytmName(name).orElseThrow(() -> error(at, "threat " + Excerpt.of(sid)
                    + " targets unknown class " + Excerpt.quoted(name)
                    + Suggestions.closest(name, Arrays.stream(ElementType.values()).map(ElementType::pytmName)
                            .toList()).map(s -> "; did you mean \"" + s + "\"?").orElse("")));
            types.add(type);
        }
        return types;
    }

    private String text(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        return String.join(", ", castList(value));
    }

    private static List<String> strings(Object value) {
        return value == null ? List.of() : value instanceof String s ? List.of(s) : castList(value);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private ThreatLibraryException error(JsonLocation at, String message) {
        return new ThreatLibraryException(source, at.getLineNr(), at.getColumnNr(), message);
    }
}
