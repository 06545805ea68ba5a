package dev.tmj.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.dfd.DiagramImages;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.format.threatdragon.ThreatDragonReader;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportFormatTest {
    private static final String MODEL = """
            tmj: 1
            name: Bank
            boundaries:
              - name: Internet
              - name: Bank network
              - name: Core
                inBoundary: Bank network
              - name: Empty zone
                inBoundary: Bank network
            elements:
              - {type: Actor, name: Customer, inBoundary: Internet}
              - {type: ExternalEntity, name: Card network}
              - {type: Server, name: Web, inBoundary: Bank network, port: 443}
              - {type: Process, name: Ledger, inBoundary: Core}
              - {type: Datastore, name: Accounts, inBoundary: Core, storesPII: true}
              - {type: Lambda, name: Notifier, inBoundary: Bank network}
            dataflows:
              - {name: Log in, source: Customer, sink: Web, protocol: HTTPS}
              - {name: Transfer, source: Web, sink: Ledger}
              - {name: Book, source: Ledger, sink: Accounts, protocol: SQL}
              - {name: Authorise, source: Ledger, sink: Card network}
              - {name: Notify, source: Ledger, sink: Notifier}
            """;

    @BeforeEach
    void needsGraphviz() {
        assumeTrue(DiagramImages.defaults().dot().isPresent(), "Graphviz's dot is not installed");
    }

    private static Findings resolve(Model model) {
        return Pipeline.of(model).asOf(LocalDate.of(2026, 12, 5)).run().findings();
    }

    private static String summary(Findings findings) {
        StringBuilder out = new StringBuilder(TmjModelWriter.toYaml(findings.checkedModel().model()));
        for (Finding f : findings) {
            out.append(f.fingerprint()).append(' ').append(f.status()).append('\n');
        }
        return out.toString();
    }

    @Test
    void should_lay_out_boundaries_so_that_reading_the_export_puts_every_element_back_in_its_boundary() {
        Findings original = resolve(TmjModelReader.read(MODEL, "bank.yaml"));

        String exported = ExportFormat.named("threat-dragon").renderer().renderText(original);
        Model back = ThreatDragonReader.read(exported, "bank.json");

        assertThat(back.elements().stream().filter(e -> !e.isDataflow())
                .map(e -> e.name() + " in " + e.inBoundary().map(Element::name).orElse("-")).toList())
                .containsExactly("Internet in -", "Bank network in -", "Core in Bank network",
                        "Empty zone in Bank network", "Customer in Internet", "Card network in -",
                        "Web in Bank network", "Ledger in Core", "Accounts in Core", "Notifier in Bank network");
        assertThat(summary(resolve(back))).isEqualTo(summary(original));
    }

    @Test
    void should_export_the_same_bytes_for_the_same_model() {
        String first = ExportFormat.THREAT_DRAGON.renderer().renderText(resolve(TmjModelReader.read(MODEL, "b")));
        String second = ExportFormat.THREAT_DRAGON.renderer().renderText(resolve(TmjModelReader.read(MODEL, "b")));

        assertThat(first).isEqualTo(second).contains("\"shape\": \"trust-boundary-box\"");
    }

    @Test
    void should_name_the_formats_there_are_for_an_unknown_one() {
        assertThat(ExportFormat.named("Threat-Dragon")).isEqualTo(ExportFormat.THREAT_DRAGON);
        assertThatThrownBy(() -> ExportFormat.named("visio"))
                .isInstanceOf(dev.tmj.model.SourceException.class)
                .hasMessageContaining("unknown export format \"visio\"; tmj exports otm, threat-dragon");
    }
}
