package dev.tmj.format.otm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.ModelException;
import dev.tmj.model.ModelObject;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One OTM document being written by {@link OtmWriter}: the sections in OTM's order, each from the checked model. */
final class OtmDocumentWriter {
    /** What OTM's own fields carry, so not repeated in {@code attributes.tmj}. */
    private static final Set<String> ELEMENT_NATIVE = Set.of("name", "description", "inBoundary", "data");
    private static final Set<String> FLOW_NATIVE = Set.of("name", "description", "source", "sink", "data");
    private static final JsonFactory JSON = new JsonFactory();
    private final Findings findings;
    private final Model model;
    private final JsonGenerator g;
    private final TmjModelWriter.AttributeWriter tmj;
    private final Map<String, Finding> threats = new LinkedHashMap<>();
    private final List<Element> outside = new ArrayList<>();

    OtmDocumentWriter(Findings findings, JsonGenerator g) {
        this.findings = findings;
        this.model = findings.checkedModel().model();
        this.g = g;
        this.tmj = TmjModelWriter.attributeWriter(model, g);
    }

    void write() throws IOException {
        g.writeStartObject();
        g.writeStringField("otmVersion", OtmReader.VERSION);
        project();
        copyIfKept(model, OtmKeys.REPRESENTATIONS, "representations");
        assets();
        trustZones();
        components();
        dataflows();
        threats();
        copyFields(model, OtmKeys.UNKNOWN);
        g.writeEndObject();
    }

    private void project() throws IOException {
        g.writeObjectFieldStart("project");
        g.writeStringField("name", model.name());
        g.writeStringField("id", text(model, OtmKeys.PROJECT_ID, OtmIds.slug(model.name())));
        if (!model.description().isEmpty()) {
            g.writeStringField("description", model.description());
        }
        for (String[] pair : new String[][] {{OtmKeys.OWNER, "owner"}, {OtmKeys.OWNER_CONTACT, "ownerContact"}}) {
            if (model.extraValue(pair[0]) instanceof String value) {
                g.writeStringField(pair[1], value);
            }
        }
        copyIfKept(model, OtmKeys.TAGS, "tags");
        attributes(model, Set.of("name", "description"));
        copyFields(model, "otmProjectUnknown");
        g.writeEndObject();
    }

