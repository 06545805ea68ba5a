package dev.tmj.comment;

/**
 * The comments of one pull request (or merge request) where tmj keeps its summary: one comment per set of models,
 * created on the first run and updated on later ones.
 */
public interface PullRequestComments {
    /**
     * Updates the comment whose first line is this marker (the oldest, when there are several), or creates one.
     *
     * @param marker names the models the summary is of
     * @param summary the Markdown summary; the marker is put first unless it already is, and a summary too long
     *                for the service is cut with a note
     * @return the comment posted
     * @throws dev.tmj.http.ApiException when the service refuses a request or cannot be reached
     */
    PostedComment post(SummaryMarker marker, String summary);

    /** Where the comments go, for messages: {@code pull request #12 of octo/app on GitHub}. */
    String target();
}
