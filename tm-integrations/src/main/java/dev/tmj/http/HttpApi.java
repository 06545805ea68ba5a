package dev.tmj.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One REST API reached with one token: JSON requests with the API's headers and a timeout each; retries, a bounded
 * number of times ({@link HttpSettings#attempts()}) with pauses that double or follow {@code Retry-After} and never
 * add up to more than {@link HttpSettings#maxWait()}, of a request refused with 429 and of an idempotent request
 * (GET, PUT, PATCH) after a server error or a lost connection (never a POST that reached the server, which could
 * have been done once already); no redirects (the token stays with the configured host), and pagination that stays
 * on the base's origin. Every failure is an {@link ApiException} ({@link ApiErrors} words it).
 */
public final class HttpApi {
    /** More pages than this is not a pull request's comment list but a loop or a flood: stop. */
    static final int MAX_PAGES = 100;

    private final String service;
    private final ApiBase base;
    private final ApiToken token;
    private final String authHeader;
    private final String authPrefix;
    private final Map<String, String> headers;
    private final ApiErrors errors;
    private final HttpSettings settings;
    private final HttpClient client;

    /**
     * @param service the service's name for messages ({@code GitHub})
     * @param base the API's base URL
     * @param token the token
     * @param authHeader the header that carries it ({@code Authorization}, {@code PRIVATE-TOKEN}), or {@code ""}
     *                   when the URL itself is the credential (a {@link Webhook})
     * @param authPrefix what comes before the token in that header ({@code "Bearer "} or {@code ""})
     * @param headers the other headers every request carries ({@code Accept}, an API version)
     * @param forbiddenHint what a 403 usually means with this service, for its message
     * @param settings timeouts, retry delay and trace
     */
    public HttpApi(String service, ApiBase base, ApiToken token, String authHeader, String authPrefix,
            Map<String, String> headers, String forbiddenHint, HttpSettings settings) {
        this.service = Objects.requireNonNull(service, "service");
        this.base = Objects.requireNonNull(base, "base");
        this.token = Objects.requireNonNull(token, "token");
        this.authHeader = Objects.requireNonNull(authHeader, "authHeader");
        this.authPrefix = Objects.requireNonNull(authPrefix, "authPrefix");
        this.headers = Map.copyOf(new LinkedHashMap<>(headers));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.errors = new ApiErrors(service, token, forbiddenHint, settings);
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The API's base URL. */
    public ApiBase base() {
        return base;
    }

    /** GET a URL under the base; {@code what} names the resource for a 404 ({@code pull request #3 of o/r}). */
    public ApiResponse get(URI uri, String what) {
        return exchange("GET", uri, null, what);
    }

    /** POST a JSON body. Not retried. */
    public ApiResponse post(URI uri, String json, String what) {
        return exchange("POST", uri, json, what);
    }

    /** PATCH a JSON body. */
    public ApiResponse patch(URI uri, String json, String what) {
        return exchange("PATCH", uri, json, what);
    }

    /** PUT a JSON body. */
    public ApiResponse put(URI uri, String json, String what) {
        return exchange("PUT", uri, json, what);
    }

    /**
     * Reads a paginated list page by page until {@code inPage} finds what it looks for or the last page.
     *
     * @throws ApiException when a page fails, a next-page link leaves the base's origin or repeats a page, or there
     *     are more than {@value #MAX_PAGES} pages
     */
    public <T> Optional<T> findInPages(URI first, NextPage next, String what, Function<ApiResponse, Optional<T>> inPage) {
        Set<URI> seen = new LinkedHashSet<>();
        URI uri = first;
        while (true) {
            if (!seen.add(uri)) {
                throw new ApiException(service + "'s list of " + what + " links back to a page already read ("
                        + uri.getRawPath() + "): stopped", 0, null);
            }
            if (seen.size() > MAX_PAGES) {
                throw new ApiException(service + "'s list of " + what + " has more than " + MAX_PAGES
                        + " pages: stopped", 0, null);
            }
            ApiResponse page = get(uri, what);
            Optional<T> found = inPage.apply(page);
            if (found.isPresent()) {
                return found;
            }
            Optional<URI> after = next.after(page);
            if (after.isEmpty()) {
                return Optional.empty();
            }
            if (!base.sameOrigin(after.get())) {
                throw new ApiException(service + "'s list of " + what + " links its next page to another origin ("
                        + after.get().getScheme() + "://" + after.get().getRawAuthority() + ", not " + base.uri()
                        + "): tmj sends its token only to " + base.uri().getRawAuthority(), 0, null);
            }
            uri = after.get();
        }
    }

    private ApiResponse exchange(String method, URI uri, String json, String what) {
        if (!base.sameOrigin(uri)) {
            throw new IllegalArgumentException("not under " + base + ": " + uri);
        }
        // A POST that failed on the server may have been done: only a 429 (refused before any work) repeats it.
        boolean idempotent = !method.equals("POST");
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == settings.attempts();
            HttpResponse<byte[]> response;
            try {
                response = client.send(request(method, uri, json), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                trace(method + " " + uri + " -> " + e.getClass().getSimpleName());
                Duration pause = backoff(attempt);
                if (!idempotent || last || waited.plus(pause).compareTo(settings.maxWait()) > 0) {
                    throw errors.unreachable(method, uri, e, attempt - 1);
                }
                waited = waited.plus(pause(method, uri, pause));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(token.redact(service + ": interrupted during " + method + " " + uri.getRawPath()), 0,
                        e);
            }
            int status = response.statusCode();
            trace(method + " " + uri + " -> " + status);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (status >= 200 && status < 300) {
                return new ApiResponse(uri, status, response.headers(), body);
            }
            boolean retryable = status == 429 || (status >= 500 && idempotent);
            if (retryable && !last) {
                Duration pause = RetryAfter.of(response.headers(), settings.clock()).orElse(backoff(attempt));
                if (waited.plus(pause).compareTo(settings.maxWait()) <= 0) {
                    waited = waited.plus(pause(method, uri, pause));
                    continue;
                }
                trace(method + " " + uri + ": not waiting " + pause.toSeconds()
                        + " s, beyond the " + settings.maxWait().toSeconds() + " s allowed");
            }
            throw errors.refused(method, uri, status, response.headers(), body, what, attempt - 1);
        }
    }

    /** The pause before retry number {@code attempt}: the first delay, doubled each time. */
    private Duration backoff(int attempt) {
        return settings.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    private HttpRequest request(String method, URI uri, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("User-Agent", "tmj");
        headers.forEach(b::header);
        if (!authHeader.isEmpty()) {
            b.header(authHeader, authPrefix + token.value());
        }
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json; charset=utf-8");
            b.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return b.build();
    }

    /** A trace line, without the secret: a webhook's URL is its credential, and a trace line names the URL. */
    private void trace(String line) {
        settings.trace().accept(token.redact(line));
    }

    private Duration pause(String method, URI uri, Duration pause) {
        trace(method + " " + uri + ": retrying in " + pause.toMillis() + " ms");
        try {
            settings.sleeper().sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(token.redact(service + ": interrupted before retrying " + method + " "
                    + uri.getRawPath()), 0, e);
        }
        return pause;
    }
}
