package dev.tmj.format.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.Schema;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One document of {@link PytmJsonWriter}: the findings and their checked model, streamed through a Jackson
 * generator that the caller configured (escapes, separators) and flushes. Field names are pre-encoded; texts
 * that recur in many findings are escaped once.
 */
final class PytmJsonDocumentWriter {
    private static final SerializableString ASSUMPTION = new SerializedString("assumption");
    private static final SerializableString CONDITION = new SerializedString("condition");
    private static final SerializableString CVSS = new SerializedString("cvss");
    private static final SerializableString DESCRIPTION = new SerializedString("description");
    private static final SerializableString DETAILS = new SerializedString("details");
    private static final SerializableString EXAMPLE = new SerializedString("example");
    private static final SerializableString DETAIL = new SerializedString("detail");
    private static final SerializableString EVIDENCE = new SerializedString("evidence");
    private static final SerializableString EXCLUDE = new SerializedString("exclude");
    private static final SerializableString EXPIRES = new SerializedString("expires");
    private static final SerializableString JUSTIFICATION = new SerializedString("justification");
    private static final SerializableString OWNER = new SerializedString("owner");
    private static final SerializableString PASSED = new SerializedString("passed");
    private static final SerializableString STATUS = new SerializedString("status");
    private static final SerializableString TEST = new SerializedString("test");
    private static final SerializableString FINGERPRINT = new SerializedString("fingerprint");
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString LIKELIHOOD = new SerializedString("likelihood");
    private static final SerializableString MITIGATIONS = new SerializedString("mitigations");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString REFERENCES = new SerializedString("references");
    private static final SerializableString RESPONSE = new SerializedString("response");
    private static final SerializableString SEVERITY = new SerializedString("severity");
    private static final SerializableString STRIDE = new SerializedString("stride");
    private static final SerializableString TARGET = new SerializedString("target");
    private static final SerializableString THREAT_ID = new SerializedString("threat_id");
    private static final SerializableString CLASS = new SerializedString("__class__");

    private final Findings findings;
    private final CheckedModel checked;
    private final Model model;
    private final JsonGenerator g;
    private final Map<Schema, List<Attribute>> sortedAttributes = new IdentityHashMap<>();
    private final Map<Attribute, SerializableString> keys = new IdentityHashMap<>();
    /** Escaped texts by identity: the threat texts every finding repeats, element names. */
    private final Map<String, SerializableString> escaped = new IdentityHashMap<>();
    /** Escapes a recurring text once, with the same escapes as {@link #g}; its bytes are then copied as they are. */
    private final JsonGenerator escaper;
    private final ByteArrayOutputStream escapedBytes;

    private PytmJsonDocumentWriter(Findings findings, JsonGenerator g, JsonGenerator escaper,
            ByteArrayOutputStream escapedBytes) {
        this.findings = findings;
        this.checked = findings.checkedModel();
        this.model = checked.model();
        this.g = g;
        this.escaper = escaper;
        this.escapedBytes = escapedBytes;
    }

    /** Writes the document with {@code g}, whose strings {@code escapes} escapes; {@code g} is not flushed. */
    static void write(Findings findings, JsonGenerator g, EscapingJsonWriter escapes) throws IOException {
        ByteArrayOutputStream escapedBytes = new ByteArrayOutputStream();
        try (JsonGenerator escaper = escapes.open(escapedBytes)) {
            // One string after another, with nothing between them.
            escaper.setRootValueSeparator(null);
            new PytmJsonDocumentWriter(findings, g, escaper, escapedBytes).writeAll();
        }
    }

