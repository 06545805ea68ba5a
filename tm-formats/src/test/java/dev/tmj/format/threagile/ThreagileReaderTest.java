package dev.tmj.format.threagile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.format.ModelFiles;
import dev.tmj.model.Classification;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.SourceException;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Findings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@link ThreagileReader}: Threagile's example model, the mapping of assets, links and risk tracking, bad input. */
class ThreagileReaderTest {
    /** Threagile's example model, shared test data (MIT): the test that needs it skips when it is absent. */
    private static final Path EXAMPLE = Path.of("..", "..", "shared", "interchange", "threagile", "example.yaml");

    private static final String SHOP = """
            threagile_version: 1.0.0
            title: Shop
            business_overview: {description: Sells things}
            questions: {"Who runs it": ''}
            data_assets:
              Orders: &orders {id: orders, confidentiality: confidential, integrity: critical, availability: important}
              Order copies:
                <<: *orders
                id: order-copies
            technical_assets:
              Browser:
                id: browser
                type: external-entity
                technology: browser
                used_as_client_by_human: true
                communication_links:
                  Shop traffic:
                    target: web
                    protocol: https
                    authentication: session-id
                    data_assets_sent: [orders]
                    data_assets_received: [order-copies]
              Web:
                id: web
                type: process
                technology: web-server
                data_assets_processed: [orders]
                communication_links:
                  Queries: {target: db, protocol: jdbc, authentication: none, vpn: true, data_assets_sent: [orders]}
              DB:
                id: db
                type: datastore
                technology: database
                encryption: transparent
                data_assets_stored: [orders]
            trust_boundaries:
              Cloud: {id: cloud, type: network-cloud-provider, technical_assets_inside: [web], trust_boundaries_nested: [data]}
              Data: {id: data, technical_assets_inside: [db]}
            risk_tracking:
              path-traversal@web: {status: mitigated, justification: Paths are checked, ticket: SHOP-1, date: 2026-01-04, checked_by: Ana}
              path-traversal@*: {status: accepted}
              sql-nosql-injection@db@web: {status: accepted}
              ldap-injection@web: {status: unchecked}
            """;

    @Test
    void should_map_assets_boundaries_links_and_data() {
        Model model = ThreagileReader.read(SHOP, "shop.yaml");
        assertThat(model.name()).isEqualTo("Shop");
        assertThat(model.description()).isEqualTo("Sells things");
        assertThat(model.boundaries()).extracting(b -> b.name() + " in " + b.inBoundary().map(Element::name)
                .orElse("-")).containsExactly("Cloud in -", "Data in Cloud");
        assertThat(nodes(model)).containsExactly("Browser:Actor:-", "Web:Server:Cloud", "DB:Datastore:Data");
        Element db = model.elements().stream().filter(e -> e.name().equals("DB")).findFirst().orElseThrow();
        assertThat(db.controls().get("isEncryptedAtRest")).isEqualTo(true);
        assertThat(db.get("type").toString()).isEqualTo("SQL");
        assertThat(model.dataflows()).extracting(f -> f.name() + ":" + f.source().name() + "->" + f.sink().name()
                + ":" + f.get("protocol") + ":" + f.controls().get("isEncrypted"))
                .containsExactly("Shop traffic:Browser->Web:HTTPS:true",
                        "Shop traffic (response):Web->Browser:HTTPS:true", "Queries:Web->DB:JDBC:false");
        assertThat(model.dataflows().get(1).get("responseTo")).isSameAs(model.dataflows().get(0));
        assertThat(model.dataflows().get(2).get("usesVPN")).isEqualTo(true);
        assertThat(model.dataflows().get(0).extraValue("authentication")).isEqualTo("session-id");
        assertThat(model.data()).extracting(d -> d.name() + ":" + d.classification() + ":" + d.extraValue("integrity"))
                .containsExactly("Orders:SECRET:critical", "Order copies:SECRET:critical");
        assertThat(model.data().get(0).classification()).isEqualTo(Classification.SECRET);
    }

