package dev.tmj.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * The one line that says why a request failed and what to check. A service's own explanation is included
 * shortened, and every text passes through {@link ApiToken#redact} so that not even a service echoing the token
 * can put it into a message.
 */
final class ApiErrors {
    /** A service's explanation longer than this is cut: a message is one line of a CI log. */
    static final int MAX_EXPLANATION = 200;

    private final String service;
    private final ApiToken token;
    private final String forbiddenHint;
    private final HttpSettings settings;

    ApiErrors(String service, ApiToken token, String forbiddenHint, HttpSettings settings) {
        this.service = service;
        this.token = token;
        this.forbiddenHint = forbiddenHint;
        this.settings = settings;
    }

    /** The service answered {@code status} (not 2xx). */
    ApiException refused(String method, URI uri, int status, HttpHeaders headers, String body, String what,
            int retries) {
        String request = method + " " + uri.getRawPath();
        String explanation = ErrorJsonReader.message(body).or(() -> plainCode(body)).map(this::shorten)
                .map(m -> ": " + m).orElse("");
        String text;
        if (status == 401) {
            text = service + " refused the token in " + token.variable() + " (401 Unauthorized at " + request
                    + "): it is invalid or expired" + explanation;
        } else if (status == 403) {
            text = service + " denied " + request + " (403 Forbidden): the token in " + token.variable()
                    + " lacks permission" + (forbiddenHint.isEmpty() ? "" : "; " + forbiddenHint) + explanation;
        } else if (status == 404) {
            text = service + " found no " + what + " (404 Not Found at " + request + "): check the project and "
                    + "number, and that the token in " + token.variable() + " can see it" + explanation;
        } else if (status == 410) {
            text = service + " has removed " + request + " (410 Gone): this API is no longer served, check the "
                    + "deployment setting" + explanation;
        } else if (status == 422 || status == 400) {
            text = service + " rejected " + request + " (" + status + "): " + (explanation.isEmpty()
                    ? "the request was not accepted" : explanation.substring(2));
        } else if (status == 429) {
            text = service + " rate-limited " + request + " (429 Too Many Requests)"
                    + headers.firstValue("Retry-After").map(s -> ", retry after " + shorten(s) + " s").orElse("")
                    + again(retries, ", ") + explanation;
        } else if (status >= 500) {
            text = service + " failed at " + request + " (" + status + " server error" + again(retries, ", ") + ")"
                    + explanation;
        } else if (status >= 300 && status < 400) {
            text = service + " redirected " + request + " (" + status + ")"
                    + headers.firstValue("Location").map(l -> " to " + shorten(l)).orElse("")
                    + ": tmj does not follow redirects with a token; check the API URL";
        } else {
            text = service + " answered " + status + " to " + request + explanation;
        }
        return new ApiException(token.redact(text), status, null);
    }

    /**
     * A body that is one short word in plain text, such as a Slack webhook's {@code invalid_payload} or
     * {@code no_text}: the service's own error code. Longer or other text (an HTML page) gives nothing.
     */
    static java.util.Optional<String> plainCode(String body) {
        String text = body.strip();
        return text.matches("[A-Za-z0-9_.:-]{1,80}") ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    /** No answer came: the connection failed or timed out. */
    ApiException unreachable(String method, URI uri, IOException e, int retries) {
        String reason;
        if (e instanceof HttpConnectTimeoutException) {
            reason = "no connection within " + settings.connectTimeout().toSeconds() + " s";
        } else if (e instanceof HttpTimeoutException) {
            reason = "no answer within " + settings.requestTimeout().toSeconds() + " s";
        } else if (e instanceof ConnectException) {
            reason = "connection refused";
        } else if (e instanceof UnknownHostException || e.getCause() instanceof UnresolvedAddressException) {
            reason = "unknown host";
        } else if (e instanceof SSLException) {
            reason = "TLS failed: " + shorten(String.valueOf(e.getMessage()));
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : shorten(e.getMessage());
        }
        return new ApiException(token.redact("could not reach " + service + " at " + uri.getScheme() + "://"
                + uri.getRawAuthority() + " for " + method + " " + uri.getRawPath() + ": " + reason
                + (retries == 0 ? "" : " (" + again(retries, "") + ")")), 0, e);
    }

    /** "also on the retry", "also on 2 retries", or nothing when the request was sent once. */
    private static String again(int retries, String before) {
        return retries == 0 ? "" : before + (retries == 1 ? "also on the retry" : "also on " + retries + " retries");
    }

    private String shorten(String text) {
        String oneLine = token.redact(text).strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= MAX_EXPLANATION) {
            return oneLine;
        }
        int end = MAX_EXPLANATION;
        if (Character.isLowSurrogate(oneLine.charAt(end))) {
            end--;
        }
        return oneLine.substring(0, end) + "…";
    }
}
