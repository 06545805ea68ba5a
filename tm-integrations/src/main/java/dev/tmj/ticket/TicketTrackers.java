package dev.tmj.ticket;

import dev.tmj.http.ApiBase;
import dev.tmj.http.ApiSetupException;
import dev.tmj.http.ApiToken;
import dev.tmj.http.HttpSettings;
import java.util.Map;
import java.util.Optional;

/**
 * The trackers, each checked before any request: a missing or malformed setting or token is an
 * {@link ApiSetupException} (bad setup, exit 2) that names the setting and never a token's value. Tokens come from
 * the environment map only.
 */
public final class TicketTrackers {
    private TicketTrackers() {
    }

    /**
     * Jira: the token {@code JIRA_PAT} (a personal access token, sent as a bearer) when set, else {@code JIRA_EMAIL}
     * and {@code JIRA_API_TOKEN} (Cloud's Basic credentials).
     *
     * @param url the site ({@code https://example.atlassian.net})
     * @param project the project's key ({@code SEC})
     * @param issueType the type of new issues ({@code Task})
     * @param doneTransition the transition that closes an issue ({@code Done})
     * @param deployment cloud or data center; empty: cloud when the host ends in {@code .atlassian.net}
     */
    public static TicketTracker jira(Map<String, String> env, Optional<String> url, Optional<String> project,
            String issueType, String doneTransition, Optional<JiraDeployment> deployment, HttpSettings settings) {
        ApiBase base = ApiBase.parse(url.orElseThrow(() -> new ApiSetupException("--jira-url is needed (or "
                + "sync.jira.url in tmj.yaml): the Jira site, such as https://example.atlassian.net")), "--jira-url");
        String key = project.orElseThrow(() -> new ApiSetupException("--jira-project is needed (or "
                + "sync.jira.project in tmj.yaml): the project's key, such as SEC"));
        if (!key.matches("[A-Z][A-Z0-9_]{0,254}")) {
            throw new ApiSetupException("--jira-project must be a Jira project key (capital letters, digits, _), not '"
                    + shorten(key) + "'");
        }
        requireText(issueType, "--jira-issue-type");
        requireText(doneTransition, "--jira-done-transition");
        String pat = env.get("JIRA_PAT");
        boolean bearer = pat != null && !pat.isBlank();
        ApiToken token = bearer ? ApiToken.fromEnvironment(env, "JIRA_PAT")
                : ApiToken.basicFromEnvironment(env, "JIRA_EMAIL", "JIRA_API_TOKEN");
        return new JiraIssues(base, token, bearer, deployment.orElse(JiraDeployment.forHost(base.uri().getHost())),
                key, issueType.strip(), doneTransition.strip(), settings);
    }

    /**
     * GitHub: the token {@code GITHUB_TOKEN}; the repository from the setting, else {@code GITHUB_REPOSITORY}; the
     * API from the setting, else {@code GITHUB_API_URL}, else {@code https://api.github.com}.
     */
    public static TicketTracker github(Map<String, String> env, Optional<String> repository, Optional<String> api,
            HttpSettings settings) {
        ApiBase base = api.isPresent() ? ApiBase.parse(api.get(), "--github-api")
                : ApiBase.parse(env.getOrDefault("GITHUB_API_URL", "").isBlank() ? "https://api.github.com"
                        : env.get("GITHUB_API_URL"), "GITHUB_API_URL");
        String repo = repository.or(() -> Optional.ofNullable(env.get("GITHUB_REPOSITORY")).filter(r -> !r.isBlank()))
                .map(String::strip).orElseThrow(() -> new ApiSetupException("--github-repo is needed (or "
                        + "sync.github.repo in tmj.yaml, or GITHUB_REPOSITORY): the repository as owner/name"));
        if (!repo.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+") || repo.contains("..")) {
            throw new ApiSetupException("--github-repo must be owner/name, not '" + shorten(repo) + "'");
        }
        return new GitHubIssues(base, ApiToken.fromEnvironment(env, "GITHUB_TOKEN"), repo, settings);
    }

    /**
     * GitLab: the token {@code GITLAB_TOKEN}; the instance from the setting (its REST API under {@code /api/v4}),
     * else {@code CI_API_V4_URL}, else {@code https://gitlab.com/api/v4}; the project (id or path) from the
     * setting, else {@code CI_PROJECT_ID}.
     */
    public static TicketTracker gitlab(Map<String, String> env, Optional<String> url, Optional<String> project,
            HttpSettings settings) {
        ApiBase base;
        if (url.isPresent()) {
            String u = url.get().strip().replaceAll("/+$", "");
            base = ApiBase.parse(u.endsWith("/api/v4") ? u : u + "/api/v4", "--gitlab-url");
        } else {
            String fromEnv = env.getOrDefault("CI_API_V4_URL", "");
            base = ApiBase.parse(fromEnv.isBlank() ? "https://gitlab.com/api/v4" : fromEnv, "CI_API_V4_URL");
        }
        String id = project.or(() -> Optional.ofNullable(env.get("CI_PROJECT_ID")).filter(p -> !p.isBlank()))
                .map(String::strip).orElseThrow(() -> new ApiSetupException("--gitlab-project is needed (or "
                        + "sync.gitlab.project in tmj.yaml, or CI_PROJECT_ID): the project's id or group/project path"));
        if (!id.matches("[0-9]{1,19}|[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+")) {
            throw new ApiSetupException("--gitlab-project must be a project id or group/project path, not '"
                    + shorten(id) + "'");
        }
        return new GitLabIssues(base, ApiToken.fromEnvironment(env, "GITLAB_TOKEN"), id, settings);
    }

    private static void requireText(String value, String option) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
            throw new ApiSetupException(option + " must name something, on one line");
        }
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }
}
