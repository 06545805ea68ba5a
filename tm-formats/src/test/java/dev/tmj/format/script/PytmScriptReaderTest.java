package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Action;
import dev.tmj.model.Assumption;
import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Lifetime;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.TLSVersion;
import dev.tmj.resolve.CheckedModel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The subset of Python that pytm scripts use, mapped onto the tmj model. */
class PytmScriptReaderTest {
    private static final String HEADER = "from pytm import *\ntm = TM(\"Shop\")\n";

    @Test
    void should_read_every_supported_construct() throws URISyntaxException {
        Path script = resource("every_construct.py");

        Model model = PytmScriptReader.read(script);

        assertThat(model.name()).isEqualTo("Everything");
        assertThat(model.description()).isEqualTo("Implicitly joined strings");
        assertThat(model.isOrdered()).isTrue();
        assertThat(model.mergeResponses()).isTrue();
        assertThat(model.ignoreUnused()).isFalse();
        assertThat(model.onDuplicates()).isEqualTo(Action.IGNORE);
        assertThat(model.get("threatsFile")).isEqualTo("threats.json");
        assertThat(model.assumptions()).containsExactly(
                new Assumption("Global", Set.of("DE01"), "why"), Assumption.named("Plain string"));
        assertThat(model.elements()).extracting(Element::label).containsExactly(
                "Actor(Early bird)", "Boundary(Outer)", "Boundary(Inner)", "Server(Web)", "Element(Plain element)",
                "Asset(Plain asset)", "Process(Proc)", "SetOfProcesses(Procs)", "Datastore(DB)", "Lambda(Fn)",
                "ExternalEntity(Ext)", "LLM(Model)", "Agent(Agent)", "Dataflow(Login)", "Dataflow(Reply)",
                "Dataflow(Query)", "Actor(Twice)", "Dataflow(Unnamed flow)");
        assertThat(model.data()).extracting(Data::name).containsExactly("Token", "Doc", "undefined");

        Element web = element(model, "Web");
        assertThat(web.get("OS")).isEqualTo("Debian");
        assertThat(web.get("port")).isEqualTo(443L);
        assertThat(web.levels()).containsExactly(0L, 1L);
        assertThat(web.get("sourceFiles")).isEqualTo(List.of("a.py", "b.py"));
        assertThat(web.inBoundary()).contains(element(model, "Inner"));
        assertThat(element(model, "Inner").inBoundary()).contains(element(model, "Outer"));
        assertThat(element(model, "Plain asset").inBoundary()).contains(element(model, "Inner"));
        assertThat(web.controls().is("isHardened")).isTrue();
        assertThat(web.controls().is("sanitizesInput")).isTrue();
        assertThat(web.controls().get("usesEncryptionAlgorithm")).isEqualTo("AES");
        assertThat(web.overrides()).extracting(o -> o.threatId() + ":" + o.get("response") + ":" + o.get("cvss"))
                .containsExactly("INP02:mitigated:2.0", "AC01::");
        assertThat(web.assumptions()).containsExactly(new Assumption("No SSI", Set.of("INP16"), ""));

        Element db = element(model, "DB");
        assertThat(db.get("type")).isEqualTo(DatastoreType.SQL);
        assertThat(db.get("maxClassification")).isEqualTo(Classification.SENSITIVE);
        assertThat(db.get("minTLSVersion")).isEqualTo(TLSVersion.TLSv12);
        assertThat(element(model, "Procs").levels()).containsExactly(2L);
        assertThat(element(model, "Proc").get("codeType")).isEqualTo("Managed");
        assertThat(element(model, "Fn").get("environment")).isEqualTo("prod");
        assertThat(element(model, "Ext").get("hasPhysicalAccess")).isEqualTo(true);
        assertThat(element(model, "Model").get("hasRAG")).isEqualTo(true);
        assertThat(element(model, "Agent").get("usesExternalTools")).isEqualTo(true);

        Data token = model.data().get(0);
        assertThat(token.classification()).isEqualTo(Classification.SECRET);
        assertThat(token.get("isCredentials")).isEqualTo(true);
        assertThat(token.get("credentialsLife")).isEqualTo(Lifetime.MANUAL);
        assertThat(model.data().get(1).get("format")).isEqualTo("JSON");

        Element login = element(model, "Login");
        assertThat(login.source()).isEqualTo(element(model, "Early bird"));
        assertThat(login.sink()).isEqualTo(web);
        assertThat(login.get("data")).isEqualTo(List.of(token));
        assertThat(login.get("tlsVersion")).isEqualTo(TLSVersion.TLSv13);
        Element reply = element(model, "Reply");
        assertThat(reply.get("responseTo")).isEqualTo(login);
        assertThat(reply.get("data")).isEqualTo(List.of(model.data().get(1), token));
        Element query = element(model, "Query");
        assertThat(query.get("data")).isEqualTo(List.of(model.data().get(2)));
        assertThat(model.data().get(2).get("description")).isEqualTo("rows of text");
        assertThat(query.levels()).containsExactly(0L, 1L);
        assertThat(query.get("srcPort")).isEqualTo(-1L);
        assertThat(query.get("note")).isEqualTo("a \"quoted\" note");
        assertThat(element(model, "Unnamed flow").source()).isEqualTo(element(model, "Twice"));
    }

