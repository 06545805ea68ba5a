package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Impact;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import org.junit.jupiter.api.Test;

/** Errors in tmj's model format name the file, line, column and path, in YAML as in JSON. */
class TmjModelReaderErrorTest {
    private static final String SHOP = """
            tmj: 1
            name: Shop
            elements:
              - type: Actor
                name: User
              - type: Server
                name: Web Server
            dataflows:
              - name: Browse
                source: User
                sink: Web Server
              - name: Buy
                source: User
                sink: Web Servr
            """;

    @Test
    void should_report_a_misspelt_reference_in_yaml_with_line_column_and_path() {
        assertThatThrownBy(() -> TmjModelReader.read(SHOP, "shop.yaml"))
                .isInstanceOf(SourceException.class)
                .hasMessage("shop.yaml:14:11: dataflows[1].sink: no element named \"Web Servr\"; did you mean"
                        + " \"Web Server\"?");
    }

    @Test
    void should_report_the_same_error_in_json_at_the_json_position() {
        String json = TmjModelWriter.toJson(TmjModelReader.read(SHOP.replace("Web Servr", "Web Server"), "a"))
                .replace("\"sink\": \"Web Server\"\n    }\n  ]", "\"sink\": \"Web Servr\"\n    }\n  ]");
        assertThatThrownBy(() -> TmjModelReader.read(json, "shop.json"))
                .isInstanceOf(SourceException.class)
                .hasMessage("shop.json:23:15: dataflows[1].sink: no element named \"Web Servr\"; did you mean"
                        + " \"Web Server\"?");
    }

    @Test
    void should_report_malformed_yaml_with_its_position() {
        assertThatThrownBy(() -> TmjModelReader.read("tmj: 1\nname: m\nelements:\n  - type: Server\n"
                + "    name: [unclosed\n", "bad.yaml"))
                .isInstanceOf(SourceException.class)
                .hasMessage("bad.yaml:5:20: elements[0].name[0]: malformed YAML: while parsing a flow sequence; expected ','"
                        + " or ']', but got <stream end>");
        assertError("tmj: 1\nname: m\nname: n\n", 3, 1, "name: duplicate key \"name\" (first given on line 2)");
        assertError("tmj: 1\nname: m\n---\ntmj: 1\nname: n\n", 4, 1,
                "unexpected content after the model (one YAML document per file)");
        assertError("- a\n- b\n", 1, 1, "expected an object describing the threat model, got a list");
    }

    @Test
    void should_require_the_version_marker() {
        assertError("name: m\n", 1, 1, "missing \"tmj\": 1, the version of tmj's model format");
        assertError("tmj: 2\nname: m\n", 1, 6, "tmj: unsupported format version 2; this tmj reads version 1");
        assertError("tmj: one\nname: m\n", 1, 6, "tmj: expected the format version 1, got string \"one\"");
        assertError("{\"name\": \"m\", \"elements\": [{\"__class__\": \"Server\", \"name\": \"a\"}]}", 1, 1,
                "missing \"tmj\": 1, the version of tmj's model format; this looks like a pytm JSON model: read it"
                        + " with PytmJsonModelReader");
    }

    @Test
    void should_report_element_classes_and_the_datastore_type_key() {
        assertError("tmj: 1\nname: m\nelements:\n  - name: a\n", 4, 5,
                "elements[0]: missing \"type\", the element's class (Element, Asset, Actor, Server, ExternalEntity,"
                        + " Lambda, LLM, Agent, Datastore, Process, SetOfProcesses)");
        assertError("tmj: 1\nname: m\nelements:\n  - {type: Datastre, name: a}\n", 4, 12,
                "elements[0].type: unknown element class \"Datastre\"; did you mean \"Datastore\"?");
        assertError("tmj: 1\nname: m\nelements:\n  - {type: SQL, name: a}\n", 4, 12,
                "elements[0].type: unknown element class \"SQL\" (a Datastore's storage type is \"datastoreType\")");
        assertError("tmj: 1\nname: m\nelements:\n  - {__class__: Server, type: Server, name: a}\n", 4, 6,
                "elements[0].__class__: tmj models give the element class as \"type\"");
        assertError("tmj: 1\nname: m\nelements:\n  - {type: Server, name: a, datastoreType: SQL}\n", 4, 29,
                "elements[0].datastoreType: Server has no attribute 'datastoreType'");
        assertError("tmj: 1\nname: m\nflows: []\n", 3, 1,
                "flows: unknown key \"flows\"; tmj models list them under \"dataflows\"");
    }

    @Test
    void should_report_ids_that_repeat_names_that_are_ambiguous_and_ids_of_the_wrong_kind() {
        String twoWebs = "tmj: 1\nname: m\nboundaries:\n  - {name: Web}\nelements:\n  - {type: Server, name: Web}\n"
                + "  - {type: Actor, name: User}\ndataflows:\n  - {name: f, source: User, sink: Web}\n";
        assertError(twoWebs, 9, 35, "dataflows[0].sink: more than one element is named \"Web\" (Boundary(Web),"
                + " Server(Web)); give them distinct \"id\"s and refer to one by its id");
        assertThat(TmjModelReader.read(twoWebs.replace("{type: Server, name: Web}", "{type: Server, id: w, name: Web}")
                .replace("sink: Web}", "sink: w}"), "m").dataflows().get(0).sink().label()).isEqualTo("Server(Web)");
        assertError("tmj: 1\nname: m\nelements:\n  - {type: Server, id: x, name: a}\n  - {type: Server, id: x,"
                + " name: b}\n", 5, 24, "elements[1].id: duplicate id \"x\" (first used on line 4)");
        assertError("tmj: 1\nname: m\nboundaries:\n  - {id: b, name: B}\nelements:\n  - {type: Server, name: a}\n"
                + "dataflows:\n  - {name: f, source: a, sink: b}\n  - {name: g, source: b, sink: a, responseTo: b}\n",
                9, 47, "dataflows[1].responseTo: \"b\" is the id of Boundary(B), which is not a dataflow");
    }

