package dev.tmj.http;

import java.util.Map;

/**
 * A token read from an environment variable, and only from there: never from an option or a file, so it is not in
 * a shell history or a repository. {@link #toString()} names the variable, not the value, and {@link #redact}
 * removes the value from any text that might echo it.
 */
public final class ApiToken {
    private final String variable;
    private final String value;

    private ApiToken(String variable, String value) {
        this.variable = variable;
        this.value = value;
    }

    /**
     * The token in this environment variable, without surrounding blanks (a secret pasted with its line break).
     *
     * @throws ApiSetupException when it is unset, empty, or holds characters no HTTP header may carry; the message
     *     names the variable and never the value
     */
    public static ApiToken fromEnvironment(Map<String, String> environment, String variable) {
        String raw = environment.get(variable);
        if (raw == null || raw.isBlank()) {
            throw new ApiSetupException("the environment variable " + variable + " is not set: it must hold the "
                    + "API token (tmj reads tokens only from the environment)");
        }
        String token = raw.strip();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new ApiSetupException("the environment variable " + variable + " does not hold a token: it "
                        + "has blanks or characters other than printable ASCII inside");
            }
        }
        return new ApiToken(variable, token);
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
        return text == null ? null : text.replace(value, "[" + variable + "]");
    }

    @Override
    public String toString() {
        return "[" + variable + "]";
    }
}