    @Test
    void should_give_a_model_the_model_check_accepts() throws URISyntaxException {
        Model model = PytmScriptReader.read(resource("every_construct.py"));

        assertThat(CheckedModel.of(model).elements()).isNotEmpty();
    }

    @Test
    void should_record_where_each_element_data_item_and_the_model_were_created() throws URISyntaxException {
        Path script = resource("every_construct.py");

        Model model = PytmScriptReader.read(script);

        String file = script.toString();
        assertThat(element(model, "Early bird").location()).contains(new SourceLocation(file, 12, 9));
        assertThat(model.location()).contains(new SourceLocation(file, 13, 6));
        assertThat(element(model, "Web").location()).contains(new SourceLocation(file, 23, 7));
        assertThat(model.data().get(1).location()).contains(new SourceLocation(file, 40, 7));
        assertThat(model.data().get(2).location()).contains(new SourceLocation(file, 45, 1));
        assertThat(element(model, "Unnamed flow").location()).contains(new SourceLocation(file, 55, 1));
    }

    @Test
    void should_add_elements_created_before_tm_to_the_model_in_creation_order() {
        Model model = PytmScriptReader.read("from pytm import *\nweb = Server(\"Web\")\ntm = TM(\"Shop\")\n"
                + "db = Datastore(\"DB\")\n", "early.py");

        assertThat(model.name()).isEqualTo("Shop");
        assertThat(model.elements()).extracting(Element::label).containsExactly("Server(Web)", "Datastore(DB)");
    }

    @Test
    void should_accept_pytms_lax_coercions() {
        Model model = read("web = Server(\"Web\", levels=0, maxClassification=2, minTLSVersion=7)\n"
                + "db = Datastore(\"DB\", type=\"LDAP\", isSQL=0)\n"
                + "d = Data(\"d\", credentialsLife=\"MANUALLY_REVOKABLE\")\n"
                + "web.data = d\n"
                + "tm.onDuplicates = \"RESTRICT\"\n"
                + "web.controls.isHardened = 1\n");

        Element web = element(model, "Web");
        assertThat(web.levels()).containsExactly(0L);
        assertThat(web.get("maxClassification")).isEqualTo(Classification.RESTRICTED);
        assertThat(web.get("minTLSVersion")).isEqualTo(TLSVersion.TLSv13);
        assertThat(web.get("data")).isEqualTo(List.of(model.data().get(0)));
        assertThat(web.controls().is("isHardened")).isTrue();
        assertThat(element(model, "DB").get("type")).isEqualTo(DatastoreType.LDAP);
        assertThat(element(model, "DB").get("isSQL")).isEqualTo(false);
        assertThat(model.data().get(0).get("credentialsLife")).isEqualTo(Lifetime.MANUAL);
        assertThat(model.onDuplicates()).isEqualTo(Action.RESTRICT);
    }

