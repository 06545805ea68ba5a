package dev.tmj.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.tmj.diff.AttributeChange;
import dev.tmj.diff.ElementChange;
import dev.tmj.diff.FindingChange;
import dev.tmj.diff.ModelDiff;
import dev.tmj.model.Element;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code tmj diff --format json}: a {@link ModelDiff} as a JSON document, pretty-printed (two-space indent, a
 * final newline), UTF-8, keys in this order:
 *
 * <pre>{@code
 * {
 *   "elements": {
 *     "added":   [{"kind": "Server", "name": "Cache", "identity": "Server:Cache"}],
 *     "removed": [...],
 *     "changed": [{"kind": "Dataflow", "name": "Browse", "identity": "Dataflow:Browse (Actor:User -> Server:Web)",
 *                  "attributes": [{"attribute": "protocol", "before": "\"HTTP\"", "after": "\"HTTPS\""}]}]
 *   },
 *   "findings": {
 *     "new":     [{"sid": "SRV01", "description": "...", "severity": "High", "status": "open",
 *                  "fingerprint": "0f3c...", "element": {"kind": "Server", "name": "Cache", "identity": "Server:Cache"}}],
 *     "fixed":   [...],
 *     "changed": [{..., "before": {"severity": "High", "status": "open"}}]
 *   }
 * }
 * }</pre>
 *
 * A fixed finding's severity and status are those it had; a changed one's are the new, with the old under
 * {@code before}. The model's own change has kind and identity {@code TM}. Attribute values are the texts of
 * {@link AttributeChange}.
 */
public final class DiffJsonWriter implements Renderer<ModelDiff> {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** The writer; it keeps no state. */
    public DiffJsonWriter() {
    }

    @Override
    public void writeTo(ModelDiff diff, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            Separators separators = Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("");
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeObjectFieldStart("elements");
            elements(g, "added", diff.added());
            elements(g, "removed", diff.removed());
            elements(g, "changed", diff.changed());
            g.writeEndObject();
            g.writeObjectFieldStart("findings");
            findings(g, "new", diff.newFindings());
            findings(g, "fixed", diff.fixedFindings());
            findings(g, "changed", diff.changedFindings());
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
        }
        out.write('\n');
        out.flush();
    }

    private static void elements(JsonGenerator g, String field, List<ElementChange> changes) throws IOException {
        g.writeArrayFieldStart(field);
        for (ElementChange change : changes) {
            g.writeStartObject();
            naming(g, change.kind(), change.name(), change.identity());
            if (!change.attributes().isEmpty()) {
                g.writeArrayFieldStart("attributes");
                for (AttributeChange attribute : change.attributes()) {
                    g.writeStartObject();
                    g.writeStringField("attribute", attribute.attribute());
                    g.writeStringField("before", attribute.before());
                    g.writeStringField("after", attribute.after());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void findings(JsonGenerator g, String field, List<FindingChange> changes) throws IOException {
        g.writeArrayFieldStart(field);
        for (FindingChange change : changes) {
            Finding finding = change.finding();
            Element element = finding.element();
            g.writeStartObject();
            g.writeStringField("sid", finding.threatId());
            g.writeStringField("description", finding.description());
            g.writeStringField("severity", finding.severityText());
            g.writeStringField("status", finding.status().label());
            g.writeStringField("fingerprint", finding.fingerprint());
            g.writeObjectFieldStart("element");
            naming(g, element.type().pytmName(), element.name(), finding.elementIdentity());
            g.writeEndObject();
            if (change.before().isPresent() && change.after().isPresent()) {
                Finding before = change.before().get();
                g.writeObjectFieldStart("before");
                g.writeStringField("severity", before.severityText());
                g.writeStringField("status", before.status().label());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void naming(JsonGenerator g, String kind, String name, String identity) throws IOException {
        g.writeStringField("kind", kind);
        g.writeStringField("name", name);
        g.writeStringField("identity", identity);
    }
}
