package dev.tmj.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.gate.TicketLink;
import dev.tmj.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the file of each finding's ticket ({@link TicketMapReader}'s format), sorted by fingerprint so the same
 * tickets give the same bytes, completely or not at all.
 */
public final class TicketMapWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private TicketMapWriter() {
    }

    /** Writes the tickets to the file, replacing it atomically. */
    public static void write(Map<String, TicketLink> tickets, Path file) throws IOException {
        Map<String, TicketLink> sorted = new TreeMap<>(tickets);
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setPrettyPrinter(EscapingJsonWriter.twoSpaceIndent());
                g.writeStartObject();
                g.writeObjectFieldStart("tickets");
                for (Map.Entry<String, TicketLink> e : sorted.entrySet()) {
                    g.writeObjectFieldStart(e.getKey());
                    g.writeStringField("key", e.getValue().key());
                    g.writeBooleanField("open", e.getValue().open());
                    g.writeStringField("url", e.getValue().url());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            out.write('\n');
        });
    }
}
