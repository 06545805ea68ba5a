package dev.tmj.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.test.fixtures.MitigationFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Runs the fixture classes through the Jupiter engine and reads what the extension wrote. */
class ThreatModelExtensionTest {
    @TempDir
    Path out;

    @BeforeEach
    void reset() {
        MitigationFixtures.BUILT.set(0);
    }

    private EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture))
                .configurationParameter("tmj.output.dir", out.toString()).execute();
    }

    @Test
    void should_resolve_once_inject_and_write_every_artifact() throws IOException {
        run(MitigationFixtures.Proved.class).testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));

        Path dir = out.resolve("Proved-shop");
        assertThat(MitigationFixtures.BUILT).hasValue(1);
        for (String name : Artifacts.NAMES) {
            assertThat(dir.resolve(name)).isNotEmptyFile();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(Artifacts.NAMES);
        }
    }

    @Test
    void should_mitigate_with_a_passing_test_and_keep_open_with_a_failing_one() throws IOException {
        run(MitigationFixtures.Proved.class);

        JsonNode proved = finding("Proved-shop", "INP02");
        JsonNode broken = finding("Proved-shop", "INP01");
        assertThat(proved.get("status").asText()).isEqualTo("mitigated");
        assertThat(proved.get("evidence").toString())
                .isEqualTo("[{\"detail\":\"\",\"passed\":true,\"test\":\"Proved.rejects_long_input\"}]");
        assertThat(broken.get("status").asText()).isEqualTo("open");
        assertThat(broken.get("evidence").get(0).get("passed").asBoolean()).isFalse();
        assertThat(broken.get("evidence").get(0).get("detail").asText())
                .isEqualTo("[status] expected: 400 but was: 500");
        assertThat(Files.readString(out.resolve("Proved-shop/report.html")))
                .contains("evidence failed: Proved.validates_input ([status] expected: 400 but was: 500)")
                .contains("mitigation proved by Proved.rejects_long_input");
    }

    @Test
    void should_reopen_an_expired_acceptance() throws IOException {
        run(MitigationFixtures.Proved.class);

        JsonNode expired = finding("Proved-shop", "DS01");
        assertThat(expired.get("status").asText()).isEqualTo("open");
        assertThat(expired.get("owner").asText()).isEqualTo("alice");
        assertThat(expired.get("expires").asText()).isEqualTo("2020-01-31");
        assertThat(Files.readString(out.resolve("Proved-shop/report.html")))
                .contains("acceptance expired on 2020-01-31");
    }

    @Test
    void should_fail_the_test_whose_claim_names_no_finding() {
        run(MitigationFixtures.Stale.class).testEvents().assertStatistics(s -> s.failed(2)).assertThatEvents()
                .haveExactly(1, event(test("unknown_threat"), finishedWithFailure(instanceOf(AssertionError.class),
                        message("""
                                @Mitigates(threat = "INP2", element = "Web server") on Stale.unknown_threat names \
                                no finding: the findings of Server(Web server) at Shop.java:31 are:
                                  [INP01, INP02]
                                Did you mean "INP02"?"""))))
                .haveExactly(1, event(test("unknown_element"), finishedWithFailure(message(
                        "@Mitigates(threat = \"INP02\", element = \"Web sever\") on Stale.unknown_element names no "
                                + "finding: model \"Stale shop\" has no element named \"Web sever\"; "
                                + "did you mean \"Web server\"?"))));
    }

    @Test
    void should_fail_a_class_without_a_model() {
        run(MitigationFixtures.NoSource.class).allEvents().assertThatEvents().haveExactly(1, event(container("NoSource"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class))));
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void should_make_safe_folder_names() {
        assertThat(Artifacts.safeFileName("Proved shop")).isEqualTo("Proved-shop");
        assertThat(Artifacts.safeFileName("../a/b: c")).isEqualTo("a-b-c");
        assertThat(Artifacts.safeFileName(" ")).isEqualTo("model");
    }

    private JsonNode finding(String folder, String sid) throws IOException {
        JsonNode root = new ObjectMapper().readTree(out.resolve(folder).resolve("findings.json").toFile());
        List<JsonNode> all = new ArrayList<>();
        collect(root, all);
        return all.stream().filter(f -> f.get("threat_id").asText().equals(sid)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding of " + sid + " in " + root));
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node.has("threat_id") && node.has("status")) {
            found.add(node);
        }
        node.forEach(child -> collect(child, found));
    }
}
