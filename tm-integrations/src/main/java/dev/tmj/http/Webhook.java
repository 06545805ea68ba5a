package dev.tmj.http;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * An incoming webhook (Slack, a Microsoft Teams workflow): JSON posted to a URL that is itself the credential. The
 * URL is read from an environment variable only ({@link ApiToken#webhookFromEnvironment}), must be https (plain
 * http to a loopback address only, as in tests), and is never printed: messages and trace lines name the variable
 * instead ({@code POST [SLACK_WEBHOOK_URL]}). Requests go through {@link HttpApi}: timeouts, no redirects, a 429
 * retried after {@code Retry-After} within the wait allowed; a POST that failed on the server is not repeated
 * (it may have been delivered).
 */
public final class Webhook {
    private final HttpApi api;
    private final URI uri;
    private final ApiToken url;

    private Webhook(HttpApi api, URI uri, ApiToken url) {
        this.api = api;
        this.uri = uri;
        this.url = url;
    }

    /**
     * The webhook whose URL the environment variable holds.
     *
     * @param service the service's name for messages ({@code Slack})
     * @throws ApiSetupException when the variable is unset or does not hold an https URL (http for loopback only);
     *     the message names the variable, never the URL
     */
    public static Webhook fromEnvironment(String service, Map<String, String> environment, String variable,
            HttpSettings settings) {
        ApiToken url = ApiToken.webhookFromEnvironment(environment, variable);
        URI uri = url.uri();
        ApiBase base;
        try {
            // The origin only: ApiBase refuses a query, and the path is part of the secret.
            base = ApiBase.parse(uri.getScheme() + "://" + uri.getRawAuthority(), "the URL in " + variable);
        } catch (ApiSetupException | IllegalArgumentException e) {
            throw new ApiSetupException(url.redact(e.getMessage()));
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new ApiSetupException("the URL in " + variable + " must not carry user info or a fragment");
        }
        HttpApi api = new HttpApi(service, base, url, "", "", Map.of("Accept", "*/*"), "", settings);
        return new Webhook(api, uri, url);
    }

    /** The environment variable that holds the URL: how messages name this webhook. */
    public String variable() {
        return url.variable();
    }

    /**
     * Posts a JSON payload.
     *
     * @param what what is posted, for a 404's message ({@code message})
     * @return the 2xx answer; its body is the service's to judge (Slack answers {@code ok})
     * @throws ApiException when the service refused it, did not answer or could not be reached; the message names
     *     the variable, never the URL
     */
    public ApiResponse post(String json, String what) {
        Objects.requireNonNull(json, "json");
        return api.post(uri, json, what);
    }

    /** The text with the URL and its secret parts replaced by {@code [VARIABLE]}. */
    public String redact(String text) {
        return url.redact(text);
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
