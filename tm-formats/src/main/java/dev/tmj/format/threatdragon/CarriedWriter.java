package dev.tmj.format.threatdragon;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.model.Attribute;
import dev.tmj.model.Element;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.ModelObject;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * Writes a cell's {@code data.tmj}: what the element set that Threat Dragon's own fields do not already say
 * ({@link Carried} reads it back). Attributes whose values are references (data items, assumptions) are not carried:
 * docs/interchange.md lists them.
 */
final class CarriedWriter {
    /** Said by the diagram itself (geometry, the flow's ends) or computed by tmj. */
    private static final Set<String> NEVER = Set.of("name", "inBoundary", "source", "sink", "findings", "severity",
            "inputs", "outputs", "controls", "overrides");

    private CarriedWriter() {
    }

    static void write(JsonGenerator g, Element e, String shape) throws IOException {
        boolean open = false;
        if (!e.isBoundary() && !e.isDataflow() && Vocabulary.typeOf(shape).orElse(null) != e.type()) {
            open = start(g, false);
            g.writeStringField("type", e.type().pytmName());
        }
        for (Attribute attribute : e.schema().attributes()) {
            String name = attribute.name();
            if (!NEVER.contains(name) && e.isSet(name) && Carried.writable(attribute.type())
                    && !saidByThreatDragon(e, shape, name, e.get(name))) {
                open = start(g, open);
                value(g, name, e.get(name));
            }
        }
        if (e.controls() != null) {
            boolean controls = false;
            for (Attribute attribute : e.controls().schema().attributes()) {
                String name = attribute.name();
                if (e.controls().isSet(name) && !(Boolean.TRUE.equals(e.controls().get(name))
                        && name.equals(e.isDataflow() ? "isEncrypted" : Vocabulary.STORE.equals(shape)
                                ? "isEncryptedAtRest" : ""))) {
                    open = start(g, open);
                    if (!controls) {
                        g.writeObjectFieldStart("controls");
                        controls = true;
                    }
                    value(g, name, e.controls().get(name));
                }
            }
            if (controls) {
                g.writeEndObject();
            }
        }
        if (e.isSet("overrides") && !e.overrides().isEmpty()) {
            open = start(g, open);
            g.writeArrayFieldStart("overrides");
            for (FindingOverride o : e.overrides()) {
                g.writeStartObject();
                g.writeStringField("threat_id", o.threatId());
                writeSet(g, o);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        boolean extras = false;
        for (ExtraAttribute extra : e.extras()) {
            if (!Vocabulary.KEPT_AS_EXTRAS.contains(extra.name())) {
                open = start(g, open);
                if (!extras) {
                    g.writeObjectFieldStart("extra");
                    extras = true;
                }
                CellWriter.scalar(g, extra.name(), extra.value());
            }
        }
        if (extras) {
            g.writeEndObject();
        }
        if (open) {
            g.writeEndObject();
        }
    }

    private static void writeSet(JsonGenerator g, ModelObject o) throws IOException {
        for (Attribute attribute : o.schema().attributes()) {
            if (o.isSet(attribute.name()) && Carried.writable(attribute.type())) {
                value(g, attribute.name(), o.get(attribute.name()));
            }
        }
    }

    /** Whether Threat Dragon's own fields already give this value back. */
    private static boolean saidByThreatDragon(Element e, String shape, String name, Object value) {
        return switch (name) {
            case "description" -> !((String) value).isEmpty();
            case "inScope" -> Boolean.FALSE.equals(value);
            case "protocol" -> e.isDataflow() && !((String) value).isEmpty();
            case "storesSensitiveData", "storesLogData" -> Vocabulary.STORE.equals(shape) && Boolean.TRUE.equals(value);
            default -> false;
        };
    }

    private static boolean start(JsonGenerator g, boolean open) throws IOException {
        if (!open) {
            g.writeObjectFieldStart(Vocabulary.TMJ);
        }
        return true;
    }

    private static void value(JsonGenerator g, String name, Object value) throws IOException {
        if (value instanceof Collection<?> items) {
            g.writeArrayFieldStart(name);
            for (Object item : items) {
                if (item instanceof Long l) {
                    g.writeNumber(l);
                } else {
                    g.writeString(String.valueOf(item));
                }
            }
            g.writeEndArray();
        } else {
            CellWriter.scalar(g, name, value);
        }
    }
}
