package dev.tmj.format.otm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmj.format.ModelFiles;
import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.SourceException;
import dev.tmj.resolve.Findings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@link OtmReader}: OTM documents of other tools, the notes on what tmj does not use, and bad input. */
class OtmReaderTest {
    /** Threat Dragon's OTM demo (a Microsoft Threat Modeling Tool model), shared test data. */
    private static final Path DEMO = Path.of("..", "..", "shared", "interchange", "threat-dragon",
            "mobile-cloud.otm.json");

    private static final String MINIMAL = """
            otmVersion: 0.2.0
            project: {name: Bank, id: bank-1, owner: Sec team}
            trustZones:
              - {id: tz-internet, name: Internet, risk: {trustRating: 1}}
              - {id: tz-cloud, name: Cloud, type: cloud, risk: {trustRating: 80}, parent: {trustZone: tz-internet}}
            components:
              - {id: c-user, name: Customer, type: generic-client, parent: {trustZone: tz-internet}}
              - {id: c-api, name: API, type: web-service, parent: {trustZone: tz-cloud}, tags: [java],
                 assets: {processed: [a-acct]}}
              - {id: c-db, name: Ledger, type: CD-POSTGRESQL, parent: {component: c-api}, assets: {stored: [a-acct]}}
            assets:
              - {id: a-acct, name: Accounts, risk: {confidentiality: 80, integrity: 100, availability: 80}}
            dataflows:
              - {id: f1, name: Login, source: c-user, destination: c-api, bidirectional: true, assets: [a-acct]}
              - {id: f2, name: Store, source: c-api, destination: c-db}
            threats:
              - {id: T-SQLI, name: SQL injection, risk: {likelihood: 50, impact: 100}}
            """;

    @Test
    void should_read_trust_zones_components_assets_and_dataflows() {
        Model model = OtmReader.read(MINIMAL, "bank.otm.yaml");
        assertThat(model.name()).isEqualTo("Bank");
        assertThat(model.boundaries()).extracting(Element::name).containsExactly("Internet", "Cloud");
        Element cloud = model.boundaries().get(1);
        assertThat(cloud.inBoundary()).map(Element::name).contains("Internet");
        assertThat(cloud.extraValue("trustRating")).isEqualTo(80L);
        assertThat(model.elements()).filteredOn(e -> !e.isBoundary() && !e.isDataflow())
                .extracting(e -> e.name() + ":" + e.type().pytmName() + ":" + e.inBoundary().map(Element::name)
                        .orElse("-"))
                .containsExactly("Customer:ExternalEntity:Internet", "API:Server:Cloud", "Ledger:Datastore:Cloud");
        Element ledger = model.elements().get(4);
        assertThat(ledger.extraValue("otmParent")).isEqualTo("c-api");
        Data accounts = model.data().get(0);
        assertThat(accounts.classification()).isEqualTo(Classification.SECRET);
        assertThat(accounts.extraValue("integrity")).isEqualTo(100L);
        assertThat(model.dataflows()).extracting(f -> f.source().name() + "->" + f.sink().name())
                .containsExactly("Customer->API", "API->Ledger");
        assertThat(model.dataflows().get(0).extraValue("bidirectional")).isEqualTo(true);
        assertThat(model.dataflows().get(0).get("data")).isEqualTo(List.of(accounts));
        assertThat(model.warnings()).extracting(ModelWarning::message).anyMatch(m -> m.contains("threats[0]: 1 "
                + "threats of another tool")).anyMatch(m -> m.contains("component type \"web-service\" read as "
                + "Server"));
    }

    @Test
    void should_turn_the_state_of_a_threat_tmj_exported_into_a_finding_decision() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode otm = (ObjectNode) json.readTree(new OtmWriter().renderText(
                OtmRoundTripTest.resolve(OtmFixtures.shop())));
        ObjectNode open = null;
        String sid = null;
        for (JsonNode component : otm.path("components")) {
            for (JsonNode ref : component.path("threats")) {
                if (component.path("name").asText().equals("DB") && ref.path("state").asText().equals("Exposed")) {
                    open = (ObjectNode) ref;
                    sid = ref.path("threat").asText();
                }
            }
        }
        assertThat(open).as("an open finding on DB").isNotNull();
        open.put("state", "Mitigated");
        Findings findings = OtmRoundTripTest.resolve(OtmReader.read(json.writeValueAsString(otm), "e.otm.json"));
        String threat = sid;
        assertThat(findings.findings()).filteredOn(f -> f.element().name().equals("DB")
                && f.threatId().equals(threat)).extracting(f -> f.status()).containsExactly(FindingStatus.MITIGATED);
    }

    @Test
    void should_import_and_resolve_threat_dragons_otm_demo() {
        Assumptions.assumeTrue(Files.exists(DEMO), "../shared/interchange is absent");
        Model model = ModelFiles.read(DEMO);
        assertThat(model.boundaries()).extracting(Element::name).containsExactly("Internet", "Public Cloud");
        assertThat(model.elements()).filteredOn(e -> !e.isBoundary() && !e.isDataflow())
                .extracting(e -> e.name() + ":" + e.type().pytmName())
                .containsExactly("Accounting PostgreSQL:Datastore", "Mobile Client:ExternalEntity",
                        "Public API v2:Server", "Azure File Storage:Datastore");
        assertThat(model.dataflows()).extracting(f -> f.name() + ":" + f.source().name() + "->" + f.sink().name())
                .hasSize(6).contains("PSQL Request:Public API v2->Accounting PostgreSQL");
        assertThat(OtmRoundTripTest.resolve(model).findings()).isNotEmpty();
    }

    @Test
    void should_name_file_line_column_and_path_of_bad_input() {
        assertThatThrownBy(() -> OtmReader.read(MINIMAL.replace("destination: c-db", "destination: c-dbx"),
                "bank.otm.yaml")).isInstanceOf(SourceException.class)
                .hasMessage("bank.otm.yaml:15:55: dataflows[1].destination: no component or trust zone with id "
                        + "\"c-dbx\"");
        assertThatThrownBy(() -> OtmReader.read("{\"otmVersion\": \"0.2.0\", \"project\": {\"id\": \"x\"}}",
                "a.otm.json")).isInstanceOf(SourceException.class)
                .hasMessage("a.otm.json:1:36: project: missing \"name\", the project's name");
        assertThatThrownBy(() -> OtmReader.read(MINIMAL.replace("trustRating: 80", "trustRating: high"),
                "bank.otm.yaml")).isInstanceOf(SourceException.class)
                .hasMessageContaining("trustZones[1].risk.trustRating: expected the trust rating (a number), got "
                        + "string \"high\"");
        assertThatThrownBy(() -> OtmReader.read(MINIMAL.replace("0.2.0", "1.0.0"), "bank.otm.yaml"))
                .hasMessageContaining("otmVersion: unsupported OTM version \"1.0.0\"");
        assertThatThrownBy(() -> OtmReader.read(MINIMAL.replace("trustRating: 1}}",
                "trustRating: 1}, attributes: {tmj: {inScope: maybe}}}"), "bank.otm.yaml"))
                .hasMessageContaining("trustZones[0].attributes.tmj.inScope");
    }
}
