package dev.tmj.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Severity;
import dev.tmj.threat.ThreatLibrary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The planning of {@code tmj sync --dry-run} at scale (docs/performance.md, "Tickets (issue 13)"): 5,000 open
 * findings against 4,000 existing GitHub issues (500 of them closed) listed in 40 pages from a loopback server. It
 * prints how long listing (the network part) and planning took; the bound is a generous timeout, never an assertion
 * on a duration.
 */
class TicketScaleTest {
    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final int SERVERS = 2_500;
    private static final int EXISTING = 4_000;
    private static final int CLOSED = 500;

    private static CheckResult fiveThousandOpenFindings() {
        Model model = Model.named("scale");
        for (int i = 0; i < SERVERS; i++) {
            model.add(ElementType.SERVER, "Server " + i);
        }
        Findings findings = Pipeline.of(model).threats(ThreatLibrary.fromJson("[" + Shop.threat("T01", "Server",
                "Overflow Buffers", "High") + "," + Shop.threat("T04", "Server", "Session Hijacking", "High") + "]",
                "threats.json")).run().findings();
        return new CheckResult(Gate.DEFAULT, List.of(ModelCheck.of("models/scale.py", findings, Gate.DEFAULT,
                Optional.empty(), location -> Optional.empty())));
    }

    @Test
    @Timeout(300)
    void should_plan_five_thousand_findings_against_four_thousand_issues_listed_in_forty_pages() {
        CheckResult result = fiveThousandOpenFindings();
        List<CheckedFinding> checked = result.models().get(0).checked();
        assertThat(checked).hasSize(5_000);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < EXISTING; i++) {
            items.add("{\"number\":" + (i + 1) + ",\"state\":\"" + (i < CLOSED ? "closed" : "open") + "\",\"html_url\":"
                    + "\"https://github.com/octo/app/issues/" + (i + 1) + "\",\"title\":\"[tmj] T01\",\"labels\":"
                    + "[{\"name\":\"threat-model\"}],\"body\":" + TrackerDouble.quote(TicketMarkdown.marker(
                    checked.get(i).fingerprint()) + "\n**Threat:** T01 Overflow Buffers\n".repeat(8)) + "}");
        }
        int pages = EXISTING / 100;
        for (int p = 0; p < pages; p++) {
            var answer = okJson("[" + String.join(",", items.subList(p * 100, (p + 1) * 100)) + "]");
            if (p + 1 < pages) {
                answer = answer.withHeader("Link", "<" + SERVER.baseUrl() + GitHubDouble.ISSUES
                        + "?labels=threat-model&state=all&per_page=100&page=" + (p + 2) + ">; rel=\"next\"");
            }
            SERVER.stubFor(get(urlPathEqualTo(GitHubDouble.ISSUES))
                    .withQueryParam("page", p == 0 ? absent() : equalTo(String.valueOf(p + 1))).willReturn(answer));
        }
        TicketTracker tracker = TicketTrackers.github(Map.of("GITHUB_TOKEN", TrackerDouble.TOKEN),
                Optional.of("octo/app"), Optional.of(SERVER.baseUrl()), TrackerDouble.settings(new ArrayList<>()));

        long start = System.nanoTime();
        List<TrackedTicket> existing = tracker.tickets();
        long listed = System.nanoTime();
        TicketPlan plan = new TicketPlanner(Severity.HIGH).plan(result, existing);
        String text = plan.describe();
        long planned = System.nanoTime();

        assertThat(existing).hasSize(EXISTING);
        assertThat(plan.counts()).isEqualTo("1000 to create, 0 to comment and close, 500 to comment and reopen, "
                + "3500 unchanged");
        assertThat(text.lines()).hasSize(1_501);
        assertThat(SERVER.findAll(anyRequestedFor(anyUrl()))).hasSize(pages);
        System.out.printf("tmj sync --dry-run at scale: listed %d issues in %d pages in %d ms (network), planned %d "
                + "findings in %d ms%n", existing.size(), pages, Duration.ofNanos(listed - start).toMillis(),
                checked.size(), Duration.ofNanos(planned - listed).toMillis());
    }
}
