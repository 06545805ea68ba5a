package dev.tmj.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.tmj.http.HttpSettings;
import dev.tmj.threat.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the webhook tests share: a secret path, quick settings that record pauses, alerts, JSON trees. */
final class Hooks {
    /** The secret part of the test webhooks' URLs: no message, trace or output may hold it. */
    static final String SECRET = "T0SECRET/B0SECRET/x0HookSecretThatMustNeverBePrinted";
    static final String SLACK_PATH = "/services/" + SECRET;
    static final String TEAMS_PATH = "/workflows/0a1b2c/triggers/manual/paths/invoke";
    static final String TEAMS_SIG = "sigSecretThatMustNeverBePrinted0123";
    static final String TEAMS_QUERY = "?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig="
            + TEAMS_SIG;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Hooks() {
    }

    static Map<String, String> env(WireMockExtension server) {
        return Map.of("SLACK_WEBHOOK_URL", server.baseUrl() + SLACK_PATH,
                "TEAMS_WEBHOOK_URL", server.baseUrl() + TEAMS_PATH + TEAMS_QUERY);
    }

    /** Short timeouts, two attempts, pauses recorded instead of taken, each request traced. */
    static HttpSettings settings(List<Duration> pauses, List<String> trace) {
        return HttpSettings.DEFAULTS.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
                .withRetryDelay(Duration.ofSeconds(1)).withAttempts(2, Duration.ofSeconds(60))
                .withSleeper(pauses::add, Clock.systemUTC()).withTrace(trace::add);
    }

    static Alert alert(int i) {
        return new Alert(String.format("fp%04d", i), i % 2 == 0 ? Severity.VERY_HIGH : Severity.HIGH, "INP02",
                "Overflow Buffers", "Web Server " + i, "Server", "models/tm.py", 10 + i);
    }

    static List<Alert> alerts(int n) {
        List<Alert> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(alert(i));
        }
        list.sort(Alert.ORDER);
        return list;
    }

    static AlertDigest digest(List<Alert> alerts) {
        return new AlertDigest(List.of("models/tm.py"), Severity.HIGH,
                java.util.Optional.of(java.net.URI.create("https://ci.example/runs/7?a=1&b=2")), alerts);
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
