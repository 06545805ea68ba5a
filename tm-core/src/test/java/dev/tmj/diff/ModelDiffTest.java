package dev.tmj.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.pipeline.Resolution;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ModelDiffTest {
    private static final ThreatLibrary LIBRARY = ThreatLibrary.of("test", List.of(
            threat("SRV01", ElementType.SERVER, "target.controls.isHardened is False", "High"),
            threat("DB01", ElementType.DATASTORE, "target.controls.isEncryptedAtRest is False", "Medium"),
            threat("FLW01", ElementType.DATAFLOW, "not target.controls.isEncrypted", "Low"),
            threat("FLW02", ElementType.DATAFLOW, "target.protocol == 'HTTP'", "Medium")));

    private static Threat threat(String sid, ElementType target, String condition, String severity) {
        return Threat.of(sid, Set.of(target), condition, new Threat.Texts("Threat " + sid, "details", "High",
                severity, "", "mitigate " + sid, "", "", "Tampering", List.of()));
    }

    /** Web and DB in a boundary, a user outside; flows User -> Web (HTTP) and Web -> DB. */
    private static Model version(Consumer<Model> edit, boolean reversed) {
        Model model = Model.named("shop");
        Element cloud = model.add(ElementType.BOUNDARY, "Cloud");
        List<Runnable> steps = new java.util.ArrayList<>(List.of(
                () -> model.add(ElementType.ACTOR, "User"),
                () -> model.add(ElementType.SERVER, "Web").set("inBoundary", cloud),
                () -> model.add(ElementType.DATASTORE, "DB").set("inBoundary", cloud)));
        if (reversed) {
            java.util.Collections.reverse(steps);
        }
        steps.forEach(Runnable::run);
        List<Runnable> flows = new java.util.ArrayList<>(List.of(
                () -> model.dataflow(named(model, "User"), named(model, "Web"), "Browse").set("protocol", "HTTP"),
                () -> model.dataflow(named(model, "Web"), named(model, "DB"), "Query")));
        if (reversed) {
            java.util.Collections.reverse(flows);
        }
        flows.forEach(Runnable::run);
        edit.accept(model);
        return model;
    }

    private static Element named(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static Resolution resolve(Model model) {
        return Pipeline.of(model).threats(LIBRARY).run();
    }

    @Test
    void should_find_nothing_between_a_model_and_its_reordered_copy() {
        ModelDiff diff = ModelDiff.between(resolve(version(m -> { }, false)), resolve(version(m -> { }, true)));

        assertThat(diff.isEmpty()).as(diff.toString()).isTrue();
    }

    @Test
    void should_list_exactly_the_added_removed_and_changed_elements_and_findings() {
        Model old = version(m -> { }, false);
        Model now = version(m -> {
            named(m, "Browse").set("protocol", "HTTPS");
            named(m, "DB").set("inBoundary", null);
            named(m, "Web").controls().set("isHardened", true);
            Element cache = m.add(ElementType.SERVER, "Cache");
            m.dataflow(named(m, "Web"), cache, "Lookup");
        }, false);

        ModelDiff diff = ModelDiff.between(resolve(old), resolve(now));

        assertThat(diff.added()).extracting(ElementChange::identity)
                .containsExactly("Server:Cache", "Dataflow:Lookup (Server:Web -> Server:Cache)");
        assertThat(diff.removed()).extracting(ElementChange::identity).isEmpty();
        assertThat(diff.changed()).extracting(ElementChange::identity)
                .containsExactly("Server:Web", "Datastore:DB", "Dataflow:Browse (Actor:User -> Server:Web)");
        assertThat(diff.changed().get(0).attributes())
                .containsExactly(new AttributeChange("controls.isHardened", "False", "True"));
        assertThat(diff.changed().get(1).attributes())
                .containsExactly(new AttributeChange("inBoundary", "Boundary:Cloud", "None"));
        assertThat(diff.changed().get(2).attributes())
                .containsExactly(new AttributeChange("protocol", "\"HTTP\"", "\"HTTPS\""));
        assertThat(diff.newFindings()).extracting(FindingChange::sid, FindingChange::elementIdentity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SRV01", "Server:Cache"),
                        org.assertj.core.groups.Tuple.tuple("FLW01",
                                "Dataflow:Lookup (Server:Web -> Server:Cache)"));
        assertThat(diff.fixedFindings()).extracting(FindingChange::sid, FindingChange::elementIdentity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SRV01", "Server:Web"),
                        org.assertj.core.groups.Tuple.tuple("FLW02", "Dataflow:Browse (Actor:User -> Server:Web)"));
    }

    @Test
    void should_report_a_removed_element_and_its_flows_in_the_old_order() {
        Model old = version(m -> { }, false);
        Model now = version(m -> { }, false);
        Model smaller = Model.named("shop");
        Element cloud = smaller.add(ElementType.BOUNDARY, "Cloud");
        smaller.add(ElementType.ACTOR, "User");
        smaller.add(ElementType.SERVER, "Web").set("inBoundary", cloud);
        smaller.dataflow(named(smaller, "User"), named(smaller, "Web"), "Browse").set("protocol", "HTTP");

        ModelDiff diff = ModelDiff.between(resolve(old), resolve(smaller));

        assertThat(diff.removed()).extracting(ElementChange::identity)
                .containsExactly("Datastore:DB", "Dataflow:Query (Server:Web -> Datastore:DB)");
        assertThat(diff.removed()).allSatisfy(change -> assertThat(change.after()).isEmpty());
        assertThat(diff.fixedFindings()).extracting(FindingChange::sid).containsExactly("DB01", "FLW01");
        assertThat(ModelDiff.between(resolve(now), resolve(old)).isEmpty()).isTrue();
    }

    @Test
    void should_report_a_status_change_and_the_models_own_attributes() {
        Model old = version(m -> { }, false);
        Model now = version(m -> {
            m.set("description", "the shop");
            named(m, "Web").set("overrides", List.of(FindingOverride.of("SRV01").status(FindingStatus.MITIGATED)));
        }, false);

        ModelDiff diff = ModelDiff.between(resolve(old), resolve(now));

        assertThat(diff.changedFindings()).singleElement().satisfies(change -> {
            assertThat(change.sid()).isEqualTo("SRV01");
            assertThat(change.before().orElseThrow().status()).isEqualTo(FindingStatus.OPEN);
            assertThat(change.after().orElseThrow().status()).isEqualTo(FindingStatus.MITIGATED);
        });
        assertThat(diff.changed()).extracting(ElementChange::identity).containsExactly("TM", "Server:Web");
        assertThat(diff.changed().get(0).isModel()).isTrue();
        assertThat(diff.changed().get(0).attributes())
                .containsExactly(new AttributeChange("description", "\"\"", "\"the shop\""));
        assertThat(diff.changed().get(1).attributes()).extracting(AttributeChange::attribute)
                .containsExactly("overrides");
    }
}
