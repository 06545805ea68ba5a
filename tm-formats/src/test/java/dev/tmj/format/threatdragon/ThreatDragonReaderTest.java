package dev.tmj.format.threatdragon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.SourceException;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreatDragonReaderTest {

    @Test
    void should_list_the_elements_boundaries_and_flows_of_the_demo_model() {
        Model model = ThreatDragonReader.read(ThreatDragonFiles.file("v2-threat-model.json"));

        assertThat(model.name()).isEqualTo("Demo Threat Model");
        assertThat(model.elements().stream().filter(e -> !e.isDataflow()).map(Element::toString).toList())
                .containsExactly(
                        "Boundary(Trust boundary 16)", "Boundary(Trust boundary 17)", "Boundary(Trust boundary 18)",
                        "Datastore(Worker Config)", "Datastore(Database)", "Datastore(Web Application Config)",
                        "Datastore(Message Queue)", "Process(Background\nWorker Process)", "Process(Web\nApplication)",
                        "Actor(Browser)");
        assertThat(model.dataflows().stream().map(f -> f.source().name() + " -> " + f.sink().name() + ": "
                + f.name()).toList()).contains("Web\nApplication -> Browser: Web Response");
        // the tenth flow starts at a point, not at a cell: a note says it is not kept
        assertThat(model.dataflows()).hasSize(9);
        assertThat(model.warnings()).map(ModelWarning::toString).anySatisfy(w -> assertThat(w)
                .matches(".*v2-threat-model.json:\\d+: detail.diagrams\\[0]\\.cells\\[\\d+]: a flow whose source is not"
                        + " attached to a cell is not kept, nor its threats.*"));
    }

    @Test
    void should_keep_the_threats_recorded_on_cells_as_findings_with_their_status() {
        Model model = ThreatDragonReader.read(ThreatDragonFiles.file("v2-threat-model.json"));

        Findings findings = Pipeline.of(model).run().findings();

        List<Finding> recorded = findings.findings().stream().filter(f -> f.threatId().startsWith("TD-")).toList();
        // 14 threats in the file: one on a flow that is not kept, one on a store out of scope (no findings)
        assertThat(recorded).hasSize(12);
        assertThat(model.elements()).filteredOn(e -> e.name().equals("Web Application Config")).singleElement()
                .satisfies(e -> assertThat(e.inScope()).isFalse())
                .satisfies(e -> assertThat(e.overrides()).hasSize(1));
        Finding credentials = recorded.stream().filter(f -> f.description().equals("Accessing DB credentials"))
                .findFirst().orElseThrow();
        assertThat(credentials.element().name()).isEqualTo("Worker Config");
        assertThat(credentials.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(credentials.severityText()).isEqualTo("High");
        assertThat(credentials.stride()).isEqualTo("Information disclosure");
        assertThat(credentials.mitigations()).startsWith("Encrypt the DB credentials");
        assertThat(recorded).filteredOn(f -> f.status() == FindingStatus.MITIGATED).hasSize(3);
        assertThat(recorded).filteredOn(f -> f.status() == FindingStatus.OPEN).hasSize(9);
    }

    @Test
    void should_put_the_cells_drawn_inside_a_trust_boundary_box_in_that_boundary() {
        Model model = ThreatDragonReader.read(ThreatDragonFiles.file("payment-online.json"));

        assertThat(model.boundaries()).hasSize(3);
        assertThat(model.elements().stream().filter(e -> !e.isDataflow() && !e.isBoundary())
                .map(e -> e.name() + " in " + e.inBoundary().map(Element::name).orElse("-")).toList())
                .contains("Customer in -", "Customer Client in Customer /\nInternet",
                        "Merchant\nWeb Server in Merchant / Web", "Stripe API service in Stripe /\nWeb");
    }

    @Test
    void should_import_and_resolve_every_demo_model() {
        for (Path file : ThreatDragonFiles.models()) {
            Model model = ThreatDragonReader.read(file);
            Findings findings = Pipeline.of(model).run().findings();
            assertThat(findings.checkedModel().elements()).as(file.toString()).isNotNull();
        }
        assertThat(ThreatDragonFiles.models()).hasSize(7);
    }
}
