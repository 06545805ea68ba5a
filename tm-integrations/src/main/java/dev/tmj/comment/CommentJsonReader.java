package dev.tmj.comment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tmj.http.ApiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub's issue comments and GitLab's notes, as JSON: each an object whose {@code id}, {@code body},
 * {@code html_url} and {@code system} tmj reads (all other fields are skipped).
 */
final class CommentJsonReader {
    private static final JsonFactory JSON = new JsonFactory();

    private CommentJsonReader() {
    }

    /** A page of a comment list: a JSON array of comments. */
    static List<RemoteComment> list(String json, String service) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw unreadable(service, "a list of comments", null);
            }
            List<RemoteComment> comments = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                comments.add(comment(p, service));
            }
            return comments;
        } catch (IOException e) {
            throw unreadable(service, "a list of comments", e);
        }
    }

    /** A created or updated comment: one JSON object. */
    static RemoteComment one(String json, String service) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw unreadable(service, "a comment", null);
            }
            return comment(p, service);
        } catch (IOException e) {
            throw unreadable(service, "a comment", e);
        }
    }

    private static RemoteComment comment(JsonParser p, String service) throws IOException {
        String id = null;
        String body = "";
        String url = "";
        boolean system = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_STRING
                        ? p.getText() : null;
                case "body" -> body = value == JsonToken.VALUE_STRING ? p.getText() : "";
                case "html_url" -> url = value == JsonToken.VALUE_STRING ? p.getText() : "";
                case "system" -> system = value == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
        }
        if (id == null || !id.matches("[0-9]{1,19}")) {
            throw unreadable(service, "a comment with a numeric id", null);
        }
        return new RemoteComment(id, body, url, system);
    }

    private static ApiException unreadable(String service, String what, IOException cause) {
        return new ApiException(service + " answered with something other than " + what
                + (cause == null ? "" : " (not JSON)"), 0, cause);
    }
}
