package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingStatusTest {
    private static final ThreatLibrary LIBRARY = ThreatLibrary.of("t", List.of(Threat.of("T1",
            Set.of(ElementType.SERVER), "True", Threat.Texts.described("t1"))));
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private static Finding finding(FindingOverride override, LocalDate today) {
        Model model = Model.named("m");
        var web = model.add(ElementType.SERVER, "Web");
        if (override != null) {
            web.set("overrides", List.of(override));
        }
        return Resolver.resolve(model, LIBRARY, ResolveOptions.DEFAULTS.asOf(today)).findings().get(0);
    }

    @Test
    void should_be_open_when_nothing_is_declared() {
        assertThat(finding(null, DAY).status()).isEqualTo(FindingStatus.OPEN);
    }

    @Test
    void should_read_pytms_response_by_its_first_word() {
        assertThat(finding(FindingOverride.of("T1").response("mitigated: WAF rule 12"), DAY).status())
                .isEqualTo(FindingStatus.MITIGATED);
        assertThat(finding(FindingOverride.of("T1").response("Transferred to the payment provider"), DAY).status())
                .isEqualTo(FindingStatus.TRANSFERRED);
    }

    @Test
    void should_keep_an_acceptance_until_its_last_day_and_reopen_it_after() {
        FindingOverride accepted = FindingOverride.of("T1").status(FindingStatus.ACCEPTED).owner("alice")
                .justification("internal only").expires(DAY);

        Finding onLastDay = finding(accepted, DAY);
        Finding dayAfter = finding(accepted, DAY.plusDays(1));

        assertThat(onLastDay.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(onLastDay.owner()).isEqualTo("alice");
        assertThat(onLastDay.justification()).isEqualTo("internal only");
        assertThat(dayAfter.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(dayAfter.statusReason()).isEqualTo("acceptance expired on 2026-11-27");
    }

    @Test
    void should_be_mitigated_by_passing_evidence_and_open_when_evidence_failed() {
        Finding declared = finding(FindingOverride.of("T1").status(FindingStatus.FALSE_POSITIVE), DAY);

        Finding proved = declared.withEvidence(List.of(new Evidence("WebTest.escapes_output", true, "")));
        Finding broken = declared.withEvidence(List.of(new Evidence("WebTest.escapes_output", false, "expected x")));

        assertThat(declared.status()).isEqualTo(FindingStatus.FALSE_POSITIVE);
        assertThat(proved.status()).isEqualTo(FindingStatus.MITIGATED);
        assertThat(proved.statusReason()).isEqualTo("mitigation proved by WebTest.escapes_output");
        assertThat(broken.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(broken.statusReason()).isEqualTo("evidence failed: WebTest.escapes_output (expected x)");
    }
}
