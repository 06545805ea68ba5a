package dev.tmj.format.threatdragon;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.resolve.Finding;
import java.io.IOException;
import java.util.List;

/**
 * A cell's findings as Threat Dragon threats. Each also carries the finding's SID and the status tmj wrote, so that
 * reading the file back tells a status changed in Threat Dragon from one left as tmj wrote it ({@link Threats}).
 */
final class ThreatWriter {
    private ThreatWriter() {
    }

    static int write(JsonGenerator g, List<Finding> findings, int count) throws IOException {
        g.writeArrayFieldStart("threats");
        for (Finding f : findings) {
            String status = Vocabulary.statusText(f.status());
            String[] category = category(f);
            g.writeStartObject();
            g.writeStringField("id", ThreatDragonWriter.id("finding", f.fingerprint()));
            g.writeStringField("title", f.description());
            g.writeStringField("status", status);
            g.writeStringField("severity", f.severityText());
            g.writeStringField("type", category[1]);
            g.writeStringField("modelType", category[0]);
            g.writeStringField("description", f.details());
            g.writeStringField("mitigation", f.mitigations());
            g.writeNumberField("number", ++count);
            g.writeStringField("score", "");
            g.writeStringField(Vocabulary.SID, f.threatId());
            g.writeStringField(Threats.EXPORTED_STATUS, status);
            g.writeEndObject();
        }
        g.writeEndArray();
        return count;
    }

    /** The methodology and the category: the library's STRIDE category, or what a recorded threat said. */
    private static String[] category(Finding f) {
        if (!f.stride().isEmpty()) {
            return new String[] {"STRIDE", f.stride()};
        }
        String references = f.references();
        int colon = references.indexOf(": ");
        if (f.threatId().startsWith(Vocabulary.RECORDED_PREFIX) && colon > 0) {
            return new String[] {references.substring(0, colon), references.substring(colon + 2)};
        }
        return new String[] {"STRIDE", ""};
    }
}
