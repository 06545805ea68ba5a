package dev.tmj.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.http.ApiSetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where to post, read from a CI job's environment, checked before any request is sent. */
class CommentPlatformTest {
    private static Map<String, String> github() {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_TOKEN", Loopback.TOKEN);
        env.put("GITHUB_REPOSITORY", "octo/app");
        env.put("GITHUB_REF", "refs/pull/12/merge");
        return env;
    }

    private static PullRequestComments gitHub(Map<String, String> env) {
        return CommentPlatform.GITHUB.comments(env, Optional.empty(), OptionalLong.empty(), Loopback.SETTINGS);
    }

    @Test
    void should_take_the_pull_request_from_githubs_ref() {
        assertThat(gitHub(github()).target()).isEqualTo("pull request #12 of octo/app");
    }

    @Test
    void should_take_the_pull_request_from_the_event_file_when_the_ref_is_a_branch(@TempDir Path dir) throws IOException {
        Path event = Files.writeString(dir.resolve("event.json"), "{\"action\":\"synchronize\",\"number\":99,"
                + "\"repository\":{\"id\":1},\"pull_request\":{\"head\":{\"ref\":\"x\"},\"number\":34}}");
        Map<String, String> env = github();
        env.put("GITHUB_REF", "refs/heads/feature");
        env.put("GITHUB_EVENT_PATH", event.toString());

        assertThat(gitHub(env).target()).isEqualTo("pull request #34 of octo/app");
    }

    @Test
    void should_take_the_pull_request_of_a_comment_event_only_when_its_issue_is_one(@TempDir Path dir)
            throws IOException {
        Map<String, String> env = github();
        env.remove("GITHUB_REF");
        env.put("GITHUB_EVENT_PATH", Files.writeString(dir.resolve("pr.json"),
                "{\"issue\":{\"number\":5,\"pull_request\":{\"url\":\"u\"}}}").toString());
        assertThat(gitHub(env).target()).isEqualTo("pull request #5 of octo/app");

        env.put("GITHUB_EVENT_PATH", Files.writeString(dir.resolve("issue.json"),
                "{\"issue\":{\"number\":6}}").toString());
        assertThatThrownBy(() -> gitHub(env)).isInstanceOf(ApiSetupException.class)
                .hasMessageStartingWith("no pull request to comment on");
    }

    @Test
    void should_prefer_the_number_given_on_the_command_line() {
        assertThat(CommentPlatform.GITHUB.comments(github(), Optional.empty(), OptionalLong.of(3), Loopback.SETTINGS)
                .target()).isEqualTo("pull request #3 of octo/app");
    }

    @Test
    void should_refuse_a_missing_token_naming_the_variable() {
        Map<String, String> env = github();
        env.remove("GITHUB_TOKEN");

        assertThatThrownBy(() -> gitHub(env)).isInstanceOf(ApiSetupException.class)
                .hasMessage("the environment variable GITHUB_TOKEN is not set: it must hold the API token (tmj reads "
                        + "tokens only from the environment)");
    }

    @Test
    void should_refuse_a_token_with_blanks_inside_without_printing_it() {
        Map<String, String> env = github();
        env.put("GITHUB_TOKEN", "ghp_abc def\n");

        assertThatThrownBy(() -> gitHub(env)).isInstanceOf(ApiSetupException.class)
                .hasMessageContaining("GITHUB_TOKEN does not hold a token").hasMessageNotContaining("ghp_abc");
    }

    @Test
    void should_refuse_a_run_outside_a_pull_request() {
        Map<String, String> env = github();
        env.put("GITHUB_REF", "refs/heads/main");

        assertThatThrownBy(() -> gitHub(env)).isInstanceOf(ApiSetupException.class)
                .hasMessageContaining("GITHUB_REF is not refs/pull/NUMBER/merge").hasMessageContaining("--pull-request");
    }

    @Test
    void should_refuse_a_repository_that_is_not_owner_and_name() {
        Map<String, String> env = github();
        env.put("GITHUB_REPOSITORY", "octo/../../admin");

        assertThatThrownBy(() -> gitHub(env)).isInstanceOf(ApiSetupException.class)
                .hasMessage("GITHUB_REPOSITORY must be owner/name, not 'octo/../../admin'");
    }

    @Test
    void should_refuse_to_send_the_token_over_plain_http_to_another_host() {
        Map<String, String> env = github();
        env.put("GITHUB_API_URL", "http://ghe.example/api/v3");

        assertThatThrownBy(() -> gitHub(env)).isInstanceOf(ApiSetupException.class)
                .hasMessageStartingWith("GITHUB_API_URL must use https: the token would travel unencrypted");
        assertThatThrownBy(() -> CommentPlatform.GITHUB.comments(github(), Optional.of("ftp://x"), OptionalLong.empty(),
                Loopback.SETTINGS)).hasMessageStartingWith("--api-url must be an absolute https URL");
    }

    @Test
    void should_read_gitlabs_merge_request_variables() {
        Map<String, String> env = Map.of("GITLAB_TOKEN", Loopback.TOKEN, "CI_PROJECT_ID", "42",
                "CI_MERGE_REQUEST_IID", "3", "CI_API_V4_URL", "https://gitlab.example/api/v4");

        assertThat(CommentPlatform.GITLAB.comments(env, Optional.empty(), OptionalLong.empty(), Loopback.SETTINGS)
                .target()).isEqualTo("merge request !3 of project 42");
    }

    @Test
    void should_say_that_a_gitlab_branch_pipeline_has_no_merge_request() {
        Map<String, String> env = Map.of("GITLAB_TOKEN", Loopback.TOKEN, "CI_PROJECT_ID", "42");

        assertThatThrownBy(() -> CommentPlatform.GITLAB.comments(env, Optional.empty(), OptionalLong.empty(),
                Loopback.SETTINGS)).isInstanceOf(ApiSetupException.class)
                .hasMessageStartingWith("the environment variable CI_MERGE_REQUEST_IID is not set")
                .hasMessageContaining("merge_request_event");
    }

    @Test
    void should_refuse_a_missing_gitlab_token() {
        Map<String, String> env = Map.of("CI_PROJECT_ID", "42", "CI_MERGE_REQUEST_IID", "3", "GITHUB_TOKEN", "t");

        assertThatThrownBy(() -> CommentPlatform.GITLAB.comments(env, Optional.empty(), OptionalLong.empty(),
                Loopback.SETTINGS)).hasMessageStartingWith("the environment variable GITLAB_TOKEN is not set");
    }
}