    /**
     * The top-level keys in pytm's order: pytm sorts its attribute names, and the registries of elements
     * ({@code _actors}, {@code _assets} ... {@code _threatsExcluded}) sort first by their underscore, which
     * is dropped on output.
     */
    private void writeAll() throws IOException {
        List<Element> elements = checked.elements();
        g.writeStartObject();
        g.writeFieldName("actors");
        writeElements(elements.stream().filter(e -> e.type().isA(ElementType.ACTOR)).toList());
        g.writeFieldName("assets");
        writeElements(elements.stream().filter(e -> e.type().isA(ElementType.ASSET)).toList());
        g.writeFieldName("boundaries");
        writeElements(checked.boundaries());
        g.writeFieldName("data");
        g.writeStartArray();
        for (Data d : model.data()) {
            writeObject(d, null);
        }
        g.writeEndArray();
        g.writeFieldName("elements");
        writeElements(elements.stream().filter(e -> e.type().isActorOrAsset()).toList());
        g.writeFieldName("flows");
        writeElements(checked.dataflows());
        g.writeFieldName("threatsExcluded");
        g.writeStartArray();
        for (String sid : new TreeSet<>(findings.excludedThreats())) {
            text(sid);
        }
        g.writeEndArray();
        g.writeFieldName("assumptions");
        writeAssumptionNames(model.assumptions());
        g.writeFieldName("colormap");
        g.writeBoolean(false);
        g.writeFieldName("description");
        text(model.description());
        g.writeFieldName("excluded_findings");
        g.writeStartArray();
        for (Finding f : findings.excluded()) {
            writeFinding(f);
        }
        g.writeEndArray();
        g.writeFieldName("findings");
        g.writeStartArray();
        for (Finding f : findings.findings()) {
            writeFinding(f);
        }
        g.writeEndArray();
        g.writeFieldName("ignoreUnused");
        g.writeBoolean(model.ignoreUnused());
        g.writeFieldName("isOrdered");
        g.writeBoolean(model.isOrdered());
        g.writeFieldName("mergeResponses");
        g.writeBoolean(model.mergeResponses());
        g.writeFieldName("name");
        text(model.name());
        g.writeFieldName("onDuplicates");
        text("Action." + model.onDuplicates().name());
        String threatsFile = (String) model.get("threatsFile");
        g.writeFieldName("threatsFile");
        text(threatsFile.isEmpty() ? findings.library().name() : threatsFile);
        g.writeEndObject();
    }

    private void writeElements(List<Element> elements) throws IOException {
        g.writeStartArray();
        for (Element e : elements) {
            writeObject(e, e.type().isActorOrAsset() ? e.type().pytmName() : null);
        }
        g.writeEndArray();
    }

    /** An element, data item or controls: {@code __class__} when given, then every attribute in sorted order. */
    private void writeObject(ModelObject object, String className) throws IOException {
        g.writeStartObject();
        if (className != null) {
            g.writeFieldName(CLASS);
            cached(className);
        }
        for (Attribute attribute : sorted(object.schema())) {
            g.writeFieldName(keys.computeIfAbsent(attribute, a -> new SerializedString(a.name())));
            writeValue(object, attribute);
        }
        g.writeEndObject();
    }

    private List<Attribute> sorted(Schema schema) {
        return sortedAttributes.computeIfAbsent(schema, s -> {
            List<Attribute> attributes = new ArrayList<>(s.attributes());
            attributes.sort(Comparator.comparing(Attribute::name));
            return attributes;
        });
    }

    private void writeValue(ModelObject object, Attribute attribute) throws IOException {
        Object value = object.get(attribute.name());
        switch (attribute.type()) {
            case BOOLEAN -> g.writeBoolean((Boolean) value);
            case INT -> g.writeNumber((Long) value);
            case STRING -> cached((String) value);
            case CLASSIFICATION, TLS_VERSION, LIFETIME, DATASTORE_TYPE, ACTION ->
                    text(attribute.type().pytmName() + "." + ((Enum<?>) value).name());
            case BOUNDARY, DATAFLOW, ELEMENT -> {
                if (value == null) {
                    g.writeNull();
                } else {
                    cached(((Element) value).name());
                }
            }
            case DATA_SET -> {
                // pytm writes one name per item of its DataSet, so two data of one name give the name twice. It
                // writes them in the set's hash order, which changes from run to run; tmj sorts them by name.
                g.writeStartArray();
                for (String name : ((Collection<?>) value).stream().map(d -> ((Data) d).name()).sorted().toList()) {
                    cached(name);
                }
                g.writeEndArray();
            }
            case DATAFLOWS, ELEMENTS -> {
                g.writeStartArray();
                for (Object item : (Collection<?>) value) {
                    cached(((Element) item).name());
                }
                g.writeEndArray();
            }
            case FINDINGS -> {
                g.writeStartArray();
                for (Finding f : findings.of((Element) object)) {
                    text(f.id());
                }
                g.writeEndArray();
            }
            case OVERRIDES -> {
                // pytm writes each override's (blank) finding id; tmj writes the SID it overrides.
                g.writeStartArray();
                for (Object item : (Collection<?>) value) {
                    text(((FindingOverride) item).threatId());
                }
                g.writeEndArray();
            }
            case ASSUMPTIONS -> {
                @SuppressWarnings("unchecked")
                List<Assumption> assumptions = (List<Assumption>) value;
                writeAssumptionNames(assumptions);
            }
            case LEVELS, STRING_SET, STRINGS -> {
                // Sets are stored sorted, as pytm writes them.
                g.writeStartArray();
                for (Object item : (Collection<?>) value) {
                    if (item instanceof Long l) {
                        g.writeNumber(l);
                    } else {
                        text((String) item);
                    }
                }
                g.writeEndArray();
            }
            case CONTROLS -> writeObject((Controls) value, null);
        }
    }

