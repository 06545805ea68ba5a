package dev.tmj.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The LINDDUN library's threats, each proved on a small model that triggers it and on the same model with the one
 * privacy fact that rules it out.
 */
class LinddunThreatLibraryTest {
    private static final ThreatLibrary LINDDUN = ThreatLibrary.builtIn("linddun");

    /** A case: the SID, the element its finding is on, and the model built with the fact that triggers it or not. */
    record Case(String sid, String on, Function<Boolean, Model> model) {
        @Override
        public String toString() {
            return sid;
        }
    }

    @Test
    void should_define_twenty_four_threats_over_all_seven_linddun_categories() {
        assertThat(LINDDUN.threats()).extracting(Threat::id).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 24).mapToObj(i -> String.format("LDD%02d", i)).toList());
        assertThat(LINDDUN.threats()).allSatisfy(threat -> {
            assertThat(Linddun.byLabel(threat.texts().linddun())).isPresent();
            assertThat(threat.texts().stride()).isEmpty();
            assertThat(threat.texts().framework()).isEqualTo("LINDDUN");
            assertThat(threat.condition().text()).isNotEqualTo("True");
            assertThat(Severity.of(threat.severity())).isNotEqualTo(Severity.INFO);
            assertThat(threat.texts().mitigations()).isNotBlank();
        });
        assertThat(LINDDUN.threats().stream().map(t -> t.texts().linddun()).distinct())
                .containsExactlyInAnyOrderElementsOf(Linddun.labels());
    }

    @Test
    void should_prove_every_threat_of_the_library_by_a_case_below() {
        assertThat(cases().map(Case::sid)).containsExactlyElementsOf(LINDDUN.threats().stream().map(Threat::id)
                .toList());
    }

    @Test
    void should_be_part_of_builtin_all_after_the_security_and_iac_libraries() {
        ThreatLibrary all = ThreatLibrary.builtIn("all");

        assertThat(ThreatLibrary.BUILT_IN_NAMES).contains("linddun");
        assertThat(all.size()).isEqualTo(ThreatLibrary.builtIn().size() + ThreatLibrary.builtIn("iac").size() + 24);
        assertThat(all.threats().get(all.size() - 1).id()).isEqualTo("LDD24");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_report_the_threat_where_the_model_shows_its_cause(Case c) {
        List<Finding> findings = findings(c.model().apply(true), c.sid());

        assertThat(findings).as(c.sid()).isNotEmpty();
        assertThat(findings).extracting(Finding::target).as(c.sid()).contains(c.on());
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.linddun()).isEqualTo(LINDDUN.find(c.sid()).orElseThrow().texts().linddun());
            assertThat(f.category()).isEqualTo(f.linddun());
            assertThat(f.framework()).isEqualTo("LINDDUN");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_not_report_the_threat_once_the_model_declares_what_rules_it_out(Case c) {
        Findings all = Resolver.resolve(c.model().apply(false), LINDDUN);

        assertThat(all.findings()).extracting(Finding::threatId).as(c.sid()).doesNotContain(c.sid());
        assertThat(all.warnings()).as("no condition fails on the model").isEmpty();
    }

    @Test
    void should_not_fail_on_a_model_without_privacy_facts() {
        Model model = Model.named("pytm");
        Element user = model.add(ElementType.ACTOR, "User");
        Element web = model.add(ElementType.SERVER, "Web");
        Element db = model.add(ElementType.DATASTORE, "DB");
        model.dataflow(user, web, "Login");
        model.dataflow(web, db, "Query");

        Findings findings = Resolver.resolve(model, LINDDUN);

        assertThat(findings.findings()).isEmpty();
        assertThat(findings.warnings()).isEmpty();
    }

    @Test
    void should_let_a_team_replace_a_privacy_threat_by_sid_and_keep_its_category() {
        ThreatLibrary team = ThreatLibrary.fromJson("""
                [{"SID": "LDD12", "target": ["Dataflow"], "description": "Personal data to a vendor without a DPA",
                  "condition": "target.sink.oneOf(ExternalEntity) and any(d.isPII for d in target.data)",
                  "severity": "High", "linddun": "Data disclosure"}]""", "team.json");
        ThreatLibrary replaced = LINDDUN.overriddenBy(team);

        Threat threat = replaced.find("LDD12").orElseThrow();
        assertThat(replaced.size()).isEqualTo(24);
        assertThat(threat.description()).isEqualTo("Personal data to a vendor without a DPA");
        assertThat(threat.texts().linddun()).isEqualTo("Data disclosure");
        Model minimized = cases().filter(c -> c.sid().equals("LDD12")).findFirst().orElseThrow().model().apply(false);
        assertThat(Resolver.resolve(minimized, replaced).findings()).filteredOn(f -> f.threatId().equals("LDD12"))
                .as("the team's condition ignores isMinimized").extracting(Finding::description)
                .containsExactly("Personal data to a vendor without a DPA");
    }

    @Test
    void should_refuse_a_linddun_category_it_does_not_know_and_name_the_closest() {
        assertThatThrownBy(() -> ThreatLibrary.fromJson("""
                [{"SID": "P1", "target": ["Dataflow"], "condition": "True",
                  "linddun": "Data Disclosure"}]""", "mine.json"))
                .isInstanceOf(ThreatLibraryException.class)
                .hasMessageStartingWith("mine.json:2:")
                .hasMessageContaining("unknown LINDDUN category \"Data Disclosure\"; did you mean \"Data disclosure\"?");
    }

    private static List<Finding> findings(Model model, String sid) {
        return Resolver.resolve(model, LINDDUN).findings().stream().filter(f -> f.threatId().equals(sid)).toList();
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("LDD01", "Payment", on -> {
                    Model m = Model.named("linking");
                    Element web = m.add(ElementType.PROCESS, "Web");
                    Data email = pii(m, "Email").set("isIdentifier", true);
                    Data pseudonym = m.data("Subscriber id");
                    flow(m, web, m.add(ElementType.EXTERNAL_ENTITY, "Payments"), "Payment", email);
                    flow(m, web, m.add(ElementType.EXTERNAL_ENTITY, "Newsletter"), "Subscribe",
                            on ? email : pseudonym);
                    return m;
                }),
                new Case("LDD02", "CRM", on -> {
                    Model m = Model.named("joined");
                    Data id = pii(m, "Customer id").set("isIdentifier", true);
                    Element crm = m.add(ElementType.DATASTORE, "CRM");
                    flow(m, m.add(ElementType.PROCESS, "Shop"), crm, "Orders", id);
                    flow(m, m.add(ElementType.PROCESS, "Support"), crm, "Tickets", on ? id : m.data("Ticket no"));
                    return m;
                }),
                new Case("LDD03", "Share", on -> {
                    Model m = Model.named("third party");
                    Data id = m.data("Email").set("isIdentifier", true);
                    flow(m, m.add(ElementType.PROCESS, "Web"), m.add(ElementType.EXTERNAL_ENTITY, "Ads"), "Share", id)
                            .set("isMinimized", !on);
                    return m;
                }),
                new Case("LDD04", "Order", on -> {
                    Model m = Model.named("boundary");
                    Element web = m.add(ElementType.PROCESS, "Web").set("inBoundary", m.add(ElementType.BOUNDARY, "DMZ"));
                    Element wh = m.add(ElementType.PROCESS, "Warehouse")
                            .set("inBoundary", m.add(ElementType.BOUNDARY, "Logistics"));
                    flow(m, web, wh, "Order", pii(m, "Customer record")).set("isMinimized", !on);
                    return m;
                }),
                new Case("LDD05", "DB", on -> {
                    Model m = Model.named("shared");
                    m.add(ElementType.DATASTORE, "DB").set("storesPII", true).set("isShared", on);
                    return m;
                }),
                new Case("LDD06", "Assistant", on -> {
                    Model m = Model.named("llm");
                    m.add(ElementType.LLM, "Assistant").set("processesPersonalData", true).set("hasFineTuning", on);
                    return m;
                }),
                new Case("LDD07", "Log search", on -> {
                    Model m = Model.named("logs");
                    Element logs = m.add(ElementType.DATASTORE, "Logs").set("storesLogData", true);
                    flow(m, m.add(ElementType.PROCESS, "Search"), logs, "Log search",
                            m.data("Account id").set("isIdentifier", on));
                    return m;
                }),
                new Case("LDD08", "Logs", on -> {
                    Model m = Model.named("log retention");
                    Element logs = m.add(ElementType.DATASTORE, "Logs").set("storesLogData", true);
                    flow(m, m.add(ElementType.PROCESS, "Web"), logs, "Access log",
                            pii(m, "Client address").set("retention", on ? "" : "14 days"));
                    return m;
                }),
                new Case("LDD09", "Sign up", on -> {
                    Model m = Model.named("plain");
                    Element app = m.add(ElementType.ACTOR, "Phone").set("inBoundary", m.add(ElementType.BOUNDARY, "Internet"));
                    Element api = m.add(ElementType.SERVER, "API").set("inBoundary", m.add(ElementType.BOUNDARY, "Cloud"));
                    Element signUp = flow(m, app, api, "Sign up", pii(m, "Phone number"));
                    signUp.controls().set("isEncrypted", !on);
                    return m;
                }),
                new Case("LDD10", "Page view", on -> {
                    Model m = Model.named("analytics");
                    flow(m, m.add(ElementType.PROCESS, "Web"), m.add(ElementType.PROCESS, "Analytics")
                            .set("tracksUsers", on), "Page view", m.data("Customer id").set("isIdentifier", true));
                    return m;
                }),
                new Case("LDD11", "Pixel", on -> {
                    Model m = Model.named("tracker");
                    m.dataflow(m.add(ElementType.ACTOR, "Visitor"), m.add(ElementType.EXTERNAL_ENTITY, "Ad network")
                            .set("tracksUsers", on), "Pixel");
                    return m;
                }),
                new Case("LDD12", "Ship", on -> {
                    Model m = Model.named("external");
                    flow(m, m.add(ElementType.PROCESS, "Orders"), m.add(ElementType.EXTERNAL_ENTITY, "Carrier"), "Ship",
                            pii(m, "Address")).set("isMinimized", !on);
                    return m;
                }),
                new Case("LDD13", "Prompt", on -> {
                    Model m = Model.named("hosted llm");
                    flow(m, m.add(ElementType.PROCESS, "Support"), m.add(ElementType.LLM, "Model")
                            .set("isSelfHosted", !on), "Prompt", pii(m, "Conversation"));
                    return m;
                }),
                new Case("LDD14", "Request log", on -> {
                    Model m = Model.named("secrets in logs");
                    Element logs = m.add(ElementType.DATASTORE, "Logs").set("storesLogData", true);
                    flow(m, m.add(ElementType.PROCESS, "Gateway"), logs, "Request log",
                            m.data("Authorization header").set("isCredentials", on));
                    return m;
                }),
                new Case("LDD15", "DB", on -> {
                    Model m = Model.named("at rest");
                    m.add(ElementType.DATASTORE, "DB").set("storesPII", true).controls().set("isEncryptedAtRest", !on);
                    return m;
                }),
                new Case("LDD16", "DB", on -> {
                    Model m = Model.named("access");
                    flow(m, m.add(ElementType.PROCESS, "Account").set("offersDataAccess", !on),
                            m.add(ElementType.DATASTORE, "DB"), "Save", pii(m, "Profile"));
                    return m;
                }),
                new Case("LDD17", "DB", on -> {
                    Model m = Model.named("erasure");
                    Element db = m.add(ElementType.DATASTORE, "DB");
                    flow(m, m.add(ElementType.PROCESS, "Account"), db, "Save", pii(m, "Profile"));
                    flow(m, db, m.add(ElementType.PROCESS, "Privacy desk").set("offersDataErasure", !on), "Read",
                            pii(m, "Profile copy"));
                    return m;
                }),
                new Case("LDD18", "Analytics", on -> {
                    Model m = Model.named("consent");
                    flow(m, m.add(ElementType.PROCESS, "Web"), m.add(ElementType.PROCESS, "Analytics")
                            .set("tracksUsers", true), "Events", m.data("Visitor id").set("isIdentifier", true)
                            .set("lawfulBasis", on ? "legitimate interests" : "consent"));
                    return m;
                }),
                new Case("LDD19", "Score", on -> {
                    Model m = Model.named("indirect");
                    flow(m, m.add(ElementType.EXTERNAL_ENTITY, "Credit agency"), m.add(ElementType.PROCESS, "Shop"),
                            "Score", m.data("Credit score").set("isPII", on));
                    return m;
                }),
                new Case("LDD20", "DB", on -> {
                    Model m = Model.named("retention");
                    flow(m, m.add(ElementType.PROCESS, "Shop"), m.add(ElementType.DATASTORE, "DB"), "Save",
                            pii(m, "Cart").set("retention", on ? "" : "P30D"));
                    return m;
                }),
                new Case("LDD21", "Shop", on -> {
                    Model m = Model.named("purpose");
                    flow(m, m.add(ElementType.ACTOR, "Customer"), m.add(ElementType.PROCESS, "Shop"), "Order",
                            pii(m, "Birth date").set("purpose", on ? "" : "age check"));
                    return m;
                }),
                new Case("LDD22", "Shop", on -> {
                    Model m = Model.named("basis");
                    flow(m, m.add(ElementType.ACTOR, "Customer"), m.add(ElementType.PROCESS, "Shop"), "Order",
                            pii(m, "Email").set("lawfulBasis", on ? "" : "contract"));
                    return m;
                }),
                new Case("LDD23", "Shop", on -> {
                    Model m = Model.named("unknown basis");
                    flow(m, m.add(ElementType.ACTOR, "Customer"), m.add(ElementType.PROCESS, "Shop"), "Order",
                            pii(m, "Email").set("lawfulBasis", on ? "business need" : "legitimate interests"));
                    return m;
                }),
                new Case("LDD24", "Hand over", on -> {
                    Model m = Model.named("transfer");
                    flow(m, m.add(ElementType.PROCESS, "Shop").set("region", "EU"),
                            m.add(ElementType.EXTERNAL_ENTITY, "Helpdesk").set("region", on ? "US" : "EU"), "Hand over",
                            pii(m, "Ticket"));
                    return m;
                }));
    }

    private static Data pii(Model m, String name) {
        return m.data(name).set("isPII", true);
    }

    private static Element flow(Model m, Element source, Element sink, String name, Data... data) {
        return m.dataflow(source, sink, name).set("data", Arrays.asList(data));
    }
}
