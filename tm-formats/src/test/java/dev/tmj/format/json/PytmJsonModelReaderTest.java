package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.dsl.PytmModels;
import dev.tmj.model.Action;
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
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.testing.FindingLines;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PytmJsonModelReaderTest {

    // ------------------------------------------------------------------ pytm's own input.json

    @Test
    void should_read_pytms_input_json() {
        Model model = PytmJsonModelReader.read(SharedData.pytm().resolve("upstream/input.json"));

        assertThat(model.name()).isEqualTo("my test tm");
        assertThat(model.description()).isEqualTo("aaa");
        assertThat(model.isOrdered()).isTrue();
        assertThat(model.onDuplicates()).isEqualTo(Action.IGNORE);
        assertThat(model.elements()).extracting(Element::label).containsExactly("Boundary(Internet)",
                "Boundary(Server/DB)", "Actor(User)", "Server(Web Server)", "Datastore(SQL Database)",
                "Dataflow(Request)", "Dataflow(Insert)", "Dataflow(Select)", "Dataflow(Response)");
        Data password = model.data().get(0);
        assertThat(password.classification()).isEqualTo(Classification.SECRET);
        assertThat(password.get("credentialsLife")).as("pytm's 'lifetime' key").isEqualTo(Lifetime.LONG);
        Element request = element(model, "Request");
        assertThat(request.source()).isSameAs(element(model, "User"));
        assertThat(request.get("data")).isEqualTo(List.of(password));
        assertThat(request.get("note")).isEqualTo("bbb");
        assertThat(element(model, "SQL Database").inBoundary()).contains(element(model, "Server/DB"));
    }

    @Test
    void should_locate_each_element_at_its_json_object() {
        java.nio.file.Path input = SharedData.pytm().resolve("upstream/input.json");
        Model model = PytmJsonModelReader.read(input);

        assertThat(element(model, "User").location()).contains(new SourceLocation(input.toString(), 22, 5));
        assertThat(element(model, "Request").location()).contains(new SourceLocation(input.toString(), 38, 5));
        assertThat(model.data().get(0).location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(15));
    }

    // ------------------------------------------------------------------ the shared models

    @Test
    void should_read_the_webapp_and_pipeline_models_to_the_same_model_the_dsl_builds() throws IOException {
        assertThat(TmjModelWriter.toYaml(PytmJsonModelReader.read(resource("webapp.pytm-input.json"),
                "webapp.pytm-input.json"))).isEqualTo(TmjModelWriter.toYaml(PytmModels.webapp().model()));
        assertThat(TmjModelWriter.toYaml(PytmJsonModelReader.read(resource("pipeline.pytm-input.json"),
                "pipeline.pytm-input.json"))).isEqualTo(TmjModelWriter.toYaml(PytmModels.pipeline().model()));
    }

    @Test
    void should_give_exactly_pytms_findings_for_the_models_read_from_pytm_json() throws IOException {
        ThreatLibrary library = ThreatLibrary.fromJson(SharedData.threatsJson());
        for (String name : List.of("webapp", "pipeline")) {
            Model model = PytmJsonModelReader.read(resource(name + ".pytm-input.json"), name);
            assertThat(FindingLines.of(Resolver.resolve(model, library))).as(name)
                    .containsExactlyElementsOf(FindingLines.expected(name));
        }
    }

    // ------------------------------------------------------------------ pytm loader defects, fixed

    @Test
    void should_map_lifetime_to_credentials_life_by_name_or_value() {
        Model model = read("""
                {"name": "m", "data": [
                  {"name": "a", "lifetime": "LONG"},
                  {"name": "b", "lifetime": "MANUALLY_REVOKABLE"},
                  {"name": "c", "credentialsLife": "SHORT"},
                  {"name": "d", "credentialsLife": "Lifetime.HARDCODED"}]}""");
        assertThat(model.data()).extracting(d -> d.get("credentialsLife"))
                .containsExactly(Lifetime.LONG, Lifetime.MANUAL, Lifetime.SHORT, Lifetime.HARDCODED);
    }

    @Test
    void should_resolve_element_data_by_name() {
        Model model = read("""
                {"name": "m", "data": [{"name": "Password"}],
                 "elements": [{"__class__": "Actor", "name": "User", "data": ["Password"]}]}""");
        assertThat(element(model, "User").get("data")).isEqualTo(List.of(model.data().get(0)));
    }

    @Test
    void should_link_responses_by_flow_name_in_any_order() {
        Model model = read("""
                {"name": "m",
                 "elements": [{"__class__": "Actor", "name": "User"}, {"__class__": "Server", "name": "Web"}],
                 "flows": [
                   {"name": "Answer", "source": "Web", "sink": "User", "responseTo": "Ask"},
                   {"name": "Ask", "source": "User", "sink": "Web", "response": "Answer"}]}""");
        assertThat(element(model, "Answer").get("responseTo")).isSameAs(element(model, "Ask"));
        assertThat(element(model, "Ask").get("response")).isSameAs(element(model, "Answer"));
    }

    @Test
    void should_nest_boundaries_by_name_in_any_order() {
        Model model = read("""
                {"name": "m", "boundaries": [
                  {"name": "Subnet", "inBoundary": "VPC"},
                  {"name": "VPC", "inBoundary": "Cloud"},
                  {"name": "Cloud"}]}""");
        assertThat(element(model, "Subnet").boundaryPath()).extracting(Element::name).containsExactly("VPC", "Cloud");
    }

    @Test
    void should_accept_enumerations_by_name_value_number_and_pytm_string() {
        Model model = read("""
                {"name": "m", "onDuplicates": "Action.RESTRICT", "elements": [
                  {"__class__": "Datastore", "name": "a", "maxClassification": 3, "minTLSVersion": 6, "type": "SQL"},
                  {"__class__": "Datastore", "name": "b", "maxClassification": "TOP_SECRET",
                   "minTLSVersion": "TLSVersion.TLSv13", "type": "DatastoreType.AWS_S3"}],
                 "data": [{"name": "d", "classification": 4}]}""");
        assertThat(model.onDuplicates()).isEqualTo(Action.RESTRICT);
        Element a = element(model, "a");
        assertThat(a.get("maxClassification")).isEqualTo(Classification.SENSITIVE);
        assertThat(a.get("minTLSVersion")).isEqualTo(TLSVersion.TLSv12);
        assertThat(a.get("type")).isEqualTo(DatastoreType.SQL);
        Element b = element(model, "b");
        assertThat(b.get("maxClassification")).isEqualTo(Classification.TOP_SECRET);
        assertThat(b.get("minTLSVersion")).isEqualTo(TLSVersion.TLSv13);
        assertThat(b.get("type")).isEqualTo(DatastoreType.AWS_S3);
        assertThat(model.data().get(0).classification()).isEqualTo(Classification.SECRET);
    }

    @Test
    void should_read_every_setting_controls_overrides_assumptions_and_levels() {
        Model model = read("""
                {"name": "m", "description": "d", "threatsFile": "t.json", "mergeResponses": true,
                 "ignoreUnused": true, "assumptions": ["plain", {"name": "excl", "exclude": ["INP01", "AA01"],
                 "description": "why"}],
                 "elements": [{"__class__": "Element", "name": "e", "levels": 1},
                   {"name": "asset", "levels": [0, 2], "sourceFiles": ["a.py"], "inScope": false,
                    "controls": {"isHardened": true, "usesEncryptionAlgorithm": "AES"},
                    "overrides": [{"threat_id": "INP01", "response": "accepted", "severity": "Low"}]}]}""");
        assertThat(model.get("threatsFile")).isEqualTo("t.json");
        assertThat(model.mergeResponses()).isTrue();
        assertThat(model.ignoreUnused()).isTrue();
        assertThat(model.assumptions()).extracting(a -> a.name()).containsExactly("plain", "excl");
        assertThat(model.assumptions().get(1).exclude()).containsExactlyInAnyOrder("INP01", "AA01");
        assertThat(model.assumptions().get(1).description()).isEqualTo("why");
        assertThat(element(model, "e").type()).isEqualTo(ElementType.ELEMENT);
        assertThat(element(model, "e").levels()).containsExactly(1L);
        Element asset = element(model, "asset");
        assertThat(asset.type()).as("pytm's default class").isEqualTo(ElementType.ASSET);
        assertThat(asset.levels()).containsExactly(0L, 2L);
        assertThat(asset.inScope()).isFalse();
        assertThat(asset.controls().is("isHardened")).isTrue();
        assertThat(asset.controls().get("usesEncryptionAlgorithm")).isEqualTo("AES");
        assertThat(asset.overrides()).singleElement().satisfies(o -> {
            assertThat(o.threatId()).isEqualTo("INP01");
            assertThat(o.get("response")).isEqualTo("accepted");
            assertThat(o.get("severity")).isEqualTo("Low");
        });
    }

    // ------------------------------------------------------------------ errors

    @Test
    void should_report_a_misspelt_sink_with_its_position_path_and_the_closest_name() {
        assertThatThrownBy(() -> read("""
                {"name": "m",
                 "elements": [{"__class__": "Actor", "name": "User"}, {"__class__": "Server", "name": "Web Server"}],
                 "flows": [
                   {"name": "a", "source": "User", "sink": "Web Server"},
                   {"name": "b", "source": "User", "sink": "Web Server"},
                   {"name": "c", "source": "User", "sink": "Web Servr"}]}"""))
                .isInstanceOf(SourceException.class)
                .hasMessage("m.json:6:44: flows[2].sink: no element named \"Web Servr\"; did you mean \"Web Server\"?")
                .satisfies(e -> {
                    SourceException s = (SourceException) e;
                    assertThat(s.file()).isEqualTo("m.json");
                    assertThat(s.line()).isEqualTo(6);
                    assertThat(s.column()).isEqualTo(44);
                });
    }

    @Test
    void should_report_a_missing_name() {
        assertError("{\"name\": \"m\", \"elements\": [{\"__class__\": \"Server\", \"name\": \"a\"},\n"
                + "  {\"__class__\": \"Server\"}]}", 2, 3, "elements[1]: missing \"name\" of the element");
        assertError("{\"description\": \"no name\"}", 1, 1, "missing \"name\" of the threat model");
        assertError("{\"name\": \"m\", \"flows\": [{\"source\": \"a\"}]}", 1, 25,
                "flows[0]: missing \"name\" of the dataflow");
    }

    @Test
    void should_report_an_unknown_class_with_the_closest_one() {
        assertError("{\"name\": \"m\", \"elements\": [{\"__class__\": \"Sever\", \"name\": \"a\"}]}", 1, 42,
                "elements[0].__class__: unknown element class \"Sever\"; did you mean \"Server\"?");
        assertError("{\"name\": \"m\", \"elements\": [{\"__class__\": \"Boundary\", \"name\": \"a\"}]}", 1, 42,
                "elements[0].__class__: a Boundary belongs in \"boundaries\", not in \"elements\"");
    }

    @Test
    void should_report_an_unknown_attribute_at_its_key_with_the_closest_one() {
        assertError("{\"name\": \"m\",\n \"elements\": [{\"__class__\": \"Server\", \"name\": \"a\", \"OSS\": \"Linux\"}]}",
                2, 52, "elements[0].OSS: Server has no attribute 'OSS'; did you mean 'OS'?");
        assertError("{\"name\": \"m\", \"elements\": [{\"name\": \"a\", \"controls\": {\"isHardend\": true}}]}", 1, 55,
                "elements[0].controls.isHardend: Controls has no attribute 'isHardend'; did you mean 'isHardened'?");
        assertError("{\"name\": \"m\", \"isOrderd\": true}", 1, 15,
                "isOrderd: unknown key \"isOrderd\" in the threat model; did you mean \"isOrdered\"?");
    }

    @Test
    void should_report_a_value_of_the_wrong_type() {
        assertError("{\"name\": \"m\", \"elements\": [{\"name\": \"a\", \"port\": \"443\"}]}", 1, 50,
                "elements[0].port: expected an integer, got string \"443\"");
        assertError("{\"name\": \"m\", \"isOrdered\": \"yes\"}", 1, 28,
                "isOrdered: expected true or false, got string \"yes\"");
        assertError("{\"name\": \"m\", \"data\": [{\"name\": \"d\", \"classification\": \"SECRT\"}]}", 1, 56,
                "data[0].classification: expected a Classification (UNKNOWN or 0, PUBLIC or 1, RESTRICTED or 2,"
                        + " SENSITIVE or 3, SECRET or 4, TOP_SECRET or 5), got string \"SECRT\"; did you mean"
                        + " \"SECRET\"?");
        assertError("{\"name\": \"m\", \"boundaries\": {\"name\": \"b\"}}", 1, 29,
                "boundaries: expected a list of boundaries, got an object");
        assertError("{\"name\": 7}", 1, 10, "name: expected a string, got number 7");
    }

    @Test
    void should_report_bad_references() {
        assertError("{\"name\": \"m\", \"elements\": [{\"name\": \"a\", \"inBoundary\": \"Nowhere\"}]}", 1, 56,
                "elements[0].inBoundary: no boundary named \"Nowhere\"");
        assertError("{\"name\": \"m\", \"data\": [{\"name\": \"Password\"}], \"elements\": [{\"name\": \"a\"},"
                + " {\"name\": \"b\"}], \"flows\": [{\"name\": \"f\", \"source\": \"a\", \"sink\": \"b\","
                + " \"data\": [\"Pasword\"]}]}", 1, 152,
                "flows[0].data[0]: no data item named \"Pasword\"; did you mean \"Password\"?");
        assertError("{\"name\": \"m\", \"elements\": [{\"name\": \"a\"}, {\"name\": \"a\"}, {\"name\": \"b\"}],"
                + " \"flows\": [{\"name\": \"f\", \"source\": \"a\", \"sink\": \"b\"}]}", 1, 108,
                "flows[0].source: more than one element is named \"a\" (Asset(a), Asset(a)); a name must be unique"
                        + " to be referred to");
        assertError("{\"name\": \"m\", \"elements\": [{\"name\": \"a\"}],"
                + " \"flows\": [{\"name\": \"f\", \"source\": \"a\", \"sink\": \"a\"}]}", 1, 91,
                "flows[0].sink: a dataflow needs two different elements; its source and sink are both Asset(a)");
    }

    @Test
    void should_report_boundary_cycles_at_the_reference() {
        assertError("{\"name\": \"m\", \"boundaries\": [{\"name\": \"a\", \"inBoundary\": \"b\"},"
                + " {\"name\": \"b\", \"inBoundary\": \"a\"}]}", 1, 92,
                "boundaries[1].inBoundary: Boundary(b) cannot be inside Boundary(a): the boundaries would contain"
                        + " each other");
    }

    @Test
    void should_report_malformed_json_and_duplicate_keys_with_their_position() {
        assertThatThrownBy(() -> read("{\"name\": \"m\",\n \"elements\": [{\"name\": \"a\",}]}"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("m.json:2:28: elements[0]: malformed JSON: Unexpected character ('}'");
        assertError("{\"name\": \"m\", \"name\": \"n\"}", 1, 15, "name: duplicate key \"name\" (first given on line 1)");
        assertError("", 1, 1, "the document is empty; expected a model object");
        assertError("[1]", 1, 1, "expected an object describing the threat model, got a list");
    }

    @Test
    void should_refuse_pytms_json_output_and_say_why() {
        assertError("{\"name\": \"m\", \"findings\": []}", 1, 15, "findings: \"findings\" belongs to pytm's --json"
                + " output, a report of findings that cannot be read back as a model (pytm cannot load it either);"
                + " give the model in pytm's JSON input format");
    }

    @Test
    void should_refuse_overrides_without_a_sid_and_computed_findings() {
        assertError("{\"name\": \"m\", \"elements\": [{\"name\": \"a\", \"overrides\": [{\"cvss\": \"1\"}]}]}", 1, 56,
                "elements[0].overrides[0]: missing \"threat_id\", the SID of the threat the override changes");
        assertError("{\"name\": \"m\", \"elements\": [{\"name\": \"a\", \"findings\": []}]}", 1, 54,
                "elements[0].findings: findings are what the resolver computes; a model cannot set them");
    }

    @Test
    void should_report_an_unreadable_file() {
        assertThatThrownBy(() -> PytmJsonModelReader.read(java.nio.file.Path.of("does/not/exist.json")))
                .isInstanceOf(SourceException.class)
                .hasMessage("does/not/exist.json: no such file");
    }

    // ------------------------------------------------------------------ helpers

    @Test
    void should_refuse_a_misspelt_status_with_a_suggestion() {
        assertError("{\"name\": \"m\", \"elements\": [{\"name\": \"a\",\n"
                + " \"overrides\": [{\"threat_id\": \"INP02\", \"status\": \"mitgated\"}]}]}", 2, 49,
                "elements[0].overrides[0].status: expected a finding status (open, mitigated, accepted, transferred,"
                        + " avoided, false positive), got string \"mitgated\"; did you mean \"mitigated\"?");
    }

    static void assertError(String json, int line, int column, String reason) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(SourceException.class)
                .satisfies(e -> {
                    SourceException s = (SourceException) e;
                    assertThat(s.reason()).isEqualTo(reason);
                    assertThat(s.line()).as("line").isEqualTo(line);
                    assertThat(s.column()).as("column").isEqualTo(column);
                });
    }

    private static Model read(String json) {
        return PytmJsonModelReader.read(json, "m.json");
    }

    static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PytmJsonModelReaderTest.class.getResourceAsStream("/json/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
