package dev.tmj.cli;

import dev.tmj.model.Action;
import dev.tmj.model.Attribute;
import dev.tmj.model.Classification;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.ElementType;
import dev.tmj.model.Lifetime;
import dev.tmj.model.Schema;
import dev.tmj.model.Schemas;
import dev.tmj.model.SourceException;
import dev.tmj.model.Suggestions;
import dev.tmj.model.TLSVersion;
import dev.tmj.python.value.Py;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** pytm's {@code --describe} and {@code --list-elements}, read from tmj's schemas. */
final class Describer {
    private static final Map<String, Schema> SCHEMAS = new LinkedHashMap<>();
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();
    private static final Map<String, String> OTHER_SUMMARIES = Map.of(
            "Action", "What the model check does with duplicate dataflows.",
            "Classification", "How sensitive data is, from UNKNOWN to TOP_SECRET (ordered).",
            "Data", "A piece of data that flows through the system.",
            "Lifetime", "How long credentials live and how they are revoked.",
            "TLSVersion", "TLS protocol versions, from NONE to TLSv13 (ordered).");

    static {
        Arrays.stream(ElementType.values()).forEach(t -> SCHEMAS.put(t.pytmName(), t.schema()));
        List.of(Schemas.DATA, Schemas.CONTROLS, Schemas.FINDING, Schemas.ASSUMPTION, Schemas.THREAT, Schemas.TM)
                .forEach(s -> SCHEMAS.put(s.typeName(), s));
        ENUMS.put("Action", Action.class);
        ENUMS.put("Classification", Classification.class);
        ENUMS.put("DatastoreType", DatastoreType.class);
        ENUMS.put("Lifetime", Lifetime.class);
        ENUMS.put("TLSVersion", TLSVersion.class);
    }

    private Describer() {
    }

    /** Prints the attributes of the named classes, as pytm's {@code --describe "Server Dataflow"} does. */
    static void describe(String names, PrintWriter out) {
        for (String name : names.trim().split("\\s+")) {
            Schema schema = SCHEMAS.get(name);
            Class<? extends Enum<?>> enumClass = ENUMS.get(name);
            if (schema == null && enumClass == null) {
                List<String> known = new ArrayList<>(SCHEMAS.keySet());
                known.addAll(ENUMS.keySet());
                throw new SourceException("--describe", 0, 0, "no such class to describe: " + name
                        + Suggestions.closest(name, known).map(s -> "; did you mean " + s + "?")
                                .orElse("; classes are " + String.join(", ", known)));
            }
            out.println(name + " class attributes:");
            if (schema != null) {
                describe(schema, out);
            } else {
                Arrays.stream(enumClass.getEnumConstants()).forEach(m -> out.println("  " + m.name()));
            }
            out.println();
        }
    }

    private static void describe(Schema schema, PrintWriter out) {
        // pytm's --describe lists pytm's attributes only; tmj's extensions are documented in docs/model-format.md
        List<Attribute> attributes = new ArrayList<>(schema.attributes().stream().filter(a -> !a.extension()).toList());
        attributes.sort(Comparator.comparing(Attribute::name));
        int width = attributes.stream().mapToInt(a -> a.name().length()).max().orElse(0) + 2;
        String continuation = System.lineSeparator() + " ".repeat(width + 2);
        for (Attribute a : attributes) {
            List<String> docs = new ArrayList<>();
            docs.add(a.description());
            docs.add(a.required() ? "required" : defaultText(a));
            out.println("  " + pad(a.name(), width) + String.join(continuation, docs));
        }
    }

    private static String defaultText(Attribute a) {
        return switch (a.type()) {
            case CONTROLS -> "default factory: Controls";
            case DATA_SET -> "default factory: DataSet";
            case LEVELS -> "default: {0}";
            case STRING_SET -> "default factory: set";
            case DATAFLOWS, ELEMENTS, OVERRIDES, ASSUMPTIONS, FINDINGS, STRINGS -> "default factory: list";
            default -> "default: " + Py.repr(a.defaultValue());
        };
    }

    /** pytm's {@code --list-elements}: element classes, then the value classes. */
    static void listElements(PrintWriter out) {
        out.println("Elements:");
        List<ElementType> types = Arrays.stream(ElementType.values()).filter(t -> t != ElementType.ELEMENT)
                .sorted(Comparator.comparing(ElementType::pytmName)).toList();
        int width = types.stream().mapToInt(t -> t.pytmName().length()).max().orElse(0);
        types.forEach(t -> out.println(pad(t.pytmName(), width) + " -- " + t.summary()));
        out.println();
        out.println("Attributes:");
        int otherWidth = OTHER_SUMMARIES.keySet().stream().mapToInt(String::length).max().orElse(0);
        OTHER_SUMMARIES.keySet().stream().sorted()
                .forEach(n -> out.println(pad(n, otherWidth) + " -- " + OTHER_SUMMARIES.get(n)));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
