package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dsl.PytmModels;
import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Impact;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.Schemas;
import dev.tmj.model.ValueType;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.testing.FindingLines;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** tmj's own model format: what the writer writes, the reader reads back to the same model. */
class TmjModelFormatTest {

    // ------------------------------------------------------------------ round trips of the shared models

    @ParameterizedTest
    @ValueSource(strings = {"webapp", "pipeline"})
    void should_write_the_same_json_after_reading_it_back(String name) {
        String json = TmjModelWriter.toJson(model(name));
        assertThat(TmjModelWriter.toJson(TmjModelReader.read(json, name + ".json"))).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"webapp", "pipeline"})
    void should_write_the_same_yaml_after_reading_it_back(String name) {
        String yaml = TmjModelWriter.toYaml(model(name));
        assertThat(TmjModelWriter.toYaml(TmjModelReader.read(yaml, name + ".yaml"))).isEqualTo(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"webapp", "pipeline"})
    void should_read_json_and_yaml_to_the_same_model(String name) {
        Model model = model(name);
        Model fromJson = TmjModelReader.read(TmjModelWriter.toJson(model), "m.json");
        Model fromYaml = TmjModelReader.read(TmjModelWriter.toYaml(model), "m.yaml");
        assertThat(TmjModelWriter.toYaml(fromJson)).isEqualTo(TmjModelWriter.toYaml(model));
        assertThat(TmjModelWriter.toJson(fromYaml)).isEqualTo(TmjModelWriter.toJson(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"webapp", "pipeline"})
    void should_resolve_the_read_back_model_to_the_same_findings(String name) {
        Model model = model(name);
        Model again = TmjModelReader.read(TmjModelWriter.toYaml(model), "m.yaml");
        ThreatLibrary library = ThreatLibrary.builtIn();
        assertThat(describe(Resolver.resolve(again, library))).isEqualTo(describe(Resolver.resolve(model, library)))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"webapp", "pipeline"})
    void should_resolve_the_read_back_model_to_pytms_findings(String name) throws Exception {
        Model again = TmjModelReader.read(TmjModelWriter.toJson(model(name)), "m.json");
        ThreatLibrary library = ThreatLibrary.fromJson(SharedData.threatsJson());
        assertThat(FindingLines.of(Resolver.resolve(again, library)))
                .containsExactlyElementsOf(java.nio.file.Files.readAllLines(SharedData.model(name + ".expected.tsv"))
                        .stream().filter(l -> !l.isBlank()).sorted().toList());
    }

    @Test
    void should_write_byte_identical_text_for_the_same_model() {
        assertThat(TmjModelWriter.toJson(PytmModels.webapp().model()))
                .isEqualTo(TmjModelWriter.toJson(PytmModels.webapp().model()));
        assertThat(TmjModelWriter.toYaml(PytmModels.pipeline().model()))
                .isEqualTo(TmjModelWriter.toYaml(PytmModels.pipeline().model()));
    }

    // ------------------------------------------------------------------ every attribute of every type

    @Test
    void should_round_trip_every_attribute_of_every_type() {
        Model model = everything();
        String json = TmjModelWriter.toJson(model);
        Model fromJson = TmjModelReader.read(json, "all.json");
        Model fromYaml = TmjModelReader.read(TmjModelWriter.toYaml(model), "all.yaml");

        assertThat(TmjModelWriter.toJson(fromJson)).isEqualTo(json);
        assertThat(TmjModelWriter.toJson(fromYaml)).isEqualTo(json);
        assertSameModel(fromJson, model);
        assertSameModel(fromYaml, model);
    }

    @Test
    void should_write_only_what_the_model_set() {
        Model model = Model.named("m");
        model.add(ElementType.SERVER, "Web");
        assertThat(TmjModelWriter.toJson(model)).isEqualTo("""
                {
                  "tmj": 1,
                  "name": "m",
                  "elements": [
                    {
                      "type": "Server",
                      "name": "Web"
                    }
                  ]
                }
                """);
        assertThat(TmjModelWriter.toYaml(model)).isEqualTo("""
                tmj: 1
                name: m
                elements:
                  - type: Server
                    name: Web
                """);
    }

    @Test
    void should_write_a_value_set_to_its_default_and_an_explicit_empty_boundary() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web").set("inScope", true).set("inBoundary", null);
        web.controls().set("isHardened", false);
        String yaml = TmjModelWriter.toYaml(model);
        assertThat(yaml).contains("inBoundary: null").contains("inScope: true").contains("isHardened: false");
        Element again = TmjModelReader.read(yaml, "m.yaml").elements().get(0);
        assertThat(again.isSet("inBoundary")).isTrue();
        assertThat(again.inBoundary()).isEmpty();
        assertThat(again.controls().isSet("isHardened")).isTrue();
    }

    // ------------------------------------------------------------------ names that repeat

    @Test
    void should_give_ids_to_objects_whose_names_repeat_and_refer_to_them_by_id() {
        Model model = Model.named("m");
        Element outer = model.add(ElementType.BOUNDARY, "Web");
        Element web1 = model.add(ElementType.SERVER, "Web").set("inBoundary", outer);
        Element web2 = model.add(ElementType.SERVER, "Web");
        Element lonely = model.add(ElementType.ACTOR, "Web#1");
        Data token1 = model.data("Token");
        Data token2 = model.data("Token").set("isCredentials", true);
        Element call1 = model.dataflow(lonely, web1, "Call").set("data", List.of(token2));
        Element call2 = model.dataflow(lonely, web2, "Call").set("data", List.of(token1));
        model.dataflow(web2, lonely, "Answer").set("responseTo", call2);

        String yaml = TmjModelWriter.toYaml(model);
        assertThat(yaml).contains("id: Web#2", "id: Web#3", "id: Web#1.2", "id: Token#1", "id: Call#2",
                "inBoundary: Web#1.2", "responseTo: Call#2", "source: Web#1\n", "- Token#2");
        Model again = TmjModelReader.read(yaml, "m.yaml");
        assertThat(TmjModelWriter.toYaml(again)).isEqualTo(yaml);

        List<Element> e = again.elements();
        assertThat(e.get(1).inBoundary()).contains(e.get(0));
        assertThat(e.get(4).source()).isSameAs(e.get(3));
        assertThat(e.get(4).sink()).isSameAs(e.get(1));
        assertThat(e.get(5).sink()).isSameAs(e.get(2));
        assertThat(e.get(4).get("data")).isEqualTo(List.of(again.data().get(1)));
        assertThat(e.get(6).get("responseTo")).isSameAs(e.get(5));
        assertThat(call1.name()).isEqualTo(e.get(4).name());
    }

    // ------------------------------------------------------------------ strings YAML must quote

    @Test
    void should_round_trip_strings_that_yaml_could_mistake_for_something_else() {
        List<String> texts = List.of("", " ", "true", "True", "FALSE", "yes", "no", "on", "off", "y", "N", "null",
                "NULL", "~", "123", "-7", "1.5", "0x1F", "0o17", "017", "1e3", ".inf", "-.inf", ".nan", "2001-12-14",
                "12:30:00", "- a", ": b", "#c", "a: b", "a #b", "'q'", "\"dq\"", "multi\nline", "ends with newline\n",
                "two newlines\n\n", " leading space", "trailing space ", "tab\tinside", "\u0001control", "caf\u00e9",
                "\u2615 \ud83d\ude00", "{x}", "[y]", "&anchor", "*alias", "!tag", "%pct", "@at", "`bt", "|", ">",
                "<<", "?", ",", "=", "--- ", "...", "crlf\r\nline", "next\u0085line", "line\u2028separator",
                "\ufeffbom", "back\\slash", "x".repeat(300), "  indented\nblock\n  text");
        Model model = Model.named("Strings");
        List<Element> servers = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            servers.add(model.add(ElementType.SERVER, "n" + i + text).set("description", text).set("OS", text)
                    .set("sourceFiles", List.of(text, text + "x")));
        }
        for (int i = 1; i < texts.size(); i++) {
            model.dataflow(servers.get(i - 1), servers.get(i), texts.get(i)).set("note", texts.get(i));
        }
        model.data(texts.get(5) + "data").set("format", texts.get(6));
        for (Supplier<String> write : List.<Supplier<String>>of(() -> TmjModelWriter.toYaml(model),
                () -> TmjModelWriter.toJson(model))) {
            String text = write.get();
            Model again = TmjModelReader.read(text, "strings");
            assertThat(again.elements()).extracting(e -> e.get("description"))
                    .containsSubsequence(texts);
            assertThat(again.dataflows()).extracting(e -> e.get("note")).containsExactlyElementsOf(texts.subList(1,
                    texts.size()));
            assertSameModel(again, model);
        }
    }

    // ------------------------------------------------------------------ reading

    @Test
    void should_read_hand_written_yaml_with_comments_and_locate_its_elements() {
        String yaml = """
                # A shop
                tmj: 1
                name: Shop
                boundaries:
                  - name: VPC
                elements:
                  - type: Actor          # the buyer
                    name: User
                  - type: Datastore
                    name: Orders
                    inBoundary: VPC
                    datastoreType: SQL
                    controls: {isEncryptedAtRest: true}
                data:
                  - {name: Order, classification: SENSITIVE, isPII: true}
                dataflows:
                  - {name: Buy, source: User, sink: Orders, data: [Order], tlsVersion: TLSv13}
                """;
        Model model = TmjModelReader.read(yaml, "shop.yaml");
        Element orders = PytmJsonModelReaderTest.element(model, "Orders");
        assertThat(orders.get("type")).isEqualTo(dev.tmj.model.DatastoreType.SQL);
        assertThat(orders.controls().is("isEncryptedAtRest")).isTrue();
        assertThat(orders.location()).contains(new dev.tmj.model.SourceLocation("shop.yaml", 9, 5));
        assertThat(PytmJsonModelReaderTest.element(model, "Buy").get("tlsVersion"))
                .isEqualTo(dev.tmj.model.TLSVersion.TLSv13);
        assertThat(model.location()).contains(new dev.tmj.model.SourceLocation("shop.yaml", 2, 1));
    }

    @Test
    void should_read_the_example_of_the_documentation() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "model-format.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        Model model = TmjModelReader.read(yaml, "model-format.md");
        assertThat(model.elements()).hasSize(8);
        assertThat(TmjModelWriter.toYaml(model)).isEqualTo(yaml);
        assertThat(Resolver.resolve(model, ThreatLibrary.builtIn()).findings()).isNotEmpty();
    }

    @Test
    void should_tell_json_from_yaml_by_the_first_character() {
        assertThat(TmjModelReader.read("\n  {\"tmj\": 1, \"name\": \"j\"}", "a").name()).isEqualTo("j");
        assertThat(TmjModelReader.read("\ufeff{\"tmj\": 1, \"name\": \"j\"}", "a").name()).isEqualTo("j");
        assertThat(TmjModelReader.read("tmj: 1\nname: y\n", "a").name()).isEqualTo("y");
        assertThat(TmjModelReader.read("---\ntmj: 1\nname: y\n", "a").name()).isEqualTo("y");
    }

    // ------------------------------------------------------------------ helpers

    private static Model model(String name) {
        return (name.equals("webapp") ? PytmModels.webapp() : PytmModels.pipeline()).model();
    }

    private static List<String> describe(Findings findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings.findings()) {
            lines.add(f.id() + " " + f.threatId() + " " + f.target() + " " + f.fingerprint() + " " + f.severityText()
                    + " " + f.response() + " " + f.cvss());
        }
        for (Finding f : findings.excluded()) {
            lines.add("excluded " + f.id() + " " + f.threatId() + " " + f.target() + " "
                    + f.assumption().map(Assumption::name).orElse(""));
        }
        return lines;
    }

    /**
     * A model that sets every attribute of every schema to a value other than its default: all element classes,
     * the model settings, data, controls, overrides and assumptions.
     */
    static Model everything() {
        Model model = Model.named("Everything");
        Element outer = model.add(ElementType.BOUNDARY, "Outer");
        Element inner = model.add(ElementType.BOUNDARY, "Inner");
        Data secret = model.data("Secret");
        Data other = model.data("Other");
        List<Element> nodes = new ArrayList<>();
        for (ElementType type : ElementType.values()) {
            if (type != ElementType.BOUNDARY && type != ElementType.DATAFLOW) {
                nodes.add(model.add(type, type.pytmName() + " node"));
            }
        }
        Element request = model.dataflow(nodes.get(0), nodes.get(1), "Request");
        Element answer = model.dataflow(nodes.get(1), nodes.get(0), "Answer");
        Samples samples = new Samples(inner, request, nodes.get(2), secret);
        samples.fill(model);
        samples.fill(inner);
        inner.set("inBoundary", outer);
        for (Element node : nodes) {
            samples.fill(node);
        }
        samples.fill(request);
        samples.fill(answer);
        answer.set("responseTo", request).set("response", null);
        samples.fill(secret);
        other.set("carriedBy", List.of(answer, request));
        return model;
    }

    /** Sample values, different from each attribute's default. */
    private record Samples(Element boundary, Element flow, Element element, Data data) {
        void fill(ModelObject object) {
            for (Attribute a : object.schema().attributes()) {
                String name = a.name();
                if (Set.of("name", "source", "sink", "findings").contains(name)) {
                    continue;
                }
                if (a.type() == ValueType.CONTROLS) {
                    fill((Controls) object.get(name));
                    continue;
                }
                object.set(name, sample(a, object));
            }
        }

        private Object sample(Attribute a, ModelObject owner) {
            return switch (a.type()) {
                case BOOLEAN -> !(Boolean) a.defaultValue();
                case INT -> 4242;
                case STRING -> a.name() + " of " + owner.label();
                case CLASSIFICATION, TLS_VERSION, LIFETIME, DATASTORE_TYPE, ACTION -> {
                    Object[] members = a.type().javaType().getEnumConstants();
                    yield members[members.length - 1];
                }
                case STATUS -> FindingStatus.FALSE_POSITIVE;
                case IMPACT -> Impact.VERY_HIGH;
                case DATE -> LocalDate.of(2027, 1, 31);
                case BOUNDARY -> owner == boundary ? null : boundary;
                case DATAFLOW -> owner == flow ? null : flow;
                case ELEMENT -> element;
                case DATA_SET -> List.of(data);
                case DATAFLOWS -> List.of(flow);
                case ELEMENTS -> List.of(element, boundary, flow);
                case OVERRIDES -> {
                    FindingOverride o = FindingOverride.of("INP01");
                    Schemas.FINDING.attributes().stream().filter(f -> !f.name().equals("threat_id"))
                            .forEach(f -> o.set(f.name(), f.type() == ValueType.STRING ? f.name() + " text"
                                    : sample(f, o)));
                    yield List.of(o, FindingOverride.of("AA01").cvss("9.8"));
                }
                case ASSUMPTIONS -> List.of(Assumption.named("plain"),
                        Assumption.named("full").excluding("INP02", "AA01").describedAs("because"),
                        Assumption.named("described").describedAs("only a description"));
                case LEVELS -> Set.of(0, 2, 5);
                case STRINGS -> List.of("b.py", "a.py");
                case STRING_SET -> Set.of("x", "y");
                case FINDINGS, CONTROLS -> throw new IllegalStateException();
            };
        }
    }

    /** Every object of {@code actual} has the same attributes set to the same values as {@code expected}. */
    static void assertSameModel(Model actual, Model expected) {
        assertSameObject(actual, expected);
        assertThat(actual.elements()).hasSameSizeAs(expected.elements());
        for (int i = 0; i < expected.elements().size(); i++) {
            Element e = expected.elements().get(i);
            Element a = actual.elements().get(i);
            assertThat(a.type()).isEqualTo(e.type());
            assertSameObject(a, e);
            assertSameObject(a.controls(), e.controls());
        }
        assertThat(actual.data()).hasSameSizeAs(expected.data());
        for (int i = 0; i < expected.data().size(); i++) {
            assertSameObject(actual.data().get(i), expected.data().get(i));
        }
    }

    private static void assertSameObject(ModelObject actual, ModelObject expected) {
        for (Attribute attribute : expected.schema().attributes()) {
            String name = attribute.name();
            if (attribute.type() == ValueType.CONTROLS || attribute.type() == ValueType.FINDINGS) {
                continue;
            }
            assertThat(actual.isSet(name)).as(expected.label() + "." + name + " set").isEqualTo(expected.isSet(name));
            assertThat(comparable(actual.get(name))).as(expected.label() + "." + name)
                    .isEqualTo(comparable(expected.get(name)));
        }
    }

    /** A value with model objects replaced by their labels and their position, so models can be compared. */
    private static Object comparable(Object value) {
        if (value instanceof Element e) {
            return e.label() + "@" + e.model().elements().indexOf(e);
        }
        if (value instanceof Data d) {
            return d.label() + "@" + d.model().data().indexOf(d);
        }
        if (value instanceof FindingOverride o) {
            return Schemas.FINDING.attributes().stream()
                    .map(a -> a.name() + "=" + o.get(a.name()) + (o.isSet(a.name()) ? "!" : ""))
                    .collect(Collectors.joining(","));
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(TmjModelFormatTest::comparable).map(String::valueOf).sorted().toList();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(TmjModelFormatTest::comparable).toList();
        }
        return value;
    }
}
