package dev.tmj.comment;

import dev.tmj.http.ApiResponse;
import dev.tmj.http.HttpApi;
import dev.tmj.http.NextPage;
import java.net.URI;
import java.util.Optional;

/**
 * Find-then-update-or-create, the same on every service: read the comment list page by page until a comment
 * carries the marker, then replace that comment's body; create one when none does. Subclasses say where the list
 * is, how an update is sent and how long a body may be.
 */
abstract class MarkedComments implements PullRequestComments {
    final HttpApi api;
    private final String service;

    MarkedComments(HttpApi api, String service) {
        this.api = api;
        this.service = service;
    }

    @Override
    public final PostedComment post(SummaryMarker marker, String summary) {
        String body = CommentJsonWriter.body(CommentBody.of(marker, summary, maxBodyLength()));
        Optional<RemoteComment> existing = api.findInPages(listUri(), nextPage(), target(),
                page -> find(page, marker));
        if (existing.isPresent()) {
            RemoteComment updated = CommentJsonReader.one(update(existing.get().id(), body).body(), service);
            return new PostedComment(false, updated.id(), urlOf(updated));
        }
        RemoteComment created = CommentJsonReader.one(api.post(createUri(), body, target()).body(), service);
        return new PostedComment(true, created.id(), urlOf(created));
    }

    private Optional<RemoteComment> find(ApiResponse page, SummaryMarker marker) {
        return CommentJsonReader.list(page.body(), service).stream()
                .filter(c -> !c.system() && marker.marks(c.body())).findFirst();
    }

    /** The first page of the comment list. */
    abstract URI listUri();

    /** Where a new comment is posted. */
    abstract URI createUri();

    abstract NextPage nextPage();

    /** Replaces the body of the comment with this id. */
    abstract ApiResponse update(String id, String json);

    /** The longest body the service accepts, in characters. */
    abstract int maxBodyLength();

    /** Where a person sees this comment. */
    abstract String urlOf(RemoteComment comment);
}
