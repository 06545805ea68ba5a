package dev.tmj.notify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A Slack incoming webhook's payload: Block Kit blocks (a header, a context line, sections in mrkdwn) and the
 * {@code text} fallback that notifications and clients without blocks show. The texts come escaped and cut to
 * Slack's limits ({@link SlackChannel}); this only writes them.
 */
final class SlackPayloadWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private SlackPayloadWriter() {
    }

    /**
     * @param fallback the {@code text} field, mrkdwn
     * @param header the header block's plain text
     * @param context the context block's mrkdwn
     * @param sections the sections' mrkdwn, in order
     */
    static String write(String fallback, String header, String context, List<String> sections) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("text", fallback);
            g.writeArrayFieldStart("blocks");
            g.writeStartObject();
            g.writeStringField("type", "header");
            g.writeObjectFieldStart("text");
            g.writeStringField("type", "plain_text");
            g.writeStringField("text", header);
            g.writeBooleanField("emoji", false);
            g.writeEndObject();
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("type", "context");
            g.writeArrayFieldStart("elements");
            mrkdwn(g, context);
            g.writeEndArray();
            g.writeEndObject();
            for (String section : sections) {
                g.writeStartObject();
                g.writeStringField("type", "section");
                g.writeFieldName("text");
                mrkdwn(g, section);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void mrkdwn(JsonGenerator g, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "mrkdwn");
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}
