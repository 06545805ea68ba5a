package dev.tmj.format.threatdragon;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.format.json.EscapingJsonWriter;
import dev.tmj.model.Element;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes a resolved model as an OWASP Threat Dragon 2 model: one STRIDE diagram with a cell per element (laid out by
 * a {@link DiagramLayout}), trust boundary boxes around what each boundary holds, flows between their ends, and
 * tmj's findings as each cell's threats with their status, severity, STRIDE category and mitigation. What Threat
 * Dragon has no field for is kept in each cell's {@code data.tmj}, so that {@link ThreatDragonReader} reads the same
 * model back (docs/interchange.md says what is lost).
 *
 * <p>The same findings give the same bytes: cell and threat ids are name-based UUIDs of the element's identity and
 * the finding's fingerprint, never random.
 */
public final class ThreatDragonWriter implements Renderer<Findings> {
    /** The Threat Dragon version the file claims; its schema and the demo models are 2.3.0. */
    static final String VERSION = "2.3.0";

    private final DiagramLayout layout;

    public ThreatDragonWriter(DiagramLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public void writeTo(Findings findings, OutputStream out) throws IOException {
        DiagramWriter cells = new DiagramWriter(findings, layout.place(findings.checkedModel()));
        try (JsonGenerator g = EscapingJsonWriter.escaping("", false).open(out)) {
            g.setPrettyPrinter(EscapingJsonWriter.twoSpaceIndent());
            g.writeStartObject();
            g.writeStringField("version", VERSION);
            g.writeObjectFieldStart("summary");
            g.writeStringField("title", findings.checkedModel().model().name());
            g.writeStringField("owner", "");
            g.writeStringField("description", findings.checkedModel().model().description());
            g.writeNumberField("id", 0);
            CarriedWriter.writeModel(g, findings.checkedModel().model());
            g.writeEndObject();
            g.writeObjectFieldStart("detail");
            g.writeArrayFieldStart("contributors");
            g.writeEndArray();
            g.writeArrayFieldStart("diagrams");
            g.writeStartObject();
            g.writeNumberField("id", 0);
            g.writeStringField("title", findings.checkedModel().model().name());
            g.writeStringField("diagramType", "STRIDE");
            g.writeStringField("placeholder", "");
            g.writeStringField("thumbnail", "./public/content/images/thumbnail.stride.jpg");
            g.writeStringField("version", VERSION);
            g.writeArrayFieldStart("cells");
            int threats = cells.write(g);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeNumberField("diagramTop", 1);
            g.writeStringField("reviewer", "");
            g.writeNumberField("threatTop", threats);
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /** A name-based UUID: the same text gives the same id in every run. */
    static String id(String kind, String text) {
        return UUID.nameUUIDFromBytes((kind + ":" + text).getBytes(StandardCharsets.UTF_8)).toString();
    }

}
