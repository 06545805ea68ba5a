package dev.tmj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.resolve.Finding;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example models resolve against the built-in libraries (security, privacy and both), and every decision they
 * record is about a finding of the security and privacy libraries together.
 */
class ExampleModelsTest {
    /** Before the acceptances of the examples expire. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("WebShop", (Supplier<ThreatModel>) WebShop::model),
                Arguments.of("DeliveryPipeline", (Supplier<ThreatModel>) DeliveryPipeline::model),
                Arguments.of("LlmAssistant", (Supplier<ThreatModel>) LlmAssistant::model));
    }

    private static Findings resolve(Supplier<ThreatModel> model) {
        return model.get().pipeline().threats(ThreatLibrary.builtIn("all")).asOf(DAY).run().findings();
    }

    /** Every model with the security library and with all; the two that declare privacy facts with LINDDUN's too. */
    static Stream<Arguments> modelsAndLibraries() {
        return models().flatMap(m -> Stream.of("pytm", "linddun", "all")
                .filter(library -> !library.equals("linddun") || !m.get()[0].equals("DeliveryPipeline"))
                .map(library -> Arguments.of(m.get()[0], m.get()[1], library)));
    }

    @ParameterizedTest(name = "{0} with builtin:{2}")
    @MethodSource("modelsAndLibraries")
    void should_resolve_to_findings_without_warnings(String name, Supplier<ThreatModel> model, String library) {
        Findings findings = model.get().pipeline().threats(ThreatLibrary.builtIn(library)).asOf(DAY).run()
                .findings();

        assertThat(findings.findings()).as(name).isNotEmpty();
        assertThat(findings.warnings()).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void should_know_where_every_element_and_data_item_was_declared(String name, Supplier<ThreatModel> model) {
        Findings findings = resolve(model);
        String file = name + ".java";

        List<Element> elements = Stream.concat(findings.checkedModel().elements().stream(),
                findings.checkedModel().boundaries().stream()).toList();
        assertThat(elements).as(name).isNotEmpty().allSatisfy(e -> assertThat(e.location())
                .as(e.label()).hasValueSatisfying(l -> assertThat(l.toString()).startsWith(file + ":")));
        assertThat(findings.checkedModel().model().data()).as(name).isNotEmpty()
                .allSatisfy(d -> assertThat(d.location()).as(d.name()).isPresent());
        assertThat(findings.findings()).allSatisfy(f -> assertThat(f.location()).as(f.toString()).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void should_record_each_decision_on_a_finding_with_an_owner_and_a_justification(String name,
            Supplier<ThreatModel> model) {
        Findings findings = resolve(model);

        // A flow without overrides of its own inherits its endpoints' (as in pytm): a decision counts as used
        // when one of the elements that carry it has the finding.
        Map<FindingOverride, List<Finding>> decided = new IdentityHashMap<>();
        for (Element e : findings.checkedModel().elements()) {
            for (FindingOverride o : e.overrides()) {
                List<Finding> on = decided.computeIfAbsent(o, k -> new ArrayList<>());
                findings.of(e).stream().filter(f -> f.threatId().equals(o.threatId())).forEach(on::add);
            }
        }
        decided.forEach((o, on) -> {
            assertThat(on).as("%s: nothing has %s, the finding %s decides on", name, o.threatId(), o.label())
                    .isNotEmpty();
            for (Finding f : on) {
                assertThat(f.declaredStatus()).as(f.toString()).isPresent();
                assertThat(f.status()).as(f.toString()).isEqualTo(f.declaredStatus().orElseThrow());
                assertThat(f.owner()).as(f.toString()).isNotBlank();
                assertThat(f.justification()).as(f.toString()).isNotBlank();
            }
        });
        int decisions = decided.size();
        assertThat(decisions).as(name).isGreaterThanOrEqualTo(3);
        assertThat(findings.findings()).as(name + ": an acceptance that expires in 2027")
                .anySatisfy(f -> {
                    assertThat(f.status()).isEqualTo(FindingStatus.ACCEPTED);
                    assertThat(f.expires()).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2027));
                });
        assertThat(findings.findings()).as(name + ": open findings remain to be handled")
                .anySatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.OPEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void should_reopen_the_acceptances_once_they_expire(String name, Supplier<ThreatModel> model) {
        Findings later = model.get().pipeline().threats(ThreatLibrary.builtIn("all"))
                .asOf(LocalDate.of(2028, 1, 1)).run().findings();

        assertThat(later.findings()).filteredOn(f -> f.expires().isPresent()).as(name).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
                    assertThat(f.statusReason()).startsWith("acceptance expired on 2027-");
                });
    }
}
