package dev.tmj.format.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.format.json.PytmJsonWriter;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CI outputs and the findings JSON name a privacy threat's LINDDUN category beside security ones' STRIDE. */
class PrivacyCategoriesCiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Findings findings() {
        var tm = ThreatModel.named("Shop");
        var web = tm.server("Web");
        var logs = tm.datastore("Logs").storesLogData(true);
        tm.dataflow(web, logs, "Access log").protocol("HTTPS").data(tm.data("Client address").isPII(true)
                .purpose("abuse detection").lawfulBasis("legitimate interests").retention("14 days"));
        return tm.resolve(ThreatLibrary.builtIn("all"));
    }

    @Test
    void should_tag_privacy_rules_and_name_the_category_on_their_results_in_sarif() throws IOException {
        CheckResult result = new CheckResult(Gate.DEFAULT, List.of(ModelCheck.of("shop.yaml", findings(),
                Gate.DEFAULT, Optional.empty(), location -> Optional.empty())));

        JsonNode run = JSON.readTree(SarifWriter.withToolVersion("1.2.3").renderText(result)).at("/runs/0");
        JsonNode rule = rule(run, "LDD14");
        assertThat(texts(rule.at("/properties/tags"))).containsExactly("security", "privacy",
                "linddun-data-disclosure", "CWE-532");
        List<JsonNode> securityRules = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> {
            if (!r.get("id").asText().startsWith("LDD")) {
                securityRules.add(r);
            }
        });
        assertThat(securityRules).isNotEmpty().allSatisfy(r -> assertThat(texts(r.at("/properties/tags")))
                .doesNotContain("privacy"));
        List<String> categories = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("LDD14")) {
                categories.add(r.at("/properties/linddun").asText());
            } else if (!r.get("ruleId").asText().startsWith("LDD")) {
                assertThat(r.at("/properties").has("linddun")).isFalse();
            }
        }
        assertThat(categories).containsExactly("Data disclosure");
    }

    @Test
    void should_write_the_linddun_key_only_on_privacy_findings_in_the_findings_json() throws IOException {
        JsonNode json = JSON.readTree(new PytmJsonWriter().renderText(findings()));

        List<JsonNode> all = new ArrayList<>();
        json.get("findings").forEach(all::add);
        assertThat(all).filteredOn(f -> f.get("threat_id").asText().equals("LDD14")).singleElement()
                .satisfies(f -> {
                    assertThat(f.get("linddun").asText()).isEqualTo("Data disclosure");
                    assertThat(f.get("stride").asText()).isEmpty();
                });
        assertThat(all).filteredOn(f -> !f.get("threat_id").asText().startsWith("LDD")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.has("linddun")).isFalse());
    }

    private static JsonNode rule(JsonNode run, String sid) {
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            if (rule.get("id").asText().equals(sid)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + sid);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
