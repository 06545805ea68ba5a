package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;
import dev.tmj.check.CheckOutputs.Kind;
import dev.tmj.comment.CommentPlatform;
import dev.tmj.comment.PostedComment;
import dev.tmj.comment.PullRequestComments;
import dev.tmj.comment.SummaryMarker;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.ModelCheck;
import dev.tmj.http.ApiException;
import dev.tmj.http.HttpSettings;
import dev.tmj.io.TerminalText;
import dev.tmj.model.SourceException;
import dev.tmj.output.Renderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tmj comment --github|--gitlab MODEL...}: {@code tmj check}, then its Markdown summary as a comment on the
 * job's pull request (merge request), updated in place on later runs. Where to post and the token come from the
 * CI environment, checked before the models are read; the token only from {@code GITHUB_TOKEN} or
 * {@code GITLAB_TOKEN}. Exits with the gate's code when the comment was posted, 3 when posting failed (the
 * verdict is printed all the same), 2 for bad input before any request.
 */
@Command(name = "comment", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Runs tmj check and posts its Markdown summary to the pull request (GitHub) or merge request "
                + "(GitLab), updating tmj's earlier comment on the same models. The token is read from GITHUB_TOKEN "
                + "or GITLAB_TOKEN only (docs/pr-comments.md).",
        footer = {"", "Exit codes:%n"
                + "  0  the gate holds and the comment was posted%n"
                + "  1  the gate failed and the comment was posted%n"
                + "  2  bad input: a model, option, missing token or pull request number (nothing was sent)%n"
                + "  3  posting the comment failed (the verdict above stands), or an internal error"})
final class CommentCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    CheckOptions options;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Platform platform;

    /** Exactly one service. */
    static final class Platform {
        @Option(names = "--github", required = true,
                description = "Comment on the GitHub pull request (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_REF).")
        boolean github;

        @Option(names = "--gitlab", required = true, description = "Comment on the GitLab merge request "
                + "(GITLAB_TOKEN, CI_PROJECT_ID, CI_MERGE_REQUEST_IID).")
        boolean gitlab;

        CommentPlatform value() {
            return github ? CommentPlatform.GITHUB : CommentPlatform.GITLAB;
        }
    }

    @Option(names = "--api-url", paramLabel = "URL", description = "The REST API's base URL (default: "
            + "GITHUB_API_URL or https://api.github.com; CI_API_V4_URL or https://gitlab.com/api/v4).")
    String apiUrl;

    @Option(names = "--pull-request", paramLabel = "NUMBER", description = "The pull request's (merge request's) "
            + "number (default: from GITHUB_REF or GITHUB_EVENT_PATH; CI_MERGE_REQUEST_IID).")
    Long pullRequest;

    @Mixin
    NetworkOptions network;

    private final Map<String, String> env;
    private final Path workingDirectory;
    private final CheckOutputs outputs;

    /**
     * @param env the environment: where to post and the token
     * @param workingDirectory where relative paths start and {@code tmj.yaml} is looked for
     * @param outputs the check's outputs; the comment is {@link Kind#SUMMARY}'s
     */
    CommentCommand(Map<String, String> env, Path workingDirectory, CheckOutputs outputs) {
        this.env = Map.copyOf(env);
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
    }

    boolean debug() {
        return options != null && options.debug;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        network.check(spec);
        if (pullRequest != null && pullRequest < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pull-request must be a positive number");
        }
        CheckOptions.Settings settings = options.settings(workingDirectory);
        outputs.checkTargets(settings.outputs(), settings.check().modelCount());
        Renderer<CheckResult> summary = outputs.renderer(Kind.SUMMARY).orElseThrow(() -> new SourceException(
                "tmj comment", 0, 0, "the Markdown summary is not available in this build of tmj"));
        // Everything about where to post is checked here, before the models are read and before any request.
        PullRequestComments comments = platform.value().comments(env, Optional.ofNullable(apiUrl),
                pullRequest == null ? OptionalLong.empty() : OptionalLong.of(pullRequest), httpSettings(err));

        CheckCommand.Ran ran = CheckCommand.run(settings, outputs, env, workingDirectory, out, err, options.debug);
        int code = Math.max(ran.exitCode(), post(comments, ran.result(), summary, err));
        out.flush();
        return code;
    }

    /** Posts the summary; 0 when it was posted, else 3 with one line saying why. */
    private int post(PullRequestComments comments, CheckResult result, Renderer<CheckResult> summary,
            PrintWriter err) {
        SummaryMarker marker = SummaryMarker.of(result.models().stream().map(ModelCheck::path).toList());
        try {
            PostedComment posted = comments.post(marker, summary.renderText(result));
            err.println("tmj: " + posted.verb() + " comment " + TerminalText.line(posted.url()));
            return ExitCode.OK;
        } catch (ApiException e) {
            if (options.debug) {
                e.printStackTrace(err);
            }
            err.println("tmj: could not comment on " + TerminalText.line(comments.target()) + ": "
                    + TerminalText.line(e.getMessage()));
            return ExitCode.INTERNAL;
        }
    }

    private HttpSettings httpSettings(PrintWriter err) {
        return network.over(HttpSettings.DEFAULTS, options.debug, err);
    }
}
