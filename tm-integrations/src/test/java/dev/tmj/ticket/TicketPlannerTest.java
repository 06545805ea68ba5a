package dev.tmj.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.FindingStatus;
import dev.tmj.threat.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan, without any tracker: what {@code --dry-run} prints. */
class TicketPlannerTest {
    private static TrackedTicket ticket(String sid, String key, boolean open) {
        return new TrackedTicket(key, key, Shop.fingerprint(sid), open, "https://t/" + key);
    }

    @Test
    void should_plan_a_ticket_for_each_open_finding_at_or_above_the_threshold() {
        TicketPlan plan = new TicketPlanner(Severity.HIGH).plan(Shop.model().check(), List.of());

        assertThat(plan.describe()).isEqualTo("create  T01 on Web server [" + Shop.fingerprint("T01") + "]\n"
                + "create  T04 on Web server [" + Shop.fingerprint("T04") + "]\n"
                + "create  T02 on Orders DB [" + Shop.fingerprint("T02") + "]\n"
                + "3 to create, 0 to comment and close, 0 to comment and reopen, 0 unchanged\n");
        assertThat(new TicketPlanner(Severity.MEDIUM).plan(Shop.model().check(), List.of()).steps()).hasSize(4);
        assertThat(new TicketPlanner(Severity.VERY_HIGH).plan(Shop.model().check(), List.of()).steps()).hasSize(1);
    }

    @Test
    void should_plan_close_reopen_gone_and_nothing_for_unchanged() {
        List<TrackedTicket> existing = List.of(ticket("T01", "SEC-1", true), ticket("T04", "SEC-2", false),
                ticket("T02", "SEC-3", true), new TrackedTicket("SEC-9", "SEC-9", "0123456789abcdef", true, "u"),
                new TrackedTicket("SEC-8", "SEC-8", "fedcba9876543210", false, "u"));

        TicketPlan plan = new TicketPlanner(Severity.HIGH).plan(Shop.model().with("T02", FindingStatus.TRANSFERRED)
                .check(), existing);

        assertThat(plan.describe()).isEqualTo(
                "reopen  SEC-2 T04 on Web server [" + Shop.fingerprint("T04") + "]: open again (comment first)\n"
                + "close   SEC-3 T02 on Orders DB [" + Shop.fingerprint("T02") + "]: transferred (comment first)\n"
                + "close   SEC-9 a finding [0123456789abcdef]: no longer in the model (comment first)\n"
                + "0 to create, 2 to comment and close, 1 to comment and reopen, 1 unchanged\n");
        assertThat(plan.steps().get(1).reason()).contains(CloseReason.TRANSFERRED);
        assertThat(CloseReason.TRANSFERRED.gitHubStateReason()).isEqualTo("completed");
        assertThat(CloseReason.FALSE_POSITIVE.gitHubStateReason()).isEqualTo("not_planned");
    }

    @Test
    void should_use_the_open_ticket_when_a_fingerprint_has_two() {
        TicketPlan plan = new TicketPlanner(Severity.HIGH).plan(Shop.model().check(), List.of(
                ticket("T01", "#1", false), ticket("T01", "#5", true)));

        assertThat(plan.existing().get(Shop.fingerprint("T01")).key()).isEqualTo("#5");
        assertThat(plan.steps()).extracting(TicketStep::action).containsExactly(TicketStep.Action.CREATE,
                TicketStep.Action.CREATE);
    }
}
