package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.Impact;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.SourceException;
import dev.tmj.resolve.CheckedModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attributes pytm does not define: stored and ignored as pytm does, with one warning per class and attribute. */
class PytmScriptExtraAttributesTest {
    private static final String HEADER = "from pytm import *\ntm = TM(\"Shop\")\n";

    @Test
    void should_store_an_attribute_pytm_does_not_define_and_warn_once_per_class_and_attribute() {
        Model model = read("web = Server(\"Web\")\nweb.isHardened = True\napi = Server(\"API\")\napi.isHardened = False\n"
                + "user = Actor(\"User\")\nflow = Dataflow(user, web, \"Login\")\nflow.isEncrypted = False\n");

        assertThat(model.warnings()).extracting(ModelWarning::toString).containsExactly(
                "shop.py:4: Server has no attribute 'isHardened'; pytm ignores it; did you mean 'controls.isHardened'?",
                "shop.py:9: Dataflow has no attribute 'isEncrypted'; pytm ignores it; "
                        + "did you mean 'controls.isEncrypted'?");
        Element web = element(model, "Web");
        assertThat(web.extraValue("isHardened")).isEqualTo(true);
        assertThat(element(model, "API").extraValue("isHardened")).isEqualTo(false);
        assertThat(web.controls().is("isHardened")).as("pytm ignores it").isFalse();
    }

    @Test
    void should_name_the_attribute_meant_when_one_is_likely() {
        Model model = read("b = Boundary(\"B\")\nweb = Server(\"Web\", in_boundary=b)\ndb = Datastore(\"DB\", boundary=b)\n"
                + "d = Data(\"Token\", classificaion=Classification.SECRET)\nweb.implementsCSRFToken = True\n"
                + "web.is_hardened = True\n");

        assertThat(model.warnings()).extracting(ModelWarning::message).containsExactly(
                "Server has no attribute 'in_boundary'; pytm ignores it; did you mean 'inBoundary'?",
                "Datastore has no attribute 'boundary'; pytm ignores it; did you mean 'inBoundary'?",
                "Data has no attribute 'classificaion'; pytm ignores it; did you mean 'classification'?",
                "Server has no attribute 'implementsCSRFToken'; pytm ignores it; "
                        + "did you mean 'controls.implementsCSRFToken'?",
                "Server has no attribute 'is_hardened'; pytm ignores it; did you mean 'controls.isHardened'?");
    }

    @Test
    void should_suggest_nothing_when_no_attribute_is_close() {
        Model model = read("web = Server(\"Web\")\nweb.usesTLS = True\nweb.controls.usesTLS = True\n"
                + "web.environment = \"development\"\n");

        assertThat(model.warnings()).extracting(ModelWarning::message).containsExactly(
                "Server has no attribute 'usesTLS'; pytm ignores it",
                "Controls has no attribute 'usesTLS'; pytm ignores it",
                "Server has no attribute 'environment'; pytm ignores it");
    }

    @Test
    void should_keep_data_given_to_an_attribute_pytm_does_not_define_out_of_the_model() {
        Model model = read("user = Actor(\"User\")\nweb = Server(\"Web\")\nflow = Dataflow(user, web, \"Login\")\n"
                + "token = Data(\"Token\", traverses=[flow])\n");

        assertThat(model.data().get(0).extraValue("traverses")).isEqualTo(List.of(element(model, "Login")));
        assertThat(model.data().get(0).carriedBy()).as("pytm ignores traverses").isEmpty();
        assertThat(model.warnings()).extracting(ModelWarning::message)
                .containsExactly("Data has no attribute 'traverses'; pytm ignores it");
    }

    @Test
    void should_point_extra_attributes_of_a_checked_copy_at_the_copys_elements() {
        Model model = read("user = Actor(\"User\")\nweb = Server(\"Web\")\nflow = Dataflow(user, web, \"Login\")\n"
                + "web.partner = user\n");

        Model copy = CheckedModel.of(model).model();

        Element copiedWeb = element(copy, "Web");
        assertThat(copiedWeb.extraValue("partner")).isSameAs(element(copy, "User"));
        assertThat(element(model, "Web").extraValue("partner")).isSameAs(element(model, "User"));
    }

    @Test
    void should_read_an_extra_attribute_back_in_the_script() {
        Model model = read("web = Server(\"Web\")\nweb.tier = \"dmz\"\napi = Server(\"API\", description=web.tier)\n");

        assertThat(element(model, "API").get("description")).isEqualTo("dmz");
        assertThat(element(model, "API").extraValue("tier")).isSameAs(ModelObject.MISSING);
    }

    @Test
    void should_refuse_an_attribute_pytm_does_not_define_when_strict() {
        assertThatThrownBy(() -> PytmScriptReader.read(HEADER + "web = Server(\"Web\")\nweb.isHardened = True\n",
                "webapp.py", true)).isExactlyInstanceOf(SourceException.class)
                .hasMessage("webapp.py:4:1: Server has no attribute 'isHardened'; pytm ignores it; "
                        + "did you mean 'controls.isHardened'? (--strict)");
    }

    @Test
    void should_warn_about_an_assumption_keyword_pytm_does_not_define() {
        Model model = read("a = Assumption(\"No PHP\", exclude=[\"INP16\"], reason=\"checked\")\n");

        assertThat(model.warnings()).extracting(ModelWarning::toString)
                .containsExactly("shop.py:3: Assumption has no attribute 'reason'; pytm ignores it");
    }

    @Test
    void should_read_tmjs_impact_extension_without_a_warning_even_when_strict() {
        String body = "web = Server(\"Web\", impact=\"very high\")\ndb = Datastore(\"DB\")\ndb.impact = \"LOW\"\n"
                + "flow = Dataflow(web, db, \"Query\")\nflow.impact = \"critical\"\n";
        Model model = PytmScriptReader.read(HEADER + body, "shop.py", true);

        assertThat(model.warnings()).isEmpty();
        assertThat(element(model, "Web").get("impact")).isEqualTo(Impact.VERY_HIGH);
        assertThat(element(model, "DB").get("impact")).isEqualTo(Impact.LOW);
        assertThat(element(model, "Query").get("impact")).isEqualTo(Impact.CRITICAL);
    }

    @Test
    void should_refuse_a_misspelt_impact_at_its_line_with_a_suggestion() {
        assertThatThrownBy(() -> read("web = Server(\"Web\")\nweb.impact = \"hihg\"\n"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("shop.py:4:")
                .hasMessageContaining("impact")
                .hasMessageContaining("'high'");
    }

    private static Model read(String body) {
        return PytmScriptReader.read(HEADER + body, "shop.py");
    }

    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
