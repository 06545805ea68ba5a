package dev.tmj.format.threatdragon;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.format.threatdragon.DiagramLayout.Box;
import dev.tmj.model.Element;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.ModelObject;
import dev.tmj.resolve.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** One cell as Threat Dragon saves it: the shape's geometry, then its {@code data} (the caller closes the cell). */
final class CellWriter {
    /** The properties Threat Dragon gives each shape, with their defaults, in its order. */
    private static final Map<String, List<String>> FLAGS = Map.of(
            Vocabulary.ACTOR, List.of("providesAuthentication"),
            Vocabulary.PROCESS, List.of("handlesCardPayment", "handlesGoodsOrServices", "isWebApplication"),
            Vocabulary.STORE, List.of("isSigned", "storesInventory"),
            Vocabulary.FLOW, List.of("isBidirectional", "isPublicNetwork"),
            Vocabulary.BOX, List.of());

    private CellWriter() {
    }

    static void box(JsonGenerator g, Element boundary, String id, Box box, int z) throws IOException {
        g.writeStartObject();
        geometry(g, box);
        g.writeObjectFieldStart("attrs");
        g.writeObjectFieldStart("label");
        g.writeStringField("text", boundary.name());
        g.writeEndObject();
        g.writeEndObject();
        g.writeBooleanField("visible", true);
        g.writeStringField("shape", Vocabulary.BOX);
        g.writeNumberField("zIndex", z);
        g.writeStringField("id", id);
    }

    static void node(JsonGenerator g, Element node, String shape, String id, Box box, int z) throws IOException {
        g.writeStartObject();
        geometry(g, box);
        g.writeObjectFieldStart("attrs");
        g.writeObjectFieldStart("text");
        g.writeStringField("text", node.name());
        g.writeEndObject();
        g.writeEndObject();
        g.writeBooleanField("visible", true);
        g.writeStringField("shape", shape);
        g.writeNumberField("zIndex", z);
        g.writeStringField("id", id);
    }

    static void flow(JsonGenerator g, Element flow, String id, String source, String target, int z)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("shape", Vocabulary.FLOW);
        g.writeObjectFieldStart("attrs");
        g.writeObjectFieldStart("line");
        g.writeStringField("stroke", "#333333");
        g.writeNumberField("strokeWidth", 1);
        g.writeObjectFieldStart("targetMarker");
        g.writeStringField("name", "block");
        g.writeEndObject();
        g.writeObjectFieldStart("sourceMarker");
        g.writeStringField("name", "");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("connector", "smooth");
        g.writeArrayFieldStart("labels");
        g.writeString(flow.name());
        g.writeEndArray();
        g.writeNumberField("zIndex", z);
        g.writeStringField("id", id);
        g.writeObjectFieldStart("source");
        g.writeStringField("cell", source);
        g.writeEndObject();
        g.writeObjectFieldStart("target");
        g.writeStringField("cell", target);
        g.writeEndObject();
        g.writeArrayFieldStart("vertices");
        g.writeEndArray();
    }

    private static void geometry(JsonGenerator g, Box box) throws IOException {
        g.writeObjectFieldStart("position");
        g.writeNumberField("x", Math.round(box.x()));
        g.writeNumberField("y", Math.round(box.y()));
        g.writeEndObject();
        g.writeObjectFieldStart("size");
        g.writeNumberField("width", Math.max(10, Math.round(box.width())));
        g.writeNumberField("height", Math.max(10, Math.round(box.height())));
        g.writeEndObject();
    }

    /** The cell's {@code data}; returns the threat count so far. */
    static int data(JsonGenerator g, Element e, String shape, List<Finding> findings, int threats,
            java.util.function.Function<Element, String> cellIds, boolean unplaced) throws IOException {
        g.writeObjectFieldStart("data");
        g.writeStringField("name", e.name());
        g.writeStringField("description", (String) e.get("description"));
        g.writeStringField("type", Vocabulary.cellType(shape));
        g.writeBooleanField("isTrustBoundary", e.isBoundary());
        g.writeBooleanField("hasOpenThreats", DiagramWriter.open(findings));
        if (!e.isBoundary()) {
            g.writeBooleanField("outOfScope", !e.inScope());
            g.writeStringField("reasonOutOfScope", text(e, "reasonOutOfScope"));
        }
        if (e.isDataflow()) {
            g.writeStringField("protocol", (String) e.get("protocol"));
            g.writeBooleanField("isEncrypted", control(e, "isEncrypted"));
        } else if (Vocabulary.STORE.equals(shape)) {
            g.writeBooleanField("isALog", Boolean.TRUE.equals(e.get("storesLogData")));
            g.writeBooleanField("isEncrypted", control(e, "isEncryptedAtRest"));
            g.writeBooleanField("storesCredentials", Boolean.TRUE.equals(e.get("storesSensitiveData")));
        } else if (Vocabulary.PROCESS.equals(shape)) {
            g.writeStringField("privilegeLevel", text(e, "privilegeLevel"));
        }
        for (String flag : FLAGS.get(shape)) {
            if (e.extra(flag).isEmpty()) {
                g.writeBooleanField(flag, false);
            }
        }
        for (ExtraAttribute extra : e.extras()) {
            if (Vocabulary.KEPT_AS_EXTRAS.contains(extra.name()) && !extra.name().equals("reasonOutOfScope")
                    && !extra.name().equals("privilegeLevel")) {
                scalar(g, extra.name(), extra.value());
            }
        }
        threats = ThreatWriter.write(g, findings, threats);
        CarriedWriter.write(g, e, shape, cellIds, unplaced);
        g.writeEndObject();
        return threats;
    }

    private static String text(Element e, String extra) {
        Object value = e.extraValue(extra);
        return value instanceof String s ? s : "";
    }

    private static boolean control(Element e, String name) {
        return e.controls() != null && Boolean.TRUE.equals(e.controls().get(name));
    }

    static void scalar(JsonGenerator g, String name, Object value) throws IOException {
        g.writeFieldName(name);
        if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else {
            g.writeString(dev.tmj.model.ValueType.text(value));
        }
    }

    static boolean isSet(ModelObject o, String name) {
        return o.schema().has(name) && o.isSet(name);
    }
}
