package dev.tmj.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A token read from an environment variable, and only from there: never from an option or a file, so it is not in
 * a shell history or a repository. {@link #toString()} names the variable, not the value, and {@link #redact}
 * removes the value from any text that might echo it.
 */
public final class ApiToken {
    private final String variable;
    private final String value;
    private final List<String> secrets;

    private ApiToken(String variable, String value, List<String> secrets) {
        this.variable = variable;
        this.value = value;
        this.secrets = List.copyOf(secrets);
    }

    /**
     * The token in this environment variable, without surrounding blanks (a secret pasted with its line break).
     *
     * @throws ApiSetupException when it is unset, empty, or holds characters no HTTP header may carry; the message
     *     names the variable and never the value
     */
    public static ApiToken fromEnvironment(Map<String, String> environment, String variable) {
        String token = read(environment, variable, "API token");
        return new ApiToken(variable, token, List.of(token));
    }

    /**
     * HTTP Basic credentials ({@code user:token}, Base64-encoded, for {@code Authorization: Basic …}) from two
     * environment variables: Jira Cloud's {@code JIRA_EMAIL} and {@code JIRA_API_TOKEN}. Both the token and the
     * encoded pair are removed from any message; messages name the token's variable.
     *
     * @throws ApiSetupException when either is unset, empty or not printable ASCII
     */
    public static ApiToken basicFromEnvironment(Map<String, String> environment, String userVariable,
            String tokenVariable) {
        String user = read(environment, userVariable, "user name (the account's e-mail address)");
        String token = read(environment, tokenVariable, "API token");
        String encoded = Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
        return new ApiToken(tokenVariable, encoded, List.of(token, encoded));
    }

    /**
     * A webhook's URL from an environment variable (Slack's {@code https://hooks.slack.com/services/…}, a Teams
     * workflow's {@code https://…/workflows/…/invoke?…&sig=…}): the URL is the credential, so it is treated as a
     * token. {@link #redact} removes the whole URL, its path with and without the query, its query and each long
     * query value (a signature), so that a message or trace line naming the request shows {@code [VARIABLE]}.
     *
     * @throws ApiSetupException when it is unset, empty, not a URL, or holds blanks or non-ASCII characters; the
     *     message names the variable and never the value
     */
    public static ApiToken webhookFromEnvironment(Map<String, String> environment, String variable) {
        String raw = environment.get(variable);
        if (raw == null || raw.isBlank()) {
            throw new ApiSetupException("the environment variable " + variable + " is not set: it must hold the "
                    + "webhook's URL (a secret, so tmj reads it only from the environment)");
        }
        String url = raw.strip();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ApiSetupException("the environment variable " + variable + " does not hold a URL");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new ApiSetupException("the environment variable " + variable + " does not hold a webhook "
                        + "URL: it has blanks or characters other than printable ASCII inside");
            }
        }
        List<String> secrets = new ArrayList<>();
        secrets.add(url);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery();
        if (query != null) {
            secrets.add(path + "?" + query);
            secrets.add(query);
            for (String pair : query.split("&")) {
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.length() >= MIN_SECRET) {
                    secrets.add(value);
                }
            }
        }
        if (path.length() >= MIN_SECRET) {
            secrets.add(path);
        }
        return new ApiToken(variable, url, secrets);
    }

    /** A part of a webhook URL shorter than this ({@code /}, {@code sv=1.0}) is not secret, and too common to hide. */
    private static final int MIN_SECRET = 8;

    /** The URL of a webhook token ({@link #webhookFromEnvironment}), for the one request that uses it. */
    URI uri() {
        return URI.create(value);
    }

    private static String read(Map<String, String> environment, String variable, String what) {
        String raw = environment.get(variable);
        if (raw == null || raw.isBlank()) {
            throw new ApiSetupException("the environment variable " + variable + " is not set: it must hold the "
                    + "API token (tmj reads tokens only from the environment)");
        }
        String token = raw.strip();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new ApiSetupException("the environment variable " + variable + " does not hold a "
                        + (what.endsWith("token") ? "token" : "user name") + ": it "
                        + "has blanks or characters other than printable ASCII inside");
            }
        }
        return token;
    }

    /** The environment variable the token came from, for messages. */
    public String variable() {
        return variable;
    }

    /** The token itself, for the one header that carries it. */
    String value() {
        return value;
    }

    /** The text with every occurrence of the token replaced by {@code [GITHUB_TOKEN]} (the variable's name). */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, "[" + variable + "]");
        }
        return redacted;
    }

    @Override
    public String toString() {
        return "[" + variable + "]";
    }
}
