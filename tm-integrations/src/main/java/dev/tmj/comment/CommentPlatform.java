package dev.tmj.comment;

import dev.tmj.http.ApiBase;
import dev.tmj.http.ApiSetupException;
import dev.tmj.http.ApiToken;
import dev.tmj.http.HttpSettings;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a CI job's pull request is, read from the job's environment (given as a map, so tests need no real
 * environment). Everything is checked before any request: a missing token, repository or number is an
 * {@link ApiSetupException}. The token is read from the environment only.
 */
public enum CommentPlatform {
    /**
     * GitHub Actions: {@code GITHUB_TOKEN}, {@code GITHUB_REPOSITORY} ({@code owner/name}), the number from
     * {@code GITHUB_REF} ({@code refs/pull/12/merge}) or the event file {@code GITHUB_EVENT_PATH}, the API at
     * {@code GITHUB_API_URL} (default {@code https://api.github.com}).
     */
    GITHUB {
        @Override
        public PullRequestComments comments(Map<String, String> env, Optional<String> apiUrl, OptionalLong number,
                HttpSettings settings) {
            ApiBase base = base(env, apiUrl, "GITHUB_API_URL", "https://api.github.com");
            String repository = required(env, "GITHUB_REPOSITORY", "the repository as owner/name");
            if (!repository.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+") || repository.contains("..")) {
                throw new ApiSetupException("GITHUB_REPOSITORY must be owner/name, not '" + shorten(repository) + "'");
            }
            long pr = number.isPresent() ? number.getAsLong() : gitHubNumber(env);
            return new GitHubComments(base, ApiToken.fromEnvironment(env, "GITHUB_TOKEN"), repository, pr, settings);
        }
    },
    /**
     * GitLab CI: {@code GITLAB_TOKEN} (a project or personal access token with the {@code api} scope; the job's
     * {@code CI_JOB_TOKEN} cannot write notes), {@code CI_PROJECT_ID}, {@code CI_MERGE_REQUEST_IID} (set in merge
     * request pipelines), the API at {@code CI_API_V4_URL} (default {@code https://gitlab.com/api/v4}), and
     * {@code CI_PROJECT_URL} for the link to the note.
     */
    GITLAB {
        @Override
        public PullRequestComments comments(Map<String, String> env, Optional<String> apiUrl, OptionalLong number,
                HttpSettings settings) {
            ApiBase base = base(env, apiUrl, "CI_API_V4_URL", "https://gitlab.com/api/v4");
            String project = required(env, "CI_PROJECT_ID", "the project's id");
            if (!project.matches("[0-9]{1,19}|[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+")) {
                throw new ApiSetupException("CI_PROJECT_ID must be a project id or group/project path, not '"
                        + shorten(project) + "'");
            }
            long iid = number.isPresent() ? number.getAsLong() : parseNumber(required(env, "CI_MERGE_REQUEST_IID",
                    "the merge request's number (it is set in merge request pipelines only: "
                            + "rules: - if: $CI_PIPELINE_SOURCE == \"merge_request_event\")"), "CI_MERGE_REQUEST_IID");
            Optional<String> web = Optional.ofNullable(env.get("CI_PROJECT_URL")).map(String::strip)
                    .filter(u -> u.matches("https?://[^\\s]+")).map(u -> u.replaceAll("/+$", ""));
            return new GitLabNotes(base, ApiToken.fromEnvironment(env, "GITLAB_TOKEN"), project, iid, web, settings);
        }
    };

    private static final Pattern PULL_REF = Pattern.compile("refs/pull/([0-9]{1,18})/(merge|head)");

    /**
     * The comments of the job's pull request.
     *
     * @param env the environment variables
     * @param apiUrl the API's base URL from the command line, before the environment's
     * @param number the pull request's number from the command line, before the environment's
     * @param settings timeouts and trace
     * @throws ApiSetupException when the environment does not say where to post, or the token is missing
     */
    public abstract PullRequestComments comments(Map<String, String> env, Optional<String> apiUrl,
            OptionalLong number, HttpSettings settings);

    private static ApiBase base(Map<String, String> env, Optional<String> apiUrl, String variable, String fallback) {
        if (apiUrl.isPresent()) {
            return ApiBase.parse(apiUrl.get(), "--api-url");
        }
        String fromEnv = env.get(variable);
        return fromEnv == null || fromEnv.isBlank() ? ApiBase.parse(fallback, variable)
                : ApiBase.parse(fromEnv, variable);
    }

    private static long gitHubNumber(Map<String, String> env) {
        String ref = env.getOrDefault("GITHUB_REF", "").strip();
        Matcher m = PULL_REF.matcher(ref);
        if (m.matches()) {
            return parseNumber(m.group(1), "GITHUB_REF");
        }
        String event = env.getOrDefault("GITHUB_EVENT_PATH", "").strip();
        if (!event.isEmpty()) {
            try {
                OptionalLong fromEvent = GitHubEventReader.pullRequestNumber(Path.of(event));
                if (fromEvent.isPresent() && fromEvent.getAsLong() > 0) {
                    return fromEvent.getAsLong();
                }
            } catch (IOException | InvalidPathException e) {
                throw new ApiSetupException("could not read the event file GITHUB_EVENT_PATH (" + shorten(event)
                        + "): " + shorten(String.valueOf(e.getMessage())));
            }
        }
        throw new ApiSetupException("no pull request to comment on: GITHUB_REF is not refs/pull/NUMBER/merge and "
                + "the event (GITHUB_EVENT_PATH) names no pull request; run on a pull_request event or give "
                + "--pull-request NUMBER");
    }

    private static String required(Map<String, String> env, String variable, String what) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            throw new ApiSetupException("the environment variable " + variable + " is not set: it must hold " + what);
        }
        return value.strip();
    }

    private static long parseNumber(String text, String source) {
        if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) < 1) {
            throw new ApiSetupException(source + " must be a positive number, not '" + shorten(text) + "'");
        }
        return Long.parseLong(text);
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
