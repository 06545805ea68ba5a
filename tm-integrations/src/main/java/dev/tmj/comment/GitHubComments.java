package dev.tmj.comment;

import dev.tmj.http.ApiBase;
import dev.tmj.http.ApiResponse;
import dev.tmj.http.ApiToken;
import dev.tmj.http.HttpApi;
import dev.tmj.http.HttpSettings;
import dev.tmj.http.NextPage;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pull request's conversation on GitHub (REST v3): a pull request is an issue, so its comments are issue
 * comments. Lists {@code GET /repos/{owner}/{repo}/issues/{number}/comments?per_page=100} (pages by the
 * {@code Link} header), updates with {@code PATCH /repos/{owner}/{repo}/issues/comments/{id}}, creates with
 * {@code POST} to the list. The token needs {@code pull-requests: write} (or {@code issues: write}).
 */
final class GitHubComments extends MarkedComments {
    /** GitHub refuses a longer body with {@code 422 Body is too long (maximum is 65536 characters)}. */
    static final int MAX_BODY = 65_536;
    static final String SERVICE = "GitHub";

    private final String repository;
    private final long number;

    /**
     * @param repository {@code owner/name}, already checked to hold only GitHub's name characters
     */
    GitHubComments(ApiBase base, ApiToken token, String repository, long number, HttpSettings settings) {
        super(new HttpApi(SERVICE, base, token, "Authorization", "Bearer ", headers(),
                "it needs pull-requests: write (or issues: write), and a workflow run for a pull request from a fork "
                        + "gets a read-only GITHUB_TOKEN", settings), SERVICE);
        this.repository = repository;
        this.number = number;
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/vnd.github+json");
        headers.put("X-GitHub-Api-Version", "2022-11-28");
        return headers;
    }

    @Override
    public String target() {
        return "pull request #" + number + " of " + repository;
    }

    @Override
    URI listUri() {
        return api.base().resolve("/repos/" + repository + "/issues/" + number + "/comments?per_page=100");
    }

    @Override
    URI createUri() {
        return api.base().resolve("/repos/" + repository + "/issues/" + number + "/comments");
    }

    @Override
    NextPage nextPage() {
        return NextPage.linkHeader();
    }

    @Override
    ApiResponse update(String id, String json) {
        return api.patch(api.base().resolve("/repos/" + repository + "/issues/comments/" + id), json,
                "comment " + id + " of " + target());
    }

    @Override
    int maxBodyLength() {
        return MAX_BODY;
    }

    @Override
    String urlOf(RemoteComment comment) {
        return comment.url().isEmpty() ? api.base().resolve("/repos/" + repository + "/issues/comments/"
                + comment.id()).toString() : comment.url();
    }
}
