package dev.tmj.comment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The request body of a new or updated comment: {@code {"body": "…"}}, the same for GitHub and GitLab. */
final class CommentJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private CommentJsonWriter() {
    }

    static String body(String markdown) {
        StringWriter out = new StringWriter(markdown.length() + 16);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("body", markdown);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