    private void writeAssumptionNames(List<Assumption> assumptions) throws IOException {
        g.writeStartArray();
        for (Assumption a : assumptions) {
            text(a.name());
        }
        g.writeEndArray();
    }

    /**
     * pytm's finding dict, keys sorted, with tmj's keys among them: {@code fingerprint}, {@code stride}, and how
     * the finding is handled: {@code status} (its label), {@code owner}, {@code justification}, {@code expires}
     * ("" or an ISO date) and {@code evidence} (a list of {@code {detail, passed, test}}).
     */
    private void writeFinding(Finding f) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ASSUMPTION);
        Assumption assumption = f.assumption().orElse(null);
        if (assumption == null) {
            g.writeNull();
        } else {
            // pytm's key order (name, exclude, description); exclude as a list, where pytm wrote a Python repr.
            g.writeStartObject();
            g.writeFieldName(NAME);
            cached(assumption.name());
            g.writeFieldName(EXCLUDE);
            g.writeStartArray();
            for (String sid : new TreeSet<>(assumption.exclude())) {
                text(sid);
            }
            g.writeEndArray();
            g.writeFieldName(DESCRIPTION);
            cached(assumption.description());
            g.writeEndObject();
        }
        g.writeFieldName(CONDITION);
        cached(f.condition());
        g.writeFieldName(CVSS);
        cached(f.cvss());
        g.writeFieldName(DESCRIPTION);
        cached(f.description());
        g.writeFieldName(DETAILS);
        cached(f.details());
        g.writeFieldName(EVIDENCE);
        g.writeStartArray();
        for (Evidence e : f.evidence()) {
            g.writeStartObject();
            g.writeFieldName(DETAIL);
            text(e.detail());
            g.writeFieldName(PASSED);
            g.writeBoolean(e.passed());
            g.writeFieldName(TEST);
            text(e.test());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(EXAMPLE);
        cached(f.example());
        g.writeFieldName(EXPIRES);
        text(f.expires().map(LocalDate::toString).orElse(""));
        g.writeFieldName(FINGERPRINT);
        text(f.fingerprint());
        g.writeFieldName(ID);
        text(f.id());
        g.writeFieldName(JUSTIFICATION);
        cached(f.justification());
        g.writeFieldName(LIKELIHOOD);
        cached(f.likelihood());
        g.writeFieldName(MITIGATIONS);
        cached(f.mitigations());
        g.writeFieldName(OWNER);
        cached(f.owner());
        g.writeFieldName(REFERENCES);
        cached(f.references());
        g.writeFieldName(RESPONSE);
        cached(f.response());
        g.writeFieldName(SEVERITY);
        cached(f.severityText());
        g.writeFieldName(STATUS);
        text(f.status().label());
        g.writeFieldName(STRIDE);
        cached(f.stride());
        g.writeFieldName(TARGET);
        cached(f.target());
        g.writeFieldName(THREAT_ID);
        cached(f.threatId());
        g.writeEndObject();
    }

    /** A string value. */
    private void text(String s) throws IOException {
        g.writeString(s);
    }

    /**
     * A string value that recurs (a threat text, an element name): escaped once per string instance, then
     * written as the bytes of its JSON literal. Threat texts make up most of the output, so this is what keeps
     * the output fast.
     */
    private void cached(String s) throws IOException {
        SerializableString literal = escaped.get(s);
        if (literal == null) {
            escaper.writeString(s);
            escaper.flush();
            // Every character outside space to tilde is escaped, so the literal is ASCII.
            literal = new SerializedString(escapedBytes.toString(StandardCharsets.US_ASCII));
            escapedBytes.reset();
            escaped.put(s, literal);
        }
        g.writeRawValue(literal);
    }
}
