package dev.tmj.comment;

/**
 * A comment as the service lists it.
 *
 * @param id its id
 * @param body its Markdown
 * @param url its {@code html_url} (GitHub), or "" when the service gives none
 * @param system whether the service wrote it (GitLab's system notes: "added 1 commit"), never tmj's
 */
record RemoteComment(String id, String body, String url, boolean system) {
}
