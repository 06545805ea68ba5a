package dev.tmj.comment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The pull request's number in a GitHub Actions event file ({@code GITHUB_EVENT_PATH}): {@code pull_request.number}
 * for {@code pull_request} and {@code pull_request_target} events, {@code issue.number} when the issue of an
 * {@code issue_comment} event is a pull request.
 */
final class GitHubEventReader {
    private static final JsonFactory JSON = new JsonFactory();

    private GitHubEventReader() {
    }

    /** The number, or empty when the event is not about a pull request. */
    static OptionalLong pullRequestNumber(Path event) throws IOException {
        long fromPullRequest = -1;
        long fromIssue = -1;
        boolean issueIsPullRequest = false;
        try (InputStream in = Files.newInputStream(event); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return OptionalLong.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT && (name.equals("pull_request") || name.equals("issue"))) {
                    long[] found = numberIn(p);
                    if (name.equals("pull_request")) {
                        fromPullRequest = found[0];
                    } else {
                        fromIssue = found[0];
                        issueIsPullRequest = found[1] == 1;
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (fromPullRequest > 0) {
            return OptionalLong.of(fromPullRequest);
        }
        return issueIsPullRequest && fromIssue > 0 ? OptionalLong.of(fromIssue) : OptionalLong.empty();
    }

    /** The object's {@code number} (or -1), and 1 when it has a {@code pull_request} field. */
    private static long[] numberIn(JsonParser p) throws IOException {
        long number = -1;
        long hasPullRequest = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("number") && value == JsonToken.VALUE_NUMBER_INT) {
                number = p.getLongValue();
            } else if (name.equals("pull_request") && value != JsonToken.VALUE_NULL) {
                hasPullRequest = 1;
                p.skipChildren();
            } else {
                p.skipChildren();
            }
        }
        return new long[] {number, hasPullRequest};
    }
}
