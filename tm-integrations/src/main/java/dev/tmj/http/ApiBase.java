package dev.tmj.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The base URL of a REST API, such as {@code https://api.github.com} or {@code https://gitlab.example/api/v4}: an
 * absolute {@code https} URL, or {@code http} to a loopback address only (a local test server), because the token
 * travels with every request. A next-page link is followed only when it has this base's origin.
 */
public final class ApiBase {
    private final URI uri;

    private ApiBase(URI uri) {
        this.uri = uri;
    }

    /**
     * Parses a base URL.
     *
     * @param text the URL
     * @param source where it came from, for the message ({@code --api-url}, {@code GITHUB_API_URL})
     * @throws ApiSetupException when it is not an absolute https URL (or http to loopback) without user info, query
     *     or fragment
     */
    public static ApiBase parse(String text, String source) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new ApiSetupException(source + " is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ApiSetupException(source + " must be an absolute https URL, such as https://api.github.com");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ApiSetupException(source + " must not carry user info, a query or a fragment");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new ApiSetupException(source + " must use https: the token would travel unencrypted to "
                    + uri.getHost() + " (plain http is accepted for a loopback address only)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new ApiBase(URI.create(scheme + "://" + uri.getRawAuthority() + path));
    }

    /** The base URL, without a trailing slash. */
    public URI uri() {
        return uri;
    }

    /** The URL of this path ({@code /repos/o/r/issues/1/comments?per_page=100}) under the base. */
    public URI resolve(String pathAndQuery) {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute path: " + pathAndQuery);
        }
        return URI.create(uri + pathAndQuery);
    }

    /** Whether a URL has this base's scheme, host and port: the only next-page links that are followed. */
    public boolean sameOrigin(URI other) {
        return other.isAbsolute() && other.getHost() != null
                && uri.getScheme().equalsIgnoreCase(other.getScheme())
                && uri.getHost().equalsIgnoreCase(other.getHost())
                && port(uri) == port(other)
                && other.getRawUserInfo() == null;
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiBase other && uri.equals(other.uri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