    private void assets() throws IOException {
        if (model.data().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("assets");
        for (Data d : model.data()) {
            g.writeStartObject();
            g.writeStringField("id", id(d));
            g.writeStringField("name", d.name());
            description(d);
            g.writeObjectFieldStart("risk");
            Object confidentiality = d.extraValue(OtmKeys.CONFIDENTIALITY);
            if (confidentiality == ModelObject.MISSING) {
                confidentiality = OtmKeys.rating(d.classification());
            }
            number("confidentiality", confidentiality);
            for (String key : new String[] {"integrity", "availability"}) {
                Object value = d.extraValue(key);
                number(key, OtmKeys.criticality(value).map(Object.class::cast).orElse(confidentiality));
            }
            if (d.extraValue(OtmKeys.RISK_COMMENT) instanceof String comment) {
                g.writeStringField("comment", comment);
            }
            g.writeEndObject();
            attributes(d, Set.of("name", "description", "classification"));
            copyFields(d, OtmKeys.UNKNOWN);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void trustZones() throws IOException {
        g.writeArrayFieldStart("trustZones");
        for (Element b : model.boundaries()) {
            g.writeStartObject();
            g.writeStringField("id", id(b));
            g.writeStringField("name", b.name());
            if (b.extraValue(OtmKeys.TYPE) instanceof String type) {
                g.writeStringField("type", type);
            }
            description(b);
            g.writeObjectFieldStart("risk");
            Object rating = b.extraValue(OtmKeys.TRUST_RATING);
            number("trustRating", rating == ModelObject.MISSING ? OtmKeys.DEFAULT_TRUST_RATING : rating);
            g.writeEndObject();
            if (b.extraValue(OtmKeys.PARENT) instanceof String component) {
                g.writeObjectFieldStart("parent");
                g.writeStringField("component", component);
                g.writeEndObject();
            } else if (b.inBoundary().isPresent()) {
                g.writeObjectFieldStart("parent");
                g.writeStringField("trustZone", id(b.inBoundary().get()));
                g.writeEndObject();
            }
            copyIfKept(b, OtmKeys.REPRESENTATIONS, "representations");
            attributes(b, ELEMENT_NATIVE);
            copyFields(b, OtmKeys.UNKNOWN);
            g.writeEndObject();
        }
        for (Element e : model.elements()) {
            if (!e.isBoundary() && !e.isDataflow() && e.inBoundary().isEmpty()
                    && !(e.extraValue(OtmKeys.PARENT) instanceof String)) {
                outside.add(e);
            }
        }
        if (!outside.isEmpty()) {
            g.writeStartObject();
            g.writeStringField("id", OtmKeys.OUTSIDE_ID);
            g.writeStringField("name", OtmKeys.OUTSIDE_NAME);
            g.writeObjectFieldStart("risk");
            g.writeNumberField("trustRating", OtmKeys.DEFAULT_TRUST_RATING);
            g.writeEndObject();
            g.writeObjectFieldStart("attributes");
            g.writeBooleanField(OtmKeys.TMJ_OUTSIDE, true);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void components() throws IOException {
        g.writeArrayFieldStart("components");
        for (Element e : model.elements()) {
            if (e.isBoundary() || e.isDataflow()) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("id", id(e));
            g.writeStringField("name", e.name());
            g.writeStringField("type", text(e, OtmKeys.TYPE, OtmTypes.otmType(e.type())));
            description(e);
            g.writeObjectFieldStart("parent");
            if (e.extraValue(OtmKeys.PARENT) instanceof String component) {
                g.writeStringField("component", component);
            } else {
                g.writeStringField("trustZone", e.inBoundary().map(this::id).orElse(OtmKeys.OUTSIDE_ID));
            }
            g.writeEndObject();
            copyIfKept(e, OtmKeys.REPRESENTATIONS, "representations");
            List<Data> data = dataOf(e);
            if (!data.isEmpty()) {
                g.writeObjectFieldStart("assets");
                g.writeArrayFieldStart(e.type().isA(ElementType.DATASTORE) ? "stored" : "processed");
                for (Data d : data) {
                    g.writeString(id(d));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            threatRefs(e);
            copyIfKept(e, OtmKeys.TAGS, "tags");
            attributes(e, ELEMENT_NATIVE);
            copyFields(e, OtmKeys.UNKNOWN);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void dataflows() throws IOException {
        g.writeArrayFieldStart("dataflows");
        for (Element f : model.dataflows()) {
            g.writeStartObject();
            g.writeStringField("id", id(f));
            g.writeStringField("name", f.name());
            description(f);
            if (Boolean.TRUE.equals(f.extraValue(OtmKeys.BIDIRECTIONAL))) {
                g.writeBooleanField("bidirectional", true);
            }
            g.writeStringField("source", id(f.source()));
            g.writeStringField("destination", id(f.sink()));
            List<Data> data = dataOf(f);
            if (!data.isEmpty()) {
                g.writeArrayFieldStart("assets");
                for (Data d : data) {
                    g.writeString(id(d));
                }
                g.writeEndArray();
            }
            threatRefs(f);
            copyIfKept(f, OtmKeys.TAGS, "tags");
            attributes(f, FLOW_NATIVE);
            copyFields(f, OtmKeys.UNKNOWN);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The element's findings (not the excluded ones), then the other tools' threats an import kept. */
    private void threatRefs(Element e) throws IOException {
        List<Finding> found = findings.of(e);
        Object kept = e.extraValue(OtmKeys.THREATS);
        if (found.isEmpty() && !(kept instanceof String)) {
            return;
        }
        g.writeArrayFieldStart("threats");
        for (Finding f : found) {
            threats.putIfAbsent(f.threatId(), f);
            g.writeStartObject();
            g.writeStringField("threat", f.threatId());
            g.writeStringField("state", OtmKeys.threatState(f.status()));
            g.writeArrayFieldStart("mitigations");
            if (!f.mitigations().isEmpty()) {
                g.writeStartObject();
                g.writeStringField("mitigation", mitigationId(f.threatId()));
                g.writeStringField("state", OtmKeys.mitigationState(f.status()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (kept instanceof String json) {
            copyItems(json, OtmKeys.THREATS);
        }
        g.writeEndArray();
    }

    /** The threats of the findings written, one per SID, then the mitigations, then what an import kept. */
    private void threats() throws IOException {
        Object keptThreats = model.extraValue(OtmKeys.THREATS);
        if (!threats.isEmpty() || keptThreats instanceof String) {
            g.writeArrayFieldStart("threats");
            for (Finding f : threats.values()) {
                g.writeStartObject();
                g.writeStringField("id", f.threatId());
                g.writeStringField("name", f.threat().description());
                if (!f.threat().texts().details().isEmpty()) {
                    g.writeStringField("description", f.threat().texts().details());
                }
                if (!f.stride().isEmpty()) {
                    g.writeArrayFieldStart("categories");
                    g.writeString(f.stride());
                    g.writeEndArray();
                }
                g.writeObjectFieldStart("risk");
                Long likelihood = OtmKeys.rating(f.threat().texts().likelihood()).orElse(null);
                if (likelihood == null) {
                    g.writeNullField("likelihood");
                } else {
                    g.writeNumberField("likelihood", likelihood);
                }
                g.writeNumberField("impact", OtmKeys.rating(f.severity()));
                g.writeEndObject();
                sidAttribute(f.threatId());
                g.writeEndObject();
            }
            if (keptThreats instanceof String json) {
                copyItems(json, OtmKeys.THREATS);
            }
            g.writeEndArray();
        }
        Object keptMitigations = model.extraValue(OtmKeys.MITIGATIONS);
        boolean any = threats.values().stream().anyMatch(f -> !f.threat().texts().mitigations().isEmpty());
        if (any || keptMitigations instanceof String) {
            g.writeArrayFieldStart("mitigations");
            for (Finding f : threats.values()) {
                String text = f.threat().texts().mitigations();
                if (text.isEmpty()) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("id", mitigationId(f.threatId()));
                g.writeStringField("name", "Mitigation of " + f.threatId() + ": " + f.threat().description());
                g.writeStringField("description", text);
                g.writeNumberField("riskReduction", 100);
                sidAttribute(f.threatId());
                g.writeEndObject();
            }
            if (keptMitigations instanceof String json) {
                copyItems(json, OtmKeys.MITIGATIONS);
            }
            g.writeEndArray();
        }
    }

    private void sidAttribute(String sid) throws IOException {
        g.writeObjectFieldStart("attributes");
        g.writeStringField(OtmKeys.TMJ_SID, sid);
        g.writeEndObject();
    }

    private static String mitigationId(String sid) {
        return "mitigation-" + sid;
    }

    /** OTM's {@code attributes}: what an import kept, then tmj's own attributes under {@code tmj}. */
    private void attributes(ModelObject object, Set<String> skip) throws IOException {
        Object kept = object.extraValue(OtmKeys.ATTRIBUTES);
        boolean own = tmj.hasAttributes(object, skip);
        if (!(kept instanceof String) && !own) {
            return;
        }
        g.writeObjectFieldStart("attributes");
        copyFields(object, OtmKeys.ATTRIBUTES);
        if (own) {
            g.writeObjectFieldStart(OtmKeys.TMJ);
            tmj.write(object, skip);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private List<Data> dataOf(Element e) {
        if (e.schema().find("data").isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        java.util.Collection<Data> data = (java.util.Collection<Data>) e.get("data");
        return List.copyOf(data);
    }

    private void description(ModelObject object) throws IOException {
        if (object.get("description") instanceof String text && !text.isEmpty()) {
            g.writeStringField("description", text);
        }
    }

    private String id(Object object) {
        ModelObject o = (ModelObject) object;
        return o.extraValue(OtmKeys.ID) instanceof String id ? id : tmj.ref(object);
    }

    private static String text(ModelObject object, String extra, String fallback) {
        return object.extraValue(extra) instanceof String text ? text : fallback;
    }

    private void number(String key, Object value) throws IOException {
        g.writeFieldName(key);
        if (value instanceof Long l) {
            g.writeNumber(l);
        } else {
            try {
                g.writeNumber(new java.math.BigDecimal(String.valueOf(value)));
            } catch (NumberFormatException e) {
                throw new ModelException("the extra attribute for OTM's \"" + key + "\" is not a number: "
                        + value);
            }
        }
    }

    /** A kept value (JSON text in an extra) as the field {@code key}. */
    private void copyIfKept(ModelObject object, String extra, String key) throws IOException {
        if (object.extraValue(extra) instanceof String json) {
            g.writeFieldName(key);
            try (JsonParser p = parse(json, extra)) {
                g.copyCurrentStructure(p);
            }
        }
    }

    /** The fields of a kept JSON object, into the object being written. */
    private void copyFields(ModelObject object, String extra) throws IOException {
        if (!(object.extraValue(extra) instanceof String json)) {
            return;
        }
        try (JsonParser p = parse(json, extra)) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw kept(extra, "an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                g.writeFieldName(p.currentName());
                p.nextToken();
                g.copyCurrentStructure(p);
            }
        }
    }

    /** The items of a kept JSON list, into the list being written. */
    private void copyItems(String json, String extra) throws IOException {
        try (JsonParser p = parse(json, extra)) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw kept(extra, "a list");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                g.copyCurrentStructure(p);
            }
        }
    }

    private static JsonParser parse(String json, String extra) throws IOException {
        JsonParser p = JSON.createParser(json);
        try {
            p.nextToken();
            return p;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            p.close();
            throw kept(extra, "JSON text");
        }
    }

    private static ModelException kept(String extra, String expected) {
        return new ModelException("the extra attribute \"" + extra + "\" holds what an OTM import kept and must "
                + "be " + expected + " as the import wrote it");
    }
}