    @Test
    void should_turn_risk_tracking_of_a_mapped_rule_into_a_finding_decision_and_note_the_rest() {
        Model model = ThreagileReader.read(SHOP, "shop.yaml");
        Element web = model.elements().stream().filter(e -> e.name().equals("Web")).findFirst().orElseThrow();
        assertThat(web.overrides()).hasSize(1);
        FindingOverride decision = web.overrides().get(0);
        assertThat(decision.threatId()).isEqualTo("HA01");
        assertThat(decision.status()).contains(FindingStatus.MITIGATED);
        assertThat(decision.get("owner")).isEqualTo("Ana");
        assertThat(decision.get("justification")).isEqualTo("Paths are checked (ticket SHOP-1) (checked 2026-01-04)");
        assertThat(model.warnings()).extracting(ModelWarning::message)
                .anyMatch(m -> m.contains("\"path-traversal@*\" names no technical asset"))
                .anyMatch(m -> m.contains("rule \"sql-nosql-injection\" has no tmj threat"))
                .anyMatch(m -> m.contains("\"ldap-injection@web\" is unchecked"))
                .anyMatch(m -> m.startsWith("questions: Threagile's \"questions\" is not mapped"));
        Findings findings = Pipeline.of(model).asOf(LocalDate.of(2026, 12, 5)).run().findings();
        assertThat(findings.findings()).filteredOn(f -> f.threatId().equals("HA01") && f.element() != null
                && f.element().name().equals("Web")).extracting(f -> f.status()).containsExactly(FindingStatus.MITIGATED);
    }

    @Test
    void should_import_and_resolve_threagiles_example_model() {
        Assumptions.assumeTrue(Files.exists(EXAMPLE), "../shared/interchange is absent");
        Model model = ModelFiles.read(EXAMPLE);
        assertThat(model.boundaries()).extracting(b -> b.name() + " in " + b.inBoundary().map(Element::name)
                .orElse("-")).containsExactly("Web DMZ in Application Network", "ERP DMZ in Application Network",
                        "Application Network in -", "Auth Handling Environment in Application Network",
                        "Dev Network in -");
        assertThat(nodes(model)).containsExactly("Customer Web Client:Actor:-", "Backoffice Client:Actor:Dev Network",
                "Backend Admin Client:Actor:Dev Network", "Load Balancer:Server:Application Network",
                "Apache Webserver:Server:Web DMZ", "Identity Provider:Server:Auth Handling Environment",
                "LDAP Auth Server:Datastore:Auth Handling Environment", "Marketing CMS:Server:Web DMZ",
                "Backoffice ERP System:Server:ERP DMZ", "Contract File Server:Datastore:ERP DMZ",
                "Customer Contract Database:Datastore:ERP DMZ", "External Development Client:Actor:-",
                "Git Repository:Process:Dev Network", "Jenkins Build Server:Process:Dev Network");
        assertThat(model.dataflows()).hasSize(20 + 16);
        assertThat(model.dataflows()).extracting(f -> f.name() + ":" + f.source().name() + "->" + f.sink().name())
                .contains("Customer Traffic:Customer Web Client->Load Balancer",
                        "Customer Traffic (response):Load Balancer->Customer Web Client");
        assertThat(model.data()).hasSize(12);
        assertThat(Pipeline.of(model).run().findings().findings()).isNotEmpty();
    }

    @Test
    void should_name_file_line_column_and_path_of_bad_input() {
        assertThatThrownBy(() -> ThreagileReader.read(SHOP.replace("target: db", "target: dbx"), "shop.yaml"))
                .isInstanceOf(SourceException.class)
                .hasMessage("shop.yaml:29:25: technical_assets.Web.communication_links.Queries.target: no technical "
                        + "asset with id \"dbx\"");
        assertThatThrownBy(() -> ThreagileReader.read(SHOP.replace("type: datastore", "type: database"), "s.yaml"))
                .hasMessageContaining("technical_assets.DB.type: unknown technical asset type \"database\"");
        assertThatThrownBy(() -> ThreagileReader.read(SHOP.replace("status: mitigated", "status: done"), "s.yaml"))
                .hasMessageContaining("risk_tracking.path-traversal@web.status: unknown risk tracking status \"done\"");
        assertThatThrownBy(() -> ThreagileReader.read(SHOP.replace("<<: *orders", "<<: *order"), "s.yaml"))
                .hasMessageContaining("YAML alias *order names no anchor before it");
    }

    private static List<String> nodes(Model model) {
        return model.elements().stream().filter(e -> !e.isBoundary() && !e.isDataflow())
                .map(e -> e.name() + ":" + e.type().pytmName() + ":" + e.inBoundary().map(Element::name).orElse("-"))
                .toList();
    }
}
