package dev.tmj.comment;

import java.util.Objects;

/**
 * The comment tmj posted.
 *
 * @param created whether it is new ({@code false}: an earlier comment with the same marker was updated)
 * @param id the service's id of the comment
 * @param url where a person sees it (GitHub's {@code html_url}; GitLab's merge request page with the note's
 *            anchor, or the note's API URL when the project's web URL is unknown)
 */
public record PostedComment(boolean created, String id, String url) {
    public PostedComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
    }

    /** {@code created} or {@code updated}. */
    public String verb() {
        return created ? "created" : "updated";
    }
}
