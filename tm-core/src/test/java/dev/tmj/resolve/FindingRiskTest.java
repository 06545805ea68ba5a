package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Classification;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Impact;
import dev.tmj.model.Model;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingRiskTest {
    private static final Threat.Texts LIKELY = new Threat.Texts("t1", "", "High", "Medium", "", "", "", "", "",
            List.of());
    private static final ThreatLibrary LIBRARY = ThreatLibrary.of("t", List.of(Threat.of("T1",
            Set.of(ElementType.SERVER, ElementType.DATAFLOW, ElementType.BOUNDARY), "True", LIKELY)));

    private final Model model = Model.named("m");
    private final Element web = model.add(ElementType.SERVER, "Web");
    private final Element db = model.add(ElementType.SERVER, "DB");

    private Finding findingOn(String target) {
        return Resolver.resolve(model, LIBRARY, ResolveOptions.DEFAULTS).findings().stream()
                .filter(f -> f.target().equals(target)).findFirst().orElseThrow();
    }

    @Test
    void should_give_an_element_without_data_or_impact_the_default_medium_impact() {
        Risk risk = findingOn("Web").risk();

        assertThat(risk.likelihood()).isEqualTo(Likelihood.HIGH);
        assertThat(risk.impact()).isEqualTo(Risk.DEFAULT_IMPACT).isEqualTo(Impact.MEDIUM);
        assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void should_take_the_declared_impact_of_the_element() {
        web.set("impact", "very high");

        assertThat(findingOn("Web").risk()).isEqualTo(Risk.of(Likelihood.HIGH, Impact.VERY_HIGH));
        assertThat(findingOn("Web").risk().level()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void should_take_a_declared_low_impact_over_the_default() {
        web.set("impact", Impact.LOW);

        assertThat(findingOn("Web").risk().impact()).isEqualTo(Impact.LOW);
    }

    @Test
    void should_take_the_highest_classification_of_the_data_a_flow_carries() {
        var flow = model.dataflow(web, db, "query");
        flow.set("data", List.of(model.data("public page").set("classification", Classification.PUBLIC),
                model.data("card").set("classification", Classification.SECRET)));

        assertThat(findingOn("query").risk().impact()).isEqualTo(Impact.VERY_HIGH);
    }

    @Test
    void should_count_the_data_of_the_flows_in_and_out_of_an_element_and_the_data_it_holds() {
        model.dataflow(web, db, "query").set("data",
                List.of(model.data("order").set("classification", Classification.RESTRICTED)));
        db.set("data", List.of(model.data("keys").set("classification", Classification.TOP_SECRET)));

        assertThat(findingOn("Web").risk().impact()).isEqualTo(Impact.MEDIUM);
        assertThat(findingOn("DB").risk().impact()).isEqualTo(Impact.CRITICAL);
    }

    @Test
    void should_keep_the_higher_of_declared_impact_and_data_in_both_directions() {
        model.dataflow(web, db, "query").set("data",
                List.of(model.data("profile").set("classification", Classification.SENSITIVE)));
        web.set("impact", "critical");
        db.set("impact", "low");

        assertThat(findingOn("Web").risk().impact()).isEqualTo(Impact.CRITICAL);
        assertThat(findingOn("DB").risk().impact()).isEqualTo(Impact.HIGH);
    }

    @Test
    void should_not_count_data_of_unknown_classification() {
        model.dataflow(web, db, "query").set("data", List.of(model.data("blob")));
        web.set("impact", "low");

        assertThat(findingOn("query").risk().impact()).isEqualTo(Impact.MEDIUM);
        assertThat(findingOn("Web").risk().impact()).isEqualTo(Impact.LOW);
    }

    @Test
    void should_give_a_boundary_its_declared_impact_only() {
        model.add(ElementType.BOUNDARY, "DMZ").set("impact", "high");

        assertThat(findingOn("DMZ").risk().impact()).isEqualTo(Impact.HIGH);
    }

    @Test
    void should_use_the_likelihood_an_override_sets() {
        web.set("impact", "critical");
        web.set("overrides", List.of(FindingOverride.of("T1").set("likelihood", "Very Low")));

        assertThat(findingOn("Web").risk()).isEqualTo(Risk.of(Likelihood.VERY_LOW, Impact.CRITICAL));
        assertThat(findingOn("Web").risk().level()).isEqualTo(RiskLevel.MEDIUM);
    }
}
