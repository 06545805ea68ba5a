package dev.tmj.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tmj.gate.CheckResult;
import dev.tmj.model.FindingStatus;
import dev.tmj.threat.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TicketSync} against each tracker's REST contract served on loopback (GitHub, GitLab, Jira Cloud, Jira Data
 * Center): tickets created once over two runs, handled findings commented and closed, gone findings closed,
 * reopened findings reopened, an interrupted sync completed by the next run without a duplicate. Everything tmj
 * printed or sent in error is checked for the token.
 */
class TicketSyncTest {
    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static Stream<TrackerDouble> trackers() {
        return Stream.of(new GitHubDouble(SERVER), new GitLabDouble(SERVER),
                new JiraDouble(SERVER, JiraDeployment.CLOUD), new JiraDouble(SERVER, JiraDeployment.DATACENTER));
    }

    private final List<String> printed = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();

    private TicketSync.Outcome sync(TrackerDouble tracker, CheckResult result) {
        tracker.serve();
        TicketTracker t = tracker.tracker(tracker.env(), TrackerDouble.settings(pauses).withTrace(printed::add));
        TicketPlan plan = new TicketPlanner(Severity.HIGH).plan(result, t.tickets());
        printed.add(plan.describe());
        TicketSync.Outcome outcome = new TicketSync(t, printed::add).run(plan);
        outcome.failure().ifPresent(printed::add);
        tracker.absorb();
        assertThat(String.join("\n", printed)).doesNotContain(TrackerDouble.TOKEN);
        for (LoggedRequest request : SERVER.findAll(anyRequestedFor(anyUrl()))) {
            assertThat(request.getUrl() + request.getBodyAsString()).doesNotContain(TrackerDouble.TOKEN);
        }
        return outcome;
    }

    private static int writes() {
        return (int) SERVER.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(r -> !r.getMethod().getName().equals("GET")).count();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trackers")
    void should_create_each_ticket_once_when_synced_twice(TrackerDouble tracker) {
        TicketSync.Outcome first = sync(tracker, Shop.model().check());

        assertThat(first.succeeded()).isTrue();
        assertThat(tracker.created()).isEqualTo(3);
        assertThat(tracker.tickets).extracting(t -> t.fingerprint)
                .containsExactly(Shop.fingerprint("T01"), Shop.fingerprint("T04"), Shop.fingerprint("T02"));

        TicketSync.Outcome second = sync(tracker, Shop.model().check());

        assertThat(second.succeeded()).isTrue();
        assertThat(second.done()).isZero();
        assertThat(tracker.created()).as("no ticket created twice").isEqualTo(3);
        assertThat(writes()).as("nothing sent for unchanged findings").isZero();
        assertThat(second.tickets()).containsOnlyKeys(Shop.fingerprint("T01"), Shop.fingerprint("T04"),
                Shop.fingerprint("T02"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trackers")
    void should_comment_with_the_reason_then_close_when_findings_are_mitigated_or_accepted(TrackerDouble tracker) {
        sync(tracker, Shop.model().check());

        TicketSync.Outcome outcome = sync(tracker, Shop.model().with("T01", FindingStatus.MITIGATED)
                .with("T04", FindingStatus.ACCEPTED).check());

        assertThat(outcome.succeeded()).isTrue();
        assertThat(tracker.ticket(Shop.fingerprint("T01")).open).isFalse();
        assertThat(tracker.ticket(Shop.fingerprint("T04")).open).isFalse();
        assertThat(tracker.ticket(Shop.fingerprint("T02")).open).isTrue();
        assertThat(tracker.comments).hasSize(2);
        assertThat(tracker.comments.get(0)).contains("now mitigated").contains("Owner: ana")
                .contains("Justification: reviewed by the security team");
        assertThat(tracker.comments.get(1)).contains("now accepted");
        if (tracker instanceof GitHubDouble) {
            assertThat(tracker.closeBodies).containsExactly("{\"state\":\"closed\",\"state_reason\":\"completed\"}",
                    "{\"state\":\"closed\",\"state_reason\":\"not_planned\"}");
        }
        assertThat(sync(tracker, Shop.model().with("T01", FindingStatus.MITIGATED)
                .with("T04", FindingStatus.ACCEPTED).check()).done()).as("closed tickets stay closed").isZero();
        assertThat(writes()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trackers")
    void should_say_no_longer_in_the_model_and_close_when_a_finding_disappears(TrackerDouble tracker) {
        sync(tracker, Shop.model().check());

        TicketSync.Outcome outcome = sync(tracker, Shop.model().withoutDatabase().check());

        assertThat(outcome.succeeded()).isTrue();
        assertThat(tracker.ticket(Shop.fingerprint("T02")).open).isFalse();
        assertThat(tracker.comments).singleElement().asString().contains("no longer in the model");
        if (tracker instanceof GitHubDouble) {
            assertThat(tracker.closeBodies).containsExactly("{\"state\":\"closed\",\"state_reason\":\"completed\"}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trackers")
    void should_reopen_with_a_comment_when_a_closed_findings_threat_is_open_again(TrackerDouble tracker) {
        sync(tracker, Shop.model().check());
        sync(tracker, Shop.model().with("T04", FindingStatus.FALSE_POSITIVE).check());
        assertThat(tracker.ticket(Shop.fingerprint("T04")).open).isFalse();
        tracker.comments.clear();

        TicketSync.Outcome outcome = sync(tracker, Shop.model().check());

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.done()).isEqualTo(1);
        assertThat(tracker.ticket(Shop.fingerprint("T04")).open).isTrue();
        assertThat(tracker.comments).singleElement().asString().contains("open again");
        assertThat(tracker.created()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trackers")
    void should_complete_an_interrupted_sync_on_the_next_run_without_a_duplicate(TrackerDouble tracker) {
        tracker.serve();
        // The second create fails on the server (a POST is never repeated after a 5xx: it may have been done).
        String second = Shop.fingerprint("T04");
        TicketSync.Outcome interrupted;
        {
            TicketTracker t = tracker.tracker(tracker.env(), TrackerDouble.settings(pauses));
            SERVER.stubFor(post(urlEqualTo(tracker.createPath())).withRequestBody(containing(second)).atPriority(1)
                    .willReturn(aResponse().withStatus(503).withBody("{\"message\":\"try later\"}")));
            interrupted = new TicketSync(t, printed::add).run(new TicketPlanner(Severity.HIGH)
                    .plan(Shop.model().check(), t.tickets()));
            tracker.absorb();
        }
        assertThat(interrupted.succeeded()).isFalse();
        assertThat(interrupted.failure().orElseThrow()).startsWith("could not create the ticket for T04 on Web "
                + "server [" + second + "] in ").contains("503").doesNotContain(TrackerDouble.TOKEN);
        assertThat(tracker.created()).isEqualTo(1);

        TicketSync.Outcome resumed = sync(tracker, Shop.model().check());

        assertThat(resumed.succeeded()).isTrue();
        assertThat(resumed.done()).isEqualTo(2);
        assertThat(tracker.tickets).extracting(t -> t.fingerprint).doesNotHaveDuplicates().hasSize(3);
    }
}
