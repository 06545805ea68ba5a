package dev.tmj.format.threatdragon;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ValueType;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

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

    /** The model's {@code summary.tmj}: its settings but name and description, and its data items. */
    static void writeModel(JsonGenerator g, Model model) throws IOException {
        boolean open = false;
        for (Attribute attribute : model.schema().attributes()) {
            String name = attribute.name();
            if (!name.equals("name") && model.isSet(name) && Carried.writable(attribute.type())
                    && !(name.equals("description") && !model.description().isEmpty())) {
                open = start(g, open);
                value(g, name, model.get(name), e -> "");
            }
        }
        if (!model.data().isEmpty()) {
            open = start(g, open);
            g.writeArrayFieldStart("data");
            for (Data datum : model.data()) {
                g.writeStartObject();
                g.writeStringField("name", datum.name());
                for (Attribute attribute : datum.schema().attributes()) {
                    if (!attribute.name().equals("name") && datum.isSet(attribute.name())
                            && Carried.writable(attribute.type())) {
                        value(g, attribute.name(), datum.get(attribute.name()), e -> "");
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (open) {
            g.writeEndObject();
        }
    }

    /**
     * Writes {@code data.tmj}; {@code unplaced}: the element is drawn outside the boxes (the layout left it out), so
     * its boundary is written as the boundary's cell id.
     */
    static void write(JsonGenerator g, Element e, String shape, Function<Element, String> cellIds, boolean unplaced)
            throws IOException {
        boolean open = false;
        if (unplaced && e.inBoundary().isPresent()) {
            open = start(g, false);
            g.writeStringField("inBoundary", cellIds.apply(e.inBoundary().get()));
        }
        if (!e.isBoundary() && !e.isDataflow() && Vocabulary.typeOf(shape).orElse(null) != e.type()) {
            open = start(g, open);
            g.writeStringField("class", e.type().pytmName());
        }
        for (Attribute attribute : e.schema().attributes()) {
            String name = attribute.name();
            if (!NEVER.contains(name) && e.isSet(name) && Carried.writable(attribute.type())
                    && !saidByThreatDragon(e, shape, name, e.get(name))) {
                open = start(g, open);
                value(g, name, e.get(name), cellIds);
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
                    value(g, name, e.controls().get(name), cellIds);
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
                for (Attribute attribute : o.schema().attributes()) {
                    if (!attribute.name().equals("threat_id") && o.isSet(attribute.name())
                            && Carried.writable(attribute.type())) {
                        value(g, attribute.name(), o.get(attribute.name()), cellIds);
                    }
                }
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

    private static void value(JsonGenerator g, String name, Object value, Function<Element, String> cellIds)
            throws IOException {
        g.writeFieldName(name);
        item(g, value, cellIds);
    }

    private static void item(JsonGenerator g, Object value, Function<Element, String> cellIds) throws IOException {
        if (value instanceof Collection<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                item(g, item, cellIds);
            }
            g.writeEndArray();
        } else if (value instanceof Data datum) {
            g.writeString(datum.name());
        } else if (value instanceof Element element) {
            g.writeString(cellIds.apply(element));
        } else if (value instanceof Assumption a) {
            g.writeStartObject();
            g.writeStringField("name", a.name());
            g.writeArrayFieldStart("exclude");
            for (String sid : a.exclude()) {
                g.writeString(sid);
            }
            g.writeEndArray();
            g.writeStringField("description", a.description());
            g.writeEndObject();
        } else if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else {
            g.writeString(ValueType.text(value));
        }
    }
}