    @Test
    void should_report_wrong_types_in_yaml() {
        assertError("tmj: 1\nname: m\nelements:\n  - {type: Server, name: a, port: \"443\"}\n", 4, 35,
                "elements[0].port: expected an integer, got string \"443\"");
        assertError("tmj: 1\nname: m\nelements:\n  - {type: Server, name: a, OS: 10}\n", 4, 33,
                "elements[0].OS: expected a string, got number 10");
        assertError("tmj: 1\nname: m\nelements:\n  - {type: Server, name: a, levels: [a]}\n", 4, 38,
                "elements[0].levels[0]: expected an integer, got string \"a\"");
    }

    @Test
    void should_refuse_a_misspelt_status_with_a_suggestion_in_yaml() {
        assertError("tmj: 1\nname: m\nelements:\n  - type: Server\n    name: a\n    overrides:\n"
                + "      - {threat_id: INP02, status: mitgated}\n", 7, 36,
                "elements[0].overrides[0].status: expected a finding status (open, mitigated, accepted, transferred,"
                        + " avoided, false positive), got string \"mitgated\"; did you mean \"mitigated\"?");
    }

    @Test
    void should_refuse_a_misspelt_status_with_a_suggestion_in_json() {
        assertError("{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"type\": \"Server\", \"name\": \"a\",\n"
                + " \"overrides\": [{\"threat_id\": \"INP02\", \"status\": \"mitgated\"}]}]}", 2, 49,
                "elements[0].overrides[0].status: expected a finding status (open, mitigated, accepted, transferred,"
                        + " avoided, false positive), got string \"mitgated\"; did you mean \"mitigated\"?");
    }

    @Test
    void should_refuse_a_misspelt_impact_with_a_suggestion_in_yaml_and_json() {
        assertError("tmj: 1\nname: m\nelements:\n  - {type: Server, name: a, impact: hihg}\n", 4, 37,
                "elements[0].impact: expected an impact (low, medium, high, very high, critical), got string"
                        + " \"hihg\"; did you mean \"high\"?");
        assertError("{\"tmj\": 1, \"name\": \"m\", \"dataflows\": [{\"name\": \"f\", \"source\": \"a\","
                + " \"sink\": \"b\",\n \"impact\": 3}], \"elements\": [{\"type\": \"Actor\", \"name\": \"a\"},"
                + " {\"type\": \"Actor\", \"name\": \"b\"}]}",
                2, 12, "dataflows[0].impact: expected an impact (low, medium, high, very high, critical), got number 3");
    }

    @Test
    void should_read_an_impact_in_any_spelling_and_write_its_label() {
        Model model = TmjModelReader.read("tmj: 1\nname: m\nelements:\n  - {type: Server, name: a, impact: VERY_HIGH}\n"
                + "  - {type: Server, name: b}\n", "m.yaml");

        assertThat(model.elements().get(0).get("impact")).isEqualTo(Impact.VERY_HIGH);
        assertThat(model.elements().get(1).isSet("impact")).isFalse();
        assertThat(TmjModelWriter.toYaml(model)).contains("impact: very high").containsOnlyOnce("impact");
    }

    @Test
    void should_refuse_a_malformed_expiry_date() {
        assertError("tmj: 1\nname: m\nelements:\n  - type: Server\n    name: a\n    overrides:\n"
                + "      - {threat_id: INP02, expires: 2027-13-01}\n", 7, 37,
                "elements[0].overrides[0].expires: expected a date (YYYY-MM-DD), got string \"2027-13-01\"");
    }

    @Test
    void should_refuse_a_number_too_large_for_an_int() {
        assertError("tmj: 1\nname: m\nelements:\n  - {type: Server, name: a, levels: [1, 3000000000]}\n", 4, 41,
                "elements[0].levels[1]: the number 3000000000 is too large");
    }

    static void assertError(String text, int line, int column, String reason) {
        assertThatThrownBy(() -> TmjModelReader.read(text, "m")).isInstanceOf(SourceException.class)
                .satisfies(e -> {
                    SourceException s = (SourceException) e;
                    assertThat(s.reason()).isEqualTo(reason);
                    assertThat(s.line()).as("line").isEqualTo(line);
                    assertThat(s.column()).as("column").isEqualTo(column);
                });
    }

    @Test
    void should_name_a_yaml_key_that_is_a_mapping_or_a_list_in_words_not_parser_classes() {
        assertThatThrownBy(() -> TmjModelReader.read("tmj: 1\nname: x\n{a: 1}: b\n", "m.yaml"))
                .isInstanceOf(SourceException.class)
                .hasMessage("m.yaml:3:2: malformed YAML: Expected a field name (Scalar value in YAML), got this instead:"
                        + " a mapping");
        assertThatThrownBy(() -> TmjModelReader.read("tmj: 1\nname: x\n? [a]\n: b\n", "m.yaml"))
                .isInstanceOf(SourceException.class).hasMessageEndingWith("got this instead: a list");
    }
}
