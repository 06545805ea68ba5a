package dev.tmj.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.ValueType;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * Writes a model in pytm's JSON input format ({@code pytm.json.load}), so that the command line can be timed
 * end to end on the synthetic models:
 * {@code java -cp tm-bench/target/benchmarks.jar dev.tmj.bench.PytmJsonInputWriter 5000 model.json}; with a
 * third argument {@code edited}, the model after {@link SyntheticModel#edited a change} (for {@code tmj diff}).
 * Only attributes the model set are written; references are by name.
 */
public final class PytmJsonInputWriter {
    private static final Set<String> SKIPPED = Set.of("name", "source", "sink", "inputs", "outputs", "findings",
            "controls", "carriedBy", "processedBy");

    private PytmJsonInputWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && !(args.length == 3 && args[2].equals("edited"))) {
            System.err.println("usage: PytmJsonInputWriter FLOWS OUTPUT.json [edited]");
            System.exit(2);
        }
        int flows = Integer.parseInt(args[0]);
        Model model = args.length == 3 ? SyntheticModel.edited(flows) : SyntheticModel.generate(flows);
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            write(model, out);
        }
    }

    static void write(Model model, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("name", model.name());
            json.writeStringField("description", model.description());
            json.writeBooleanField("isOrdered", model.isOrdered());
            json.writeArrayFieldStart("boundaries");
            for (Element boundary : model.boundaries()) {
                object(json, boundary, null);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("data");
            for (Data data : model.data()) {
                object(json, data, null);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("elements");
            for (Element element : model.elements()) {
                if (!element.isBoundary() && !element.isDataflow()) {
                    object(json, element, element.type().pytmName());
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("flows");
            for (Element flow : model.dataflows()) {
                object(json, flow, null);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void object(JsonGenerator json, ModelObject object, String pytmClass) throws IOException {
        json.writeStartObject();
        if (pytmClass != null) {
            json.writeStringField("__class__", pytmClass);
        }
        json.writeStringField("name", (String) object.get("name"));
        if (object instanceof Element e && e.isDataflow()) {
            json.writeStringField("source", e.source().name());
            json.writeStringField("sink", e.sink().name());
        }
        for (Attribute a : object.schema().attributes()) {
            if (!SKIPPED.contains(a.name()) && object.isSet(a.name())) {
                json.writeFieldName(a.name());
                value(json, a.type(), object.get(a.name()));
            }
        }
        if (object instanceof Element e) {
            Controls controls = e.controls();
            json.writeObjectFieldStart("controls");
            for (Attribute c : controls.schema().attributes()) {
                if (controls.isSet(c.name())) {
                    json.writeFieldName(c.name());
                    value(json, c.type(), controls.get(c.name()));
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, ValueType type, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Enum<?> e) {
            json.writeString(e.name());
        } else if (value instanceof Element e) {
            json.writeString(e.name());
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, type, item instanceof Data d ? d.name() : item);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException(type + " value " + value + " has no pytm JSON form");
        }
    }

}