    @Test
    void should_turn_a_string_given_as_dataflow_data_into_a_data_item_named_undefined() {
        Model model = read("a = Actor(\"a\")\nb = Actor(\"b\")\nflow = Dataflow(a, b, \"f\")\n"
                + "flow.data = \"Cookies\"\n");

        assertThat(model.data()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("undefined");
            assertThat(d.get("description")).isEqualTo("Cookies");
            assertThat(d.classification()).isEqualTo(Classification.UNKNOWN);
        });
        assertThat(element(model, "f").get("data")).isEqualTo(List.of(model.data().get(0)));
    }

    @Test
    void should_treat_none_as_no_data_and_default_levels() {
        Model model = read("web = Server(\"Web\", data=None, levels=None, inBoundary=None)\n");

        assertThat(element(model, "Web").get("data")).isEqualTo(List.of());
        assertThat(element(model, "Web").levels()).containsExactly(0L);
    }

    @Test
    void should_run_the_main_block_written_on_one_line() {
        Model model = read("if __name__ == \"__main__\": web = Server(\"Web\"); tm.process()\n");

        assertThat(model.elements()).extracting(Element::label).containsExactly("Server(Web)");
    }

    @Test
    void should_accept_the_main_guard_written_the_other_way_round() {
        Model model = read("if '__main__' == __name__:\n    web = Server(\"Web\")\n");

        assertThat(model.elements()).hasSize(1);
    }

    @Test
    void should_read_attributes_of_model_objects() {
        Model model = read("b = Boundary(\"b\")\nweb = Server(\"Web\", inBoundary=b, port=8080)\n"
                + "db = Datastore(\"DB\", inBoundary=web.inBoundary, port=web.port, levels=web.levels)\n"
                + "tm.description = tm.name\n");

        assertThat(element(model, "DB").inBoundary()).contains(element(model, "b"));
        assertThat(element(model, "DB").get("port")).isEqualTo(8080L);
        assertThat(model.description()).isEqualTo("Shop");
    }

    @Test
    void should_accept_windows_line_endings_and_a_byte_order_mark() {
        Model model = PytmScriptReader.read("\uFEFFfrom pytm import *\r\ntm = TM(\"Shop\")\r\n"
                + "web = Server(\"Web\",\r\n    port=443)\r\n", "crlf.py");

        assertThat(element(model, "Web").get("port")).isEqualTo(443L);
        assertThat(element(model, "Web").location().map(SourceLocation::line)).contains(3);
    }

    @Test
    void should_give_independent_models_for_two_reads() {
        Model first = read("web = Server(\"Web\")\n");
        Model second = read("web = Server(\"Web\")\n");

        assertThat(first.elements().get(0)).isNotSameAs(second.elements().get(0));
        assertThat(second.elements()).hasSize(1);
    }

    @Test
    void should_report_a_missing_file() {
        Path missing = Path.of("no-such-dir", "tm.py");

        assertThatThrownBy(() -> PytmScriptReader.read(missing))
                .isInstanceOf(SourceException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void should_create_every_element_type() {
        StringBuilder script = new StringBuilder();
        for (ElementType type : ElementType.values()) {
            if (type != ElementType.DATAFLOW) {
                script.append("x = ").append(type.pytmName()).append("(\"").append(type.pytmName()).append("\")\n");
            }
        }

        Model model = read(script.toString());

        assertThat(model.elements()).extracting(Element::type)
                .containsExactlyElementsOf(List.of(ElementType.values()).stream()
                        .filter(t -> t != ElementType.DATAFLOW).toList());
    }

    private static Model read(String body) {
        return PytmScriptReader.read(HEADER + body, "shop.py");
    }

    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PytmScriptReaderTest.class.getResource("/script/" + name).toURI());
    }
}
