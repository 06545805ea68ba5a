package dev.tmj.notify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A Teams Workflows webhook's payload: an Adaptive Card (schema 1.4) in the message wrapper the workflow's "when a
 * Teams webhook request is received" trigger takes, {@code {"type":"message","attachments":[{"contentType":
 * "application/vnd.microsoft.card.adaptive","content":{…}}]}}: a bold title, a subtle line for the models, one
 * wrapped TextBlock per alert, and an {@code Action.OpenUrl} to the report. Texts come escaped ({@link AlertText}).
 */
final class TeamsCardWriter {
    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    private static final JsonFactory JSON = new JsonFactory();

    private TeamsCardWriter() {
    }

    static String write(String title, String subtitle, List<String> lines, Optional<URI> report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "message");
            g.writeArrayFieldStart("attachments");
            g.writeStartObject();
            g.writeStringField("contentType", CONTENT_TYPE);
            g.writeNullField("contentUrl");
            g.writeObjectFieldStart("content");
            g.writeStringField("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            g.writeStringField("type", "AdaptiveCard");
            g.writeStringField("version", "1.4");
            g.writeArrayFieldStart("body");
            g.writeStartObject();
            g.writeStringField("type", "TextBlock");
            g.writeStringField("text", title);
            g.writeStringField("weight", "Bolder");
            g.writeStringField("size", "Medium");
            g.writeBooleanField("wrap", true);
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("type", "TextBlock");
            g.writeStringField("text", subtitle);
            g.writeBooleanField("isSubtle", true);
            g.writeBooleanField("wrap", true);
            g.writeEndObject();
            for (String line : lines) {
                textBlock(g, line);
            }
            g.writeEndArray();
            if (report.isPresent()) {
                g.writeArrayFieldStart("actions");
                g.writeStartObject();
                g.writeStringField("type", "Action.OpenUrl");
                g.writeStringField("title", "Open the report");
                g.writeStringField("url", report.get().toASCIIString());
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The bytes one alert's TextBlock adds to a card, its comma included. */
    static int size(String line) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            textBlock(g, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8).length + 1;
    }

    private static void textBlock(JsonGenerator g, String line) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "TextBlock");
        g.writeStringField("text", line);
        g.writeBooleanField("wrap", true);
        g.writeStringField("spacing", "Small");
        g.writeEndObject();
    }
}
