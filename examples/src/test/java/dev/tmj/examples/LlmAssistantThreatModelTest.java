package dev.tmj.examples;

import static dev.tmj.test.ThreatModelAssertions.assertThat;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.examples.code.ToolLaunchPolicy;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Findings;
import dev.tmj.test.Mitigates;
import dev.tmj.test.ThreatModelSource;
import dev.tmj.test.ThreatModelTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LLM assistant's threat model, with the security and the privacy (LINDDUN) library: the agent's tool
 * allow-list is proved by a test.
 */
@ThreatModelTest(library = "builtin:all")
class LlmAssistantThreatModelTest {
    @ThreatModelSource
    static ThreatModel model() {
        return LlmAssistant.model();
    }

    @Test
    @Mitigates(threat = "LLM09", element = "Calendar agent")
    void the_agent_starts_only_allowed_tools_without_shell_metacharacters() {
        assertThat(ToolLaunchPolicy.allows(List.of("/usr/bin/calendar-tool", "--week", "48"))).isTrue();
        assertThat(ToolLaunchPolicy.allows(List.of("/bin/sh", "-c", "curl evil"))).isFalse();
        assertThat(ToolLaunchPolicy.allows(List.of("/usr/bin/tz-lookup", "UTC; rm -rf /"))).isFalse();
    }

    @Test
    void the_model_provider_risks_are_decided(Findings findings) {
        assertThat(findings).threat("LLM02").on("Hosted LLM").isMitigated();
        assertThat(findings).threat("LLM03").on("Hosted LLM").hasStatus(FindingStatus.TRANSFERRED);
        assertThat(findings).threat("LLM01").on("Hosted LLM").isHandled();
    }

    @Test
    void the_privacy_risks_of_the_model_provider_and_the_calendar_vendor_are_decided(Findings findings) {
        assertThat(findings).threat("LDD13").on("Prompt the model").hasStatus(FindingStatus.TRANSFERRED);
        assertThat(findings).threat("LDD06").on("Hosted LLM").hasStatus(FindingStatus.ACCEPTED);
        assertThat(findings).threat("LDD24").on("Book meeting").hasStatus(FindingStatus.TRANSFERRED);
        assertThat(findings).on("Vector store").doesNotContain("LDD16").doesNotContain("LDD17")
                .doesNotContain("LDD20");
    }

    @Test
    void the_employee_flow_is_encrypted(ThreatModel tm) {
        assertThat(tm).everyDataflowCrossingABoundary().isEncrypted();
    }
}
