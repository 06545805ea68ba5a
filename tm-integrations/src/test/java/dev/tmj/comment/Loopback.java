package dev.tmj.comment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tmj.http.HttpSettings;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;

/** What the tests against a loopback server share: a recognisable token, quick settings, JSON helpers. */
final class Loopback {
    /** A token no message may ever contain. */
    static final String TOKEN = "ghp_SeCrEt0TOKEN0that0must0never0be0printed";

    /** Short timeouts and no pause before the retry: the server is local. */
    static final HttpSettings SETTINGS = HttpSettings.DEFAULTS.withTimeouts(Duration.ofSeconds(10),
            Duration.ofSeconds(10)).withRetryDelay(Duration.ZERO).withAttempts(2, Duration.ofSeconds(60));

    private static final JsonFactory JSON = new JsonFactory();

    private Loopback() {
    }

    /** A JSON string literal. */
    static String json(String text) {
        StringWriter out = new StringWriter();
        try (var g = JSON.createGenerator(out)) {
            g.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The {@code body} field of a request's JSON. */
    static String bodyOf(LoggedRequest request) {
        try (JsonParser p = JSON.createParser(request.getBodyAsString())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("body")) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no body in " + request.getBodyAsString());
    }
}
