package dev.tmj.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Objects;

/**
 * A successful (2xx) answer.
 *
 * @param uri the request's URI
 * @param status the HTTP status
 * @param headers the answer's headers
 * @param body the answer's body, decoded as UTF-8
 */
public record ApiResponse(URI uri, int status, HttpHeaders headers, String body) {
    public ApiResponse {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }
}
