package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.format.json.PytmJsonWriter;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.format.script.PytmScriptReader;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The privacy facts (tmj's extensions of pytm's schema, docs/model-format.md) in every model file format: a pytm
 * script sets them without the "pytm ignores it" warning, tmj's JSON and YAML read and write them, and pytm's
 * {@code --json} names them only where a model sets them.
 */
class PrivacyFactsFormatsTest {
    private static final String SCRIPT = """
            from pytm import *
            tm = TM("Shop")
            customer = Actor("Customer", region="EU")
            shop = Process("Shop", region="EU", offersDataAccess=True)
            shop.offersDataErasure = True
            analytics = ExternalEntity("Analytics")
            analytics.region = "US"
            analytics.tracksUsers = True
            email = Data("Email", isPII=True, isIdentifier=True, purpose="order confirmation",
                         lawfulBasis="contract", retention="P2Y", dataSubject="customer", region="EU")
            order = Dataflow(customer, shop, "Order", data=[email])
            events = Dataflow(shop, analytics, "Events", data=[email], isMinimized=False)
            events.isMinimized = True
            tm.process()
            """;

    @Test
    void should_read_privacy_facts_from_a_pytm_script_without_warnings() {
        Model model = PytmScriptReader.read(SCRIPT, "shop.py", true);

        assertThat(model.warnings()).isEmpty();
        Data email = model.data().get(0);
        assertThat(List.of("isIdentifier", "purpose", "lawfulBasis", "retention", "dataSubject", "region"))
                .map(email::get).containsExactly(true, "order confirmation", "contract", "P2Y", "customer", "EU");
        assertThat(element(model, "Shop").get("offersDataAccess")).isEqualTo(true);
        assertThat(element(model, "Shop").get("offersDataErasure")).isEqualTo(true);
        assertThat(element(model, "Analytics").get("region")).isEqualTo("US");
        assertThat(element(model, "Analytics").get("tracksUsers")).isEqualTo(true);
        assertThat(element(model, "Events").get("isMinimized")).isEqualTo(true);
    }

    @Test
    void should_refuse_a_privacy_fact_of_the_wrong_type_at_its_line() {
        assertThatThrownBy(() -> PytmScriptReader.read("from pytm import *\ntm = TM(\"Shop\")\n"
                + "d = Data(\"Email\")\nd.retention = 30\n", "shop.py"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("shop.py:4:")
                .hasMessageContaining("retention");
    }

    @Test
    void should_write_and_read_back_privacy_facts_in_json_and_yaml() {
        Model model = PytmScriptReader.read(SCRIPT, "shop.py");

        for (String text : List.of(TmjModelWriter.toJson(model), TmjModelWriter.toYaml(model))) {
            assertThat(text).contains("lawfulBasis", "retention", "offersDataErasure", "tracksUsers", "isMinimized");
            Model back = TmjModelReader.read(text, "shop.tmj");
            assertThat(TmjModelWriter.toJson(back)).isEqualTo(TmjModelWriter.toJson(model));
            assertThat(back.data().get(0).get("lawfulBasis")).isEqualTo("contract");
            assertThat(element(back, "Analytics").get("tracksUsers")).isEqualTo(true);
        }
    }

    @Test
    void should_leave_unset_privacy_facts_out_of_pytm_json_and_write_the_ones_a_model_sets() {
        Model plain = PytmScriptReader.read("from pytm import *\ntm = TM(\"Shop\")\nu = Actor(\"User\")\n"
                + "w = Server(\"Web\")\nd = Data(\"Email\", isPII=True)\nf = Dataflow(u, w, \"Login\", data=[d])\n"
                + "tm.process()\n", "plain.py");
        String plainJson = new PytmJsonWriter().renderText(Resolver.resolve(plain, ThreatLibrary.builtIn()));
        Findings withFacts = Resolver.resolve(PytmScriptReader.read(SCRIPT, "shop.py"), ThreatLibrary.builtIn());
        String factsJson = new PytmJsonWriter().renderText(withFacts);

        assertThat(plainJson).doesNotContain("lawfulBasis", "tracksUsers", "isMinimized", "region", "isIdentifier");
        assertThat(factsJson).contains("\"lawfulBasis\": \"contract\"", "\"tracksUsers\": true",
                "\"isMinimized\": true");
    }

    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
