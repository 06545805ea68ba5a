package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Action;
import dev.tmj.model.Assumption;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ModelException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.TmjException;
import dev.tmj.threat.Severity;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ResolverTest {
    private static final ThreatLibrary LIBRARY = ThreatLibrary.of("test", List.of(
            threat("SRV01", ElementType.SERVER, "target.controls.isHardened is False", "High"),
            threat("SRV02", ElementType.SERVER, "target.controls.sanitizesInput is False", "Medium"),
            threat("PRC01", ElementType.PROCESS, "target.controls.validatesInput is False", "Very High"),
            threat("FLW01", ElementType.DATAFLOW, "not target.controls.isEncrypted", "Low"),
            threat("FLW02", ElementType.DATAFLOW, "target.protocol == 'HTTP'", "Medium")));

    private static Threat threat(String sid, ElementType target, String condition, String severity) {
        return Threat.of(sid, Set.of(target), condition, new Threat.Texts("Threat " + sid, "details", "High",
                severity, "", "mitigate " + sid, "", "", "Tampering", List.of()));
    }

    @Test
    void should_number_findings_in_element_order_then_library_order() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "B");
        model.add(ElementType.SERVER, "A");

        Findings findings = Resolver.resolve(model, LIBRARY);

        assertThat(findings.findings()).extracting(Finding::id, Finding::threatId, Finding::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "SRV01", "B"),
                        org.assertj.core.groups.Tuple.tuple("2", "SRV02", "B"),
                        org.assertj.core.groups.Tuple.tuple("3", "SRV01", "A"),
                        org.assertj.core.groups.Tuple.tuple("4", "SRV02", "A"));
    }

    @Test
    void should_give_each_element_its_own_findings_in_order_as_a_list_nobody_can_change() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "B");
        model.add(ElementType.SERVER, "A");

        Findings findings = Resolver.resolve(model, LIBRARY);

        for (Element element : findings.checkedModel().elements()) {
            List<Finding> own = findings.of(element);
            assertThat(own).extracting(Finding::threatId).containsExactly("SRV01", "SRV02");
            assertThat(own).allMatch(f -> f.element() == element);
            assertThat((List<?>) element.get("findings")).isEqualTo(own);
            assertThatThrownBy(() -> own.add(own.get(0))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> own.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(findings.findings()).extracting(Finding::id).containsExactly("1", "2", "3", "4");
    }

    @Test
    void should_give_out_of_scope_elements_no_findings_not_even_those_of_earlier_elements() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "In");
        Element out = model.add(ElementType.SERVER, "Out").set("inScope", false);

        Findings findings = Resolver.resolve(model, LIBRARY);

        assertThat(findings.findings()).extracting(Finding::target).containsOnly("In");
        Element checkedOut = findings.checkedModel().model().elements().get(1);
        assertThat(checkedOut.name()).isEqualTo(out.name());
        assertThat(findings.of(checkedOut)).isEmpty();
        assertThat((List<?>) checkedOut.get("findings")).isEmpty();
    }

    @Test
    void should_force_a_finding_the_element_overrides_even_when_the_threat_does_not_apply() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web").set("overrides", List.of(FindingOverride.of("PRC01").cvss("3.1")));

        Findings findings = Resolver.resolve(model, LIBRARY);

        assertThat(findings.findings()).extracting(Finding::threatId).containsExactly("SRV01", "SRV02", "PRC01");
        Finding forced = findings.findings().get(2);
        assertThat(forced.cvss()).isEqualTo("3.1");
        assertThat(forced.description()).as("fields the override does not set keep the threat's text")
                .isEqualTo("Threat PRC01");
        assertThat(forced.severityText()).isEqualTo("Very High");
        assertThat(forced.severity()).isEqualTo(Severity.VERY_HIGH);
        assertThat(forced.id()).isEqualTo("3");
    }

    @Test
    void should_patch_only_the_fields_an_override_sets() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web").set("overrides",
                List.of(FindingOverride.of("SRV01").response("accepted").severity("Low")));

        Finding finding = Resolver.resolve(model, LIBRARY).findings().get(0);

        assertThat(finding.response()).isEqualTo("accepted");
        assertThat(finding.severityText()).isEqualTo("Low");
        assertThat(finding.severity()).isEqualTo(Severity.LOW);
        assertThat(finding.mitigations()).isEqualTo("mitigate SRV01");
        assertThat(finding.likelihood()).isEqualTo("High");
        assertThat(finding.cvss()).isEmpty();
        assertThat(finding.id()).isEqualTo("1");
    }

    @Test
    void should_raise_element_severity_to_its_highest_finding_after_overrides() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web").set("overrides", List.of(FindingOverride.of("SRV01").severity("Low")));

        Findings findings = Resolver.resolve(model, LIBRARY);

        assertThat(findings.checkedModel().model().elements().get(0).get("severity")).isEqualTo(3L);
    }

    @Test
    void should_drop_globally_excluded_threats_silently() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web");

        Findings findings = Resolver.resolve(model, LIBRARY, ResolveOptions.DEFAULTS.excluding("SRV01"));

        assertThat(findings.findings()).extracting(Finding::threatId).containsExactly("SRV02");
        assertThat(findings.excluded()).isEmpty();
        assertThat(findings.excludedThreats()).containsExactly("SRV01");
    }

    @Test
    void should_move_findings_excluded_by_element_or_model_assumptions_to_the_excluded_list() {
        Model model = Model.named("m").set("assumptions",
                List.of(Assumption.named("WAF in front").excluding("SRV02"), Assumption.named("no exclusions")));
        model.add(ElementType.SERVER, "Web").set("assumptions",
                List.of(Assumption.named("Hardened image").excluding("SRV01")));

        Findings findings = Resolver.resolve(model, LIBRARY);

        assertThat(findings.findings()).isEmpty();
        assertThat(findings.excluded()).extracting(Finding::id, Finding::threatId, f -> f.assumption().orElseThrow().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "SRV01", "Hardened image"),
                        org.assertj.core.groups.Tuple.tuple("2", "SRV02", "WAF in front"));
    }

    @Test
    void should_keep_values_a_flow_sets_and_fill_the_rest_from_source_and_sink() {
        Model model = Model.named("m");
        Element client = model.add(ElementType.ACTOR, "Client");
        Element web = model.add(ElementType.SERVER, "Web").set("protocol", "HTTP").set("port", 80);
        web.controls().set("isEncrypted", true);
        model.dataflow(client, web, "explicit").set("protocol", "HTTPS").set("dstPort", 443);
        model.dataflow(client, web, "defaults");

        CheckedModel checked = CheckedModel.of(model);

        Element explicit = checked.dataflows().get(0);
        Element defaults = checked.dataflows().get(1);
        assertThat(explicit.get("protocol")).isEqualTo("HTTPS");
        assertThat(explicit.get("dstPort")).isEqualTo(443L);
        assertThat(defaults.get("protocol")).isEqualTo("HTTP");
        assertThat(defaults.get("dstPort")).isEqualTo(80L);
        assertThat(defaults.controls().get("isEncrypted")).isEqualTo(true);
        assertThat(model.dataflows().get(1).get("protocol")).as("the caller's model is unchanged").isEqualTo("");
    }

    @Test
    void should_number_flows_link_responses_and_fill_inputs_and_outputs() {
        Model model = Model.named("m").set("isOrdered", true);
        Element client = model.add(ElementType.ACTOR, "Client");
        Element web = model.add(ElementType.SERVER, "Web");
        model.dataflow(client, web, "request");
        model.dataflow(web, client, "reply").set("isResponse", true);

        CheckedModel checked = CheckedModel.of(model);

        Element request = checked.dataflows().get(0);
        Element reply = checked.dataflows().get(1);
        assertThat(request.get("order")).isEqualTo(1L);
        assertThat(reply.get("order")).isEqualTo(2L);
        assertThat(reply.get("responseTo")).isSameAs(request);
        assertThat(request.get("response")).isSameAs(reply);
        Element checkedWeb = checked.model().elements().get(1);
        assertThat(checkedWeb.get("inputs")).isEqualTo(List.of(request));
        assertThat((List<?>) checkedWeb.get("outputs")).as("responses are not outputs").isEmpty();
    }

    @Test
    void should_reject_a_dataflow_from_an_element_to_itself() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web");
        model.dataflow(web, web, "loop");

        assertThatThrownBy(() -> Resolver.resolve(model, LIBRARY)).isInstanceOf(ModelException.class)
                .hasMessageContaining("Dataflow(loop) goes from Server(Web) to itself");
    }

    @Test
    void should_reject_duplicate_flows_with_restrict_even_when_they_carry_data() {
        Model model = Model.named("m").set("onDuplicates", Action.RESTRICT);
        Element client = model.add(ElementType.ACTOR, "User");
        Element web = model.add(ElementType.SERVER, "Web Server");
        var token = model.data("token");
        model.dataflow(client, web, "a").set("data", List.of(token));
        model.dataflow(client, web, "b").set("data", List.of(token));

        assertThatThrownBy(() -> Resolver.resolve(model, LIBRARY)).isInstanceOf(ModelException.class)
                .hasMessage("Duplicate Dataflow found between Actor(User) and Server(Web Server): "
                        + "Dataflow(a) is same as Dataflow(b)");
    }

    @Test
    void should_hide_but_still_analyse_duplicate_flows_with_ignore() {
        Model model = Model.named("m").set("onDuplicates", Action.IGNORE);
        Element client = model.add(ElementType.ACTOR, "User");
        Element web = model.add(ElementType.SERVER, "Web");
        model.dataflow(client, web, "a");
        model.dataflow(client, web, "b");
        model.dataflow(client, web, "c").set("protocol", "HTTP");

        Findings findings = Resolver.resolve(model, LIBRARY);

        assertThat(findings.checkedModel().hiddenDuplicates()).extracting(Element::name).containsExactly("b");
        assertThat(findings.findings()).extracting(Finding::target).contains("a", "b", "c");
    }

    @Test
    void should_reject_two_overrides_of_one_threat_on_an_element() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web").set("overrides",
                List.of(FindingOverride.of("SRV01"), FindingOverride.of("SRV01").cvss("1")));

        assertThatThrownBy(() -> Resolver.resolve(model, LIBRARY)).isInstanceOf(ModelException.class)
                .hasMessage("Finding SRV01 has more than one override in Server(Web)");
    }

    @Test
    void should_reject_boundaries_that_contain_each_other() {
        Model model = Model.named("m");
        Element outer = model.add(ElementType.BOUNDARY, "Outer");
        Element inner = model.add(ElementType.BOUNDARY, "Inner").set("inBoundary", outer);

        assertThatThrownBy(() -> outer.set("inBoundary", inner)).isInstanceOf(ModelException.class)
                .hasMessageContaining("Boundary(Outer) cannot be inside Boundary(Inner)");
    }

    @Test
    void should_keep_a_findings_fingerprint_when_unrelated_parts_of_the_model_change() {
        Model before = Model.named("m");
        Element vpc = before.add(ElementType.BOUNDARY, "VPC");
        before.add(ElementType.SERVER, "Web").set("inBoundary", vpc);

        Model after = Model.named("m");
        after.add(ElementType.SERVER, "Batch");
        Element vpc2 = after.add(ElementType.BOUNDARY, "VPC");
        after.add(ElementType.SERVER, "Web").set("inBoundary", vpc2);

        Finding first = Resolver.resolve(before, LIBRARY).findings().get(0);
        Finding moved = Resolver.resolve(after, LIBRARY).findings().stream()
                .filter(f -> f.target().equals("Web") && f.threatId().equals("SRV01")).findFirst().orElseThrow();

        assertThat(moved.id()).isNotEqualTo(first.id());
        assertThat(moved.fingerprint()).isEqualTo(first.fingerprint()).hasSize(16);
        assertThat(first.elementIdentity()).isEqualTo("Server:Web");
    }

    @Test
    void should_keep_a_findings_fingerprint_when_its_element_moves_to_another_boundary_or_changes_attributes() {
        Model before = Model.named("m");
        before.add(ElementType.BOUNDARY, "VPC");
        before.add(ElementType.SERVER, "Web");
        Model after = Model.named("m");
        Element dmz = after.add(ElementType.BOUNDARY, "DMZ");
        after.add(ElementType.SERVER, "Web").set("inBoundary", dmz).set("description", "changed");

        assertThat(Resolver.resolve(after, LIBRARY).findings().get(0).fingerprint())
                .isEqualTo(Resolver.resolve(before, LIBRARY).findings().get(0).fingerprint());
    }

    @Test
    void should_change_a_findings_fingerprint_when_its_elements_kind_or_name_changes() {
        ThreatLibrary anyElement = ThreatLibrary.of("t", List.of(Threat.of("ANY01",
                Set.of(ElementType.ELEMENT), "True", Threat.Texts.described("x"))));
        Model server = Model.named("m");
        server.add(ElementType.SERVER, "Web");
        Model process = Model.named("m");
        process.add(ElementType.PROCESS, "Web");
        Model renamed = Model.named("m");
        renamed.add(ElementType.SERVER, "Web2");

        String original = Resolver.resolve(server, anyElement).findings().get(0).fingerprint();

        assertThat(Resolver.resolve(process, anyElement).findings().get(0).fingerprint()).isNotEqualTo(original);
        assertThat(Resolver.resolve(renamed, anyElement).findings().get(0).fingerprint()).isNotEqualTo(original);
    }

    @Test
    void should_identify_a_flow_by_its_name_source_and_sink() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web");
        Element db = model.add(ElementType.DATASTORE, "DB");
        model.dataflow(web, db, "query");
        ThreatLibrary flows = ThreatLibrary.of("t", List.of(Threat.of("DF01",
                Set.of(ElementType.DATAFLOW), "True", Threat.Texts.described("x"))));

        Finding finding = Resolver.resolve(model, flows).findings().get(0);

        assertThat(finding.elementIdentity()).isEqualTo("Dataflow:query (Server:Web -> Datastore:DB)");
    }

    @Test
    void should_give_different_fingerprints_to_same_named_elements_in_different_boundaries() {
        Model model = Model.named("m");
        Element a = model.add(ElementType.BOUNDARY, "A");
        Element b = model.add(ElementType.BOUNDARY, "B");
        model.add(ElementType.SERVER, "Web").set("inBoundary", a);
        model.add(ElementType.SERVER, "Web").set("inBoundary", b);

        List<Finding> findings = Resolver.resolve(model, LIBRARY).findings();

        assertThat(findings.get(0).fingerprint()).isNotEqualTo(findings.get(2).fingerprint());
    }

    @Test
    void should_report_a_condition_that_fails_at_run_time_as_a_warning_and_not_match() {
        ThreatLibrary library = ThreatLibrary.of("t", List.of(Threat.of("BND01", Set.of(ElementType.SERVER),
                "target.inBoundary.name == 'DMZ'", Threat.Texts.described("x"))));
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web");

        Findings findings = Resolver.resolve(model, library);

        assertThat(findings.findings()).isEmpty();
        assertThat(findings.warnings()).singleElement().satisfies(w -> {
            assertThat(w.threatId()).isEqualTo("BND01");
            assertThat(w.element()).isEqualTo("Server(Web)");
            assertThat(w.message()).contains("'NoneType' object has no attribute 'name'");
        });
    }

    @Test
    void should_resolve_several_models_independently_in_one_jvm() {
        Model one = Model.named("one");
        one.add(ElementType.SERVER, "Web");
        Model two = Model.named("two");
        two.add(ElementType.PROCESS, "Worker");

        assertThat(Resolver.resolve(one, LIBRARY).findings()).extracting(Finding::target).containsOnly("Web");
        assertThat(Resolver.resolve(two, LIBRARY).findings()).extracting(Finding::target).containsOnly("Worker");
        assertThatThrownBy(() -> one.dataflow(one.elements().get(0), two.elements().get(0), "x"))
                .isInstanceOf(ModelException.class).hasMessageContaining("of another model");
    }

    @Test
    @Timeout(30)
    void should_fail_the_run_naming_threat_and_element_when_a_condition_exceeds_its_budget() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web").locatedAt(SourceLocation.of("model.py", 12));
        ThreatLibrary hostile = ThreatLibrary.of("hostile", List.of(
                threat("SRV01", ElementType.SERVER, "target.controls.isHardened is False", "High"),
                threat("BAD01", ElementType.SERVER, "any(False for a in 'x'*1000000 for b in 'x'*1000000)", "Low")));

        assertThatThrownBy(() -> Resolver.resolve(model, hostile))
                .isInstanceOf(TmjException.class)
                .hasMessageStartingWith("the condition of threat BAD01 on Server(Web) (model.py:12) exceeded its ")
                .hasMessageContaining("budget");
    }

    @Test
    @Timeout(30)
    void should_name_the_element_without_a_location_when_it_has_none() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web");
        ThreatLibrary hostile = ThreatLibrary.of("hostile", List.of(
                threat("BAD01", ElementType.SERVER, "sum([[a] for a in 'x' * 1000000], []) == []", "Low")));

        assertThatThrownBy(() -> Resolver.resolve(model, hostile))
                .hasMessageStartingWith("the condition of threat BAD01 on Server(Web) exceeded its allocation budget");
    }

    @Test
    void should_find_nothing_for_a_threat_without_targets_unless_an_override_forces_it() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Plain");
        Element forced = model.add(ElementType.SERVER, "Forced");
        forced.set("overrides", List.of(FindingOverride.of("NONE")));
        ThreatLibrary library = ThreatLibrary.of("none", List.of(Threat.of("NONE", Set.of(), "True",
                Threat.Texts.described("targets nothing"))));

        Findings findings = Resolver.resolve(model, library);

        assertThat(findings.findings()).extracting(Finding::target).containsExactly("Forced");
    }
}
