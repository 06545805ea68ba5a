package dev.tmj.comment;

import dev.tmj.http.ApiBase;
import dev.tmj.http.ApiResponse;
import dev.tmj.http.ApiToken;
import dev.tmj.http.HttpApi;
import dev.tmj.http.HttpSettings;
import dev.tmj.http.NextPage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A merge request's notes on GitLab (REST v4): lists {@code GET /projects/:id/merge_requests/:iid/notes} oldest
 * first (pages by {@code X-Next-Page}), updates with {@code PUT …/notes/:note_id}, creates with {@code POST} to the
 * list. The token ({@code PRIVATE-TOKEN}) needs the {@code api} scope. System notes are never tmj's.
 */
final class GitLabNotes extends MarkedComments {
    /** GitLab's limit for a note. */
    static final int MAX_BODY = 1_000_000;
    static final String SERVICE = "GitLab";

    private final String project;
    private final long iid;
    private final Optional<String> projectWebUrl;

    /**
     * @param project the project's id or its full path ({@code group/app}), encoded here
     * @param projectWebUrl the project's web URL ({@code CI_PROJECT_URL}), for the link to the note
     */
    GitLabNotes(ApiBase base, ApiToken token, String project, long iid, Optional<String> projectWebUrl,
            HttpSettings settings) {
        super(new HttpApi(SERVICE, base, token, "PRIVATE-TOKEN", "", Map.of("Accept", "application/json"),
                "it needs the api scope and at least the Reporter role in the project", settings), SERVICE);
        this.project = project;
        this.iid = iid;
        this.projectWebUrl = projectWebUrl;
    }

    @Override
    public String target() {
        return "merge request !" + iid + " of project " + project;
    }

    private String notesPath() {
        return "/projects/" + URLEncoder.encode(project, StandardCharsets.UTF_8) + "/merge_requests/" + iid + "/notes";
    }

    @Override
    URI listUri() {
        return api.base().resolve(notesPath() + "?sort=asc&order_by=created_at&per_page=100");
    }

    @Override
    URI createUri() {
        return api.base().resolve(notesPath());
    }

    @Override
    NextPage nextPage() {
        return NextPage.pageNumberHeader("X-Next-Page", "page");
    }

    @Override
    ApiResponse update(String id, String json) {
        return api.put(api.base().resolve(notesPath() + "/" + id), json, "note " + id + " of " + target());
    }

    @Override
    int maxBodyLength() {
        return MAX_BODY;
    }

    @Override
    String urlOf(RemoteComment comment) {
        return projectWebUrl.map(web -> web + "/-/merge_requests/" + iid + "#note_" + comment.id())
                .orElse(api.base().resolve(notesPath() + "/" + comment.id()).toString());
    }
}
