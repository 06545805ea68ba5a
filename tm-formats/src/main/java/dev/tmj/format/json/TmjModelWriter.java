package dev.tmj.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.ValueType;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.tmj.io.AppendableWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a model in tmj's own format (docs/model-format.md), as JSON or YAML: the {@code tmj: 1} version
 * marker, the model's settings, then {@code boundaries}, {@code elements}, {@code data} and {@code dataflows}.
 * Only what the model set is written, in schema order, and references are names, or generated {@code id}s
 * where names repeat; the same model always gives the same text, and {@link TmjModelReader} reads it back to
 * an equal model.
 */
public final class TmjModelWriter {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private final Model model;
    private final JsonGenerator g;
    private final Map<Object, String> ids = new IdentityHashMap<>();
    private final List<Element> boundaries = new ArrayList<>();
    private final List<Element> nodes = new ArrayList<>();
    private final List<Element> flows = new ArrayList<>();

    private TmjModelWriter(Model model, JsonGenerator g) {
        this.model = model;
        this.g = g;
        for (Element e : model.elements()) {
            (e.type() == ElementType.BOUNDARY ? boundaries : e.type() == ElementType.DATAFLOW ? flows : nodes).add(e);
        }
        assignIds();
    }

    /**
     * Writes the model as pretty-printed JSON (two-space indent, one line per value, a final newline).
     *
     * @throws dev.tmj.model.ModelException when the text would exceed {@link ReadLimits#MAX_FILE_BYTES}
     */
    public static void writeJson(Model model, Appendable out) {
        Writer writer = LimitedWriter.json(AppendableWriter.of(out));
        try (JsonGenerator g = JSON.createGenerator(writer)) {
            g.setPrettyPrinter(EscapingJsonWriter.twoSpaceIndent());
            new TmjModelWriter(model, g).writeModel();
            g.flush();
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the model as YAML (block style, strings quoted only where YAML needs it).
     *
     * @throws dev.tmj.model.ModelException when the text would exceed {@link ReadLimits#MAX_FILE_BYTES} or have a
     *     line longer than {@link ReadLimits#MAX_YAML_LINE_CHARS}, so that {@link TmjModelReader} always reads
     *     back what this writes
     */
    public static void writeYaml(Model model, Appendable out) {
        Writer writer = LimitedWriter.yaml(AppendableWriter.of(out));
        try (JsonGenerator g = YAML.createGenerator(writer)) {
            new TmjModelWriter(model, g).writeModel();
            g.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The attributes of a model's objects as tmj's format writes them, for the writers of other tools' formats that
     * carry them where their own format has no place (OTM's {@code attributes}): a reference is the name, or the
     * generated id where names repeat ({@link AttributeWriter#ref}).
     */
    @SuppressWarnings("exports")
    public static AttributeWriter attributeWriter(Model model, JsonGenerator generator) {
        TmjModelWriter writer = new TmjModelWriter(model, generator);
        return new AttributeWriter() {
            @Override
            public boolean hasAttributes(ModelObject object, Set<String> skip) {
                for (Attribute attribute : object.schema().attributes()) {
                    if (skip.contains(attribute.name()) || attribute.type() == ValueType.FINDINGS) {
                        continue;
                    }
                    if (attribute.type() == ValueType.CONTROLS ? hasControls((Controls) object.get(attribute.name()))
                            : object.isSet(attribute.name())) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void write(ModelObject object, Set<String> skip) throws IOException {
                writer.writeAttributes(object, skip);
            }

            @Override
            public String ref(Object object) {
                return writer.ref(object);
            }
        };
    }

    /** Writes a model object's attributes into the object a generator is in: see {@link #attributeWriter}. */
    public interface AttributeWriter {
        /** Whether the object set any attribute but those skipped (controls included). */
        boolean hasAttributes(ModelObject object, Set<String> skip);

        /** The attributes the object set, but those skipped, as fields of the current JSON object. */
        void write(ModelObject object, Set<String> skip) throws IOException;

        /** How tmj's format refers to an element or data item: its name, or its generated id. */
        String ref(Object object);
    }

    private static boolean hasControls(Controls controls) {
        return controls != null && controls.schema().attributes().stream().anyMatch(a -> controls.isSet(a.name()));
    }

    /** The model as tmj JSON. */
    public static String toJson(Model model) {
        StringBuilder out = new StringBuilder();
        writeJson(model, out);
        return out.toString();
    }

    /** The model as tmj YAML. */
    public static String toYaml(Model model) {
        StringBuilder out = new StringBuilder();
        writeYaml(model, out);
        return out.toString();
    }

    /**
     * Gives an {@code id} to every element whose name another element shares, and to every data item whose
     * name another data item shares: {@code name#1}, {@code name#2} ... in document order, never equal to a
     * name or another id. References to these objects use the id; all others use the name.
     */
    private void assignIds() {
        Set<String> taken = new HashSet<>();
        Map<String, Integer> elementNames = new HashMap<>();
        Map<String, Integer> dataNames = new HashMap<>();
        model.elements().forEach(e -> {
            taken.add(e.name());
            elementNames.merge(e.name(), 1, Integer::sum);
        });
        model.data().forEach(d -> {
            taken.add(d.name());
            dataNames.merge(d.name(), 1, Integer::sum);
        });
        Map<String, Integer> seen = new HashMap<>();
        for (List<Element> section : List.of(boundaries, nodes, flows)) {
            for (Element e : section) {
                if (elementNames.get(e.name()) > 1) {
                    ids.put(e, uniqueId(e.name(), seen.merge("e:" + e.name(), 1, Integer::sum), taken));
                }
            }
        }
        for (Data d : model.data()) {
            if (dataNames.get(d.name()) > 1) {
                ids.put(d, uniqueId(d.name(), seen.merge("d:" + d.name(), 1, Integer::sum), taken));
            }
        }
    }

    private static String uniqueId(String name, int occurrence, Set<String> taken) {
        String id = name + "#" + occurrence;
        for (int extra = 2; taken.contains(id); extra++) {
            id = name + "#" + occurrence + "." + extra;
        }
        taken.add(id);
        return id;
    }

    private void writeModel() throws IOException {
        g.writeStartObject();
        g.writeNumberField(ModelBinder.VERSION_KEY, ModelBinder.VERSION);
        stringField("name", model.name());
        writeAttributes(model, Set.of("name"));
        writeExtras(model, null);
        if (!boundaries.isEmpty()) {
            g.writeArrayFieldStart("boundaries");
            for (Element b : boundaries) {
                writeElement(b, false);
            }
            g.writeEndArray();
        }
        if (!nodes.isEmpty()) {
            g.writeArrayFieldStart("elements");
            for (Element e : nodes) {
                writeElement(e, true);
            }
            g.writeEndArray();
        }
        if (!model.data().isEmpty()) {
            g.writeArrayFieldStart("data");
            for (Data d : model.data()) {
                g.writeStartObject();
                writeIdAndName(d, d.name());
                writeAttributes(d, Set.of("name"));
                writeSource(d, d.location().orElse(null));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!flows.isEmpty()) {
            g.writeArrayFieldStart("dataflows");
            for (Element f : flows) {
                writeElement(f, false);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void writeElement(Element e, boolean withType) throws IOException {
        g.writeStartObject();
        if (withType) {
            stringField("type", e.type().pytmName());
        }
        writeIdAndName(e, e.name());
        if (e.isDataflow()) {
            stringField("source", ref(e.source()));
            stringField("sink", ref(e.sink()));
            writeAttributes(e, Set.of("name", "source", "sink"));
        } else {
            writeAttributes(e, Set.of("name"));
        }
        writeSource(e, e.location().orElse(null));
        g.writeEndObject();
    }

    /**
     * An element with extra attributes (an importer's facts) is written with where it and they come from
     * ({@link SourceKeys}): conditions read the extras, and findings are located at them, so the model reads back
     * with the same findings at the same places. Only scalar extras can be written; others are left out.
     */
    private void writeSource(ModelObject object, dev.tmj.model.SourceLocation at) throws IOException {
        if (scalarExtras(object).isEmpty()) {
            return;
        }
        if (at != null) {
            g.writeFieldName(SourceKeys.LOCATION);
            writeLocation(at);
        }
        writeExtras(object, at);
    }

    private static List<dev.tmj.model.ExtraAttribute> scalarExtras(ModelObject object) {
        return object.extras().stream().filter(x -> x.value() instanceof String
                || x.value() instanceof Boolean || x.value() instanceof Long).toList();
    }

    /** The {@code extra} object, when there are scalar extras; each located at {@code at} unless elsewhere. */
    private void writeExtras(ModelObject object, dev.tmj.model.SourceLocation at) throws IOException {
        List<dev.tmj.model.ExtraAttribute> extras = scalarExtras(object);
        if (extras.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(SourceKeys.EXTRA);
        for (dev.tmj.model.ExtraAttribute extra : extras) {
            g.writeFieldName(extra.name());
            if (at == null || extra.location() == null || extra.location().equals(at)) {
                writeValue(extra.value());
            } else {
                g.writeStartObject();
                g.writeFieldName("value");
                writeValue(extra.value());
                g.writeFieldName(SourceKeys.LOCATION);
                writeLocation(extra.location());
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }

    private void writeLocation(dev.tmj.model.SourceLocation location) throws IOException {
        g.writeStartObject();
        stringField("file", location.file());
        g.writeNumberField("line", location.line());
        if (location.column() > 0) {
            g.writeNumberField("column", location.column());
        }
        g.writeEndObject();
    }

    private void writeIdAndName(Object object, String name) throws IOException {
        String id = ids.get(object);
        if (id != null) {
            stringField("id", id);
        }
        stringField("name", name);
    }

    /** The attributes the model set, in schema order; findings (computed) never. */
    private void writeAttributes(ModelObject object, Set<String> skip) throws IOException {
        for (Attribute attribute : object.schema().attributes()) {
            String name = attribute.name();
            if (skip.contains(name) || attribute.type() == ValueType.FINDINGS) {
                continue;
            }
            if (attribute.type() == ValueType.CONTROLS) {
                writeControls((Controls) object.get(name));
                continue;
            }
            if (!object.isSet(name)) {
                continue;
            }
            boolean datastoreType = object instanceof Element e && e.type() == ElementType.DATASTORE
                    && name.equals("type");
            g.writeFieldName(datastoreType ? ModelBinder.DATASTORE_TYPE_KEY : name);
            writeValue(object.get(name));
        }
    }

    private void writeControls(Controls controls) throws IOException {
        if (!hasControls(controls)) {
            return;
        }
        g.writeObjectFieldStart("controls");
        writeAttributes(controls, Set.of());
        g.writeEndObject();
    }

    /**
     * A stored value, written by what it is: {@link ValueType#coerce} gives every type's values one Java shape
     * (Long ints, sorted sets, lists), so the writer needs no case per attribute type. References are written as
     * names or ids, statuses, dates and enumeration members as {@link ValueType#text text}.
     */
    private void writeValue(Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof FindingOverride override) {
            g.writeStartObject();
            stringField("threat_id", override.threatId());
            writeAttributes(override, Set.of("threat_id"));
            g.writeEndObject();
        } else if (value instanceof Element || value instanceof Data) {
            string(ref(value));
        } else if (value instanceof Assumption assumption) {
            writeAssumption(assumption);
        } else if (value instanceof Collection<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                writeValue(item);
            }
            g.writeEndArray();
        } else {
            string(ValueType.text(value));
        }
    }

    /** A name-only assumption as a string; one with exclusions or a description as an object. */
    private void writeAssumption(Assumption assumption) throws IOException {
        if (assumption.exclude().isEmpty() && assumption.description().isEmpty()) {
            string(assumption.name());
            return;
        }
        g.writeStartObject();
        stringField("name", assumption.name());
        if (!assumption.exclude().isEmpty()) {
            g.writeArrayFieldStart("exclude");
            for (String sid : new TreeSet<>(assumption.exclude())) {
                string(sid);
            }
            g.writeEndArray();
        }
        if (!assumption.description().isEmpty()) {
            stringField("description", assumption.description());
        }
        g.writeEndObject();
    }

    private void stringField(String key, String value) throws IOException {
        g.writeFieldName(key);
        string(value);
    }

    /**
     * A string. YAML treats U+0085, U+2028 and U+2029 as line breaks, and SnakeYAML's emitter folds them away in
     * plain and block scalars; such strings are written double-quoted, where they are escaped.
     */
    private void string(String value) throws IOException {
        if (g instanceof YAMLGenerator yaml && hasYamlOnlyLineBreak(value)) {
            yaml.disable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE);
            yaml.writeString(value);
            yaml.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE);
        } else {
            g.writeString(value);
        }
    }

    private static boolean hasYamlOnlyLineBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private String ref(Object object) {
        String id = ids.get(object);
        if (id != null) {
            return id;
        }
        return object instanceof Element e ? e.name() : ((Data) object).name();
    }
}
