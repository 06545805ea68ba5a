package dev.tmj.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The explanation in an API's error body: GitHub's {@code {"message": "…", "errors": […]}}, Jira's
 * {@code {"errorMessages": […], "errors": {"field": "…"}}}, GitLab's
 * {@code {"message": "…"}}, {@code {"message": {"note": ["is too long"]}}} or {@code {"error": "…"}}. Anything else
 * (an HTML error page, say) gives nothing: tmj does not print what it cannot read.
 */
final class ErrorJsonReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_TEXTS = 10;

    private ErrorJsonReader() {
    }

    /**
     * The texts of the body's {@code message}, {@code error} and {@code errors[].message}, and Jira's
     * {@code errorMessages[]} and {@code errors} object ({@code {"summary": "is required"}}), joined by "; ".
     */
    static Optional<String> message(String body) {
        List<String> texts = new ArrayList<>();
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("message") || name.equals("error") || name.equals("error_description")
                        || name.equals("errorMessages")) {
                    collect(p, null, texts);
                } else if (name.equals("errors")) {
                    // GitHub's list of error objects (their message only), Jira's object of field: message.
                    collect(p, p.currentToken() == JsonToken.START_OBJECT ? null : "", texts);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", texts));
    }

    /**
     * The scalar texts under the current value; of an object inside {@code errors} only its {@code message}
     * (GitHub's {@code {"resource": "IssueComment", "code": "custom", "message": "…"}}); elsewhere with a field's
     * name before its texts (GitLab's {@code {"note": ["is too long"]}}).
     */
    private static void collect(JsonParser p, String onlyInErrors, List<String> texts) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (onlyInErrors != null) {
                    if (field.equals("message") && p.currentToken().isScalarValue()) {
                        add(texts, p.getText());
                    } else {
                        p.skipChildren();
                    }
                } else if (p.currentToken().isScalarValue()) {
                    add(texts, field + " " + p.getText());
                } else {
                    List<String> inner = new ArrayList<>();
                    collect(p, null, inner);
                    inner.forEach(text -> add(texts, field + " " + text));
                }
            }
        } else if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                collect(p, onlyInErrors, texts);
            }
        } else if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
            add(texts, p.getText());
        }
    }

    private static void add(List<String> texts, String text) {
        if (texts.size() < MAX_TEXTS && !text.isBlank() && !texts.contains(text)) {
            texts.add(text);
        }
    }
}
