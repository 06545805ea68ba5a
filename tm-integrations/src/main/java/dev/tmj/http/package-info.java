/**
 * A small JSON-over-HTTPS client for the REST APIs tmj talks to (GitHub, GitLab; later issue trackers and chat
 * webhooks): {@link dev.tmj.http.HttpApi} sends a request with the API's headers and a token from the environment,
 * retries an idempotent request once after a server error, follows only same-origin pages, and turns every failure
 * into one {@link dev.tmj.http.ApiException} whose message says what failed and never holds the token. This is the
 * only package that opens network connections (an architecture rule).
 */
package dev.tmj.http;
