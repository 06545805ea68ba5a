/**
 * The check's Markdown summary as a comment on a pull request (GitHub) or merge request (GitLab), updated in place
 * on later runs: {@link dev.tmj.comment.PullRequestComments} finds the comment carrying the hidden
 * {@link dev.tmj.comment.SummaryMarker} of the same models and replaces its body, or creates one.
 * {@link dev.tmj.comment.CommentPlatform} reads where to post from a CI job's environment.
 */
package dev.tmj.comment;
