package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SpecificationVersion;
import dev.tmj.format.OfflineSchemas;
import dev.tmj.dsl.PytmModels;
import dev.tmj.model.Attribute;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Impact;
import dev.tmj.model.OrderedLevel;
import dev.tmj.model.Schema;
import dev.tmj.model.Schemas;
import dev.tmj.model.ValueType;
import dev.tmj.model.ValuedEnum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/model.schema.json, the JSON Schema of tmj's model format, is generated from tm-core's schemas (this test
 * regenerates it with {@code TMJ_REGENERATE_SCHEMA=1}), and what {@link TmjModelWriter} writes validates against
 * it.
 */
class ModelSchemaTest {
    private static final Path SCHEMA_FILE = Path.of("..", "docs", "model.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void should_match_the_schema_generated_from_the_model_schemas() throws IOException {
        String generated = pretty(generate());
        if ("1".equals(System.getenv("TMJ_REGENERATE_SCHEMA"))) {
            Files.writeString(SCHEMA_FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(SCHEMA_FILE).as("docs/model.schema.json; regenerate with TMJ_REGENERATE_SCHEMA=1").exists();
        assertThat(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void should_validate_what_the_writer_writes() throws IOException {
        com.networknt.schema.Schema schema = schema();
        for (var model : List.of(PytmModels.webapp().model(), PytmModels.pipeline().model(),
                TmjModelFormatTest.everything())) {
            assertThat(OfflineSchemas.errors(schema, TmjModelWriter.toJson(model), InputFormat.JSON))
                    .as(model.name()).isEmpty();
            assertThat(OfflineSchemas.errors(schema, TmjModelWriter.toYaml(model), InputFormat.YAML))
                    .as(model.name()).isEmpty();
        }
    }

    @Test
    void should_reject_what_the_reader_rejects() throws IOException {
        com.networknt.schema.Schema schema = schema();
        List<String> invalid = List.of(
                "{\"name\": \"m\"}",
                "{\"tmj\": 1, \"name\": \"m\", \"flows\": []}",
                "{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"name\": \"a\"}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"type\": \"Sever\", \"name\": \"a\"}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"type\": \"Server\", \"name\": \"a\", \"OSS\": \"x\"}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"type\": \"Server\", \"name\": \"a\","
                        + " \"datastoreType\": \"SQL\"}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"type\": \"Datastore\", \"name\": \"a\","
                        + " \"type\": \"SQL\"}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"type\": \"Server\", \"name\": \"a\", \"port\": \"1\"}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"type\": \"Server\", \"name\": \"a\","
                        + " \"controls\": {\"isHardend\": true}}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"dataflows\": [{\"name\": \"f\", \"source\": \"a\"}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"data\": [{\"name\": \"d\", \"classification\": \"SECRT\"}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"type\": \"Server\", \"name\": \"a\","
                        + " \"impact\": \"severe\"}]}",
                "{\"tmj\": 1, \"name\": \"m\", \"elements\": [{\"type\": \"Server\", \"name\": \"a\","
                        + " \"overrides\": [{\"threat_id\": \"INP01\", \"status\": \"mitgated\"}]}]}");
        for (String text : invalid) {
            assertThat(OfflineSchemas.errors(schema, text, InputFormat.JSON)).as(text).isNotEmpty();
        }
        List<String> accepted = OfflineSchemas.errors(schema, "{\"tmj\": 1, \"name\": \"m\","
                + " \"elements\": [{\"type\": \"Datastore\", \"name\": \"a\", \"datastoreType\": \"SQL\","
                + " \"maxClassification\": 3, \"levels\": 1, \"impact\": \"very high\", \"minTLSVersion\": \"TLSVersion.TLSv12\"}],"
                + " \"data\": [{\"name\": \"d\", \"credentialsLife\": \"LONG_LIVED\"}]}", InputFormat.JSON);
        assertThat(accepted).isEmpty();
    }

    private static com.networknt.schema.Schema schema() throws IOException {
        return OfflineSchemas.load(SCHEMA_FILE, JSON.readTree(SCHEMA_FILE.toFile()).path("$id").asText(),
                SpecificationVersion.DRAFT_2020_12);
    }

    // ------------------------------------------------------------------ the generator

    static ObjectNode generate() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:dev.tmj:model-format:1");
        root.put("title", "tmj threat model");
        root.put("description", "tmj's model format, version 1, in JSON or YAML (docs/model-format.md). Generated"
                + " from tm-core's schemas by tm-formats' ModelSchemaTest; do not edit by hand.");
        root.put("type", "object");
        root.set("required", strings("tmj", "name"));
        ObjectNode properties = root.putObject("properties");
        properties.putObject("tmj").put("const", 1).put("description", "The format version");
        for (Attribute a : Schemas.TM.attributes()) {
            properties.set(a.name(), attribute(a));
        }
        properties.set("boundaries", arrayOf("#/$defs/boundary", "The trust boundaries, in model order"));
        properties.set("elements", arrayOf("#/$defs/element",
                "Actors, assets and processes (everything but boundaries and dataflows), in model order"));
        properties.set("data", arrayOf("#/$defs/data", "The data items"));
        properties.set("dataflows", arrayOf("#/$defs/dataflow", "The dataflows, in model order"));
        properties.putObject("extra").put("$ref", "#/$defs/extra");
        root.put("additionalProperties", false);

        ObjectNode defs = root.putObject("$defs");
        defs.putObject("reference").put("type", "string").put("description",
                "Another object of the model: its id, or its name when the object has no id");
        defs.putObject("id").put("type", "string").put("minLength", 1).put("description",
                "A name for references, unique in the document; the writer gives one to objects whose names repeat");
        ObjectNode location = defs.putObject("location");
        location.put("type", "object").put("description", "Where an element or an extra attribute comes from: "
                + "the file (as the importer named it) and line (column optional) of the code that declares it");
        location.putArray("required").add("file").add("line");
        ObjectNode where = location.putObject("properties");
        where.putObject("file").put("type", "string");
        where.putObject("line").put("type", "integer").put("minimum", 0);
        where.putObject("column").put("type", "integer").put("minimum", 0);
        location.put("additionalProperties", false);
        ObjectNode scalar = NODES.objectNode();
        scalar.putArray("type").add("string").add("boolean").add("integer");
        ObjectNode extra = defs.putObject("extra");
        extra.put("type", "object").put("description", "Attributes pytm does not define (an importer's facts such "
                + "as iacType, what another tool's format has that tmj does not use), which conditions read by name: a "
                + "value located at its owner, or {value, location}");
        ObjectNode located = NODES.objectNode();
        located.put("type", "object");
        located.putArray("required").add("value");
        located.putObject("properties").<ObjectNode>set("value", scalar.deepCopy())
                .putObject("location").put("$ref", "#/$defs/location");
        located.put("additionalProperties", false);
        extra.putObject("additionalProperties").putArray("oneOf").add(scalar).add(located);
        for (ValueType type : List.of(ValueType.CLASSIFICATION, ValueType.TLS_VERSION, ValueType.LIFETIME,
                ValueType.DATASTORE_TYPE, ValueType.ACTION)) {
            defs.set(type.pytmName(), enumeration(type));
        }
        ObjectNode status = defs.putObject(ValueType.STATUS.pytmName());
        status.put("description", "How a finding is handled, by its label; the reader also ignores case and takes"
                + " the member names, such as FALSE_POSITIVE");
        ArrayNode statuses = status.putArray("enum");
        FindingStatus.labels().forEach(statuses::add);
        ObjectNode impact = defs.putObject(ValueType.IMPACT.pytmName());
        impact.put("description", "A business impact (tmj's extension), by its label or member name; the reader"
                + " also ignores case and takes a hyphen or underscore between words");
        ArrayNode impacts = impact.putArray("enum");
        Impact.labels().forEach(impacts::add);
        Arrays.stream(Impact.values()).map(Impact::name).filter(n -> !Impact.labels().contains(n))
                .forEach(impacts::add);
        ObjectNode levels = defs.putObject("levels");
        levels.put("description", "One level or a list of levels");
        ArrayNode levelForms = levels.putArray("oneOf");
        levelForms.addObject().put("type", "integer");
        levelForms.addObject().put("type", "array").putObject("items").put("type", "integer");
        defs.set("controls", objectOf(Schemas.CONTROLS, Set.of(), null));
        ObjectNode override = objectOf(Schemas.FINDING, Set.of(), null);
        override.set("required", strings("threat_id"));
        defs.set("override", override);
        ObjectNode assumption = defs.putObject("assumption");
        ArrayNode assumptionForms = assumption.putArray("oneOf");
        assumptionForms.addObject().put("type", "string").put("description", "An assumption with only a name");
        ObjectNode full = assumptionForms.addObject();
        full.put("type", "object");
        full.set("required", strings("name"));
        ObjectNode fullProperties = full.putObject("properties");
        fullProperties.putObject("name").put("type", "string");
        ObjectNode exclude = fullProperties.putObject("exclude");
        exclude.put("description", Schemas.ASSUMPTION.attribute("exclude").description());
        exclude.putArray("oneOf").add(NODES.objectNode().put("type", "string"))
                .add(arrayOfType("string"));
        fullProperties.putObject("description").put("type", "string");
        full.put("additionalProperties", false);

        ObjectNode data = objectOf(Schemas.DATA, Set.of(), "id");
        data.set("required", strings("name"));
        ((ObjectNode) data.get("properties")).putObject("location").put("$ref", "#/$defs/location");
        ((ObjectNode) data.get("properties")).putObject("extra").put("$ref", "#/$defs/extra");
        defs.set("data", data);

        // Element attributes by class, each class adding its own to its parent's (Server: Element, Asset, Server).
        for (ElementType type : ElementType.values()) {
            ObjectNode attributes = NODES.objectNode();
            attributes.put("description", "Attributes of " + type.pytmName()
                    + type.parent().map(p -> ", added to those of " + p.pytmName()).orElse(""));
            type.parent().ifPresent(p -> attributes.putArray("allOf").addObject()
                    .put("$ref", "#/$defs/" + p.pytmName() + "Attributes"));
            ObjectNode props = attributes.putObject("properties");
            Schema parent = type.parent().map(ElementType::schema).orElse(null);
            for (Attribute a : type.schema().attributes()) {
                boolean inherited = parent != null && parent.find(a.name()).filter(a::equals).isPresent();
                if (a.type() == ValueType.FINDINGS || inherited) {
                    continue;
                }
                boolean storageType = type == ElementType.DATASTORE && a.name().equals("type");
                props.set(storageType ? ModelBinder.DATASTORE_TYPE_KEY : a.name(), attribute(a));
            }
            defs.set(type.pytmName() + "Attributes", attributes);
        }
        defs.set("boundary", elementObject("A trust boundary", "BoundaryAttributes", strings("name"), null));
        defs.set("dataflow", elementObject("A dataflow from its source to its sink", "DataflowAttributes",
                strings("name", "source", "sink"), null));
        List<ElementType> classes = Arrays.stream(ElementType.values())
                .filter(t -> t != ElementType.BOUNDARY && t != ElementType.DATAFLOW).toList();
        ObjectNode element = elementObject("An element; \"type\" names its class and decides its attributes", null,
                strings("type", "name"), classes);
        defs.set("element", element);
        return root;
    }

    /** A boundary, dataflow or element object: an id, the class's attributes, nothing else. */
    private static ObjectNode elementObject(String description, String attributes, ArrayNode required,
            List<ElementType> classes) {
        ObjectNode object = NODES.objectNode();
        object.put("type", "object");
        object.put("description", description);
        object.set("required", required);
        ObjectNode properties = object.putObject("properties");
        if (classes != null) {
            ObjectNode type = properties.putObject("type");
            type.put("description", "The element class");
            ArrayNode names = type.putArray("enum");
            classes.forEach(t -> names.add(t.pytmName()));
        }
        properties.putObject("id").put("$ref", "#/$defs/id");
        properties.putObject("location").put("$ref", "#/$defs/location");
        properties.putObject("extra").put("$ref", "#/$defs/extra");
        ArrayNode allOf = object.putArray("allOf");
        if (attributes != null) {
            allOf.addObject().put("$ref", "#/$defs/" + attributes);
        } else {
            for (ElementType type : classes) {
                ObjectNode branch = allOf.addObject();
                branch.putObject("if").putObject("properties").putObject("type").put("const", type.pytmName());
                branch.putObject("then").put("$ref", "#/$defs/" + type.pytmName() + "Attributes");
            }
        }
        object.put("unevaluatedProperties", false);
        return object;
    }

    private static ObjectNode objectOf(Schema schema, Set<String> skip, String idKey) {
        ObjectNode object = NODES.objectNode();
        object.put("type", "object");
        object.put("description", "A " + schema.typeName());
        ObjectNode properties = object.putObject("properties");
        if (idKey != null) {
            properties.putObject(idKey).put("$ref", "#/$defs/id");
        }
        for (Attribute a : schema.attributes()) {
            if (!skip.contains(a.name()) && a.type() != ValueType.FINDINGS) {
                properties.set(a.name(), attribute(a));
            }
        }
        object.put("additionalProperties", false);
        return object;
    }

    private static ObjectNode attribute(Attribute a) {
        ObjectNode node = NODES.objectNode();
        node.put("description", a.description());
        switch (a.type()) {
            case BOOLEAN -> node.put("type", "boolean");
            case INT -> node.put("type", "integer");
            case STRING -> node.put("type", "string");
            case CLASSIFICATION, TLS_VERSION, LIFETIME, DATASTORE_TYPE, ACTION, STATUS ->
                    node.put("$ref", "#/$defs/" + a.type().pytmName());
            case IMPACT -> node.put("$ref", "#/$defs/" + a.type().pytmName());
            case DATE -> node.put("type", "string").put("format", "date");
            case BOUNDARY, DATAFLOW, ELEMENT -> {
                if (a.required()) {
                    node.put("$ref", "#/$defs/reference");
                } else {
                    node.putArray("oneOf").add(NODES.objectNode().put("$ref", "#/$defs/reference"))
                            .add(NODES.objectNode().put("type", "null"));
                }
            }
            case DATA_SET -> node.putArray("oneOf").add(NODES.objectNode().put("$ref", "#/$defs/reference"))
                    .add(arrayOfRef("#/$defs/reference"));
            case DATAFLOWS, ELEMENTS -> node.setAll(arrayOfRef("#/$defs/reference"));
            case OVERRIDES -> node.setAll(arrayOfRef("#/$defs/override"));
            case ASSUMPTIONS -> node.setAll(arrayOfRef("#/$defs/assumption"));
            case LEVELS -> node.put("$ref", "#/$defs/levels");
            case STRINGS, STRING_SET -> node.setAll(arrayOfType("string"));
            case CONTROLS -> node.put("$ref", "#/$defs/controls");
            case FINDINGS -> throw new IllegalStateException("findings are not part of the format");
        }
        return node;
    }

    /** An enumeration by member name, by pytm value, as pytm prints it, and by level for ordered ones. */
    private static ObjectNode enumeration(ValueType type) {
        ObjectNode node = NODES.objectNode();
        node.put("description", "pytm's " + type.pytmName() + ": a member name (as written), its pytm value, \""
                + type.pytmName() + ".NAME\"" + (OrderedLevel.class.isAssignableFrom(type.javaType())
                        ? ", or its level" : ""));
        ArrayNode forms = node.putArray("anyOf");
        ArrayNode names = forms.addObject().putArray("enum");
        java.util.LinkedHashSet<String> others = new java.util.LinkedHashSet<>();
        for (Object member : type.javaType().getEnumConstants()) {
            String name = ((Enum<?>) member).name();
            names.add(name);
            if (member instanceof ValuedEnum valued && !valued.value().equals(name)) {
                others.add(valued.value());
            }
            others.add(type.pytmName() + "." + name);
        }
        ArrayNode alternatives = forms.addObject().putArray("enum");
        others.forEach(alternatives::add);
        if (OrderedLevel.class.isAssignableFrom(type.javaType())) {
            forms.addObject().put("type", "integer").put("minimum", 0)
                    .put("maximum", type.javaType().getEnumConstants().length - 1);
        }
        return node;
    }

    private static ObjectNode arrayOf(String ref, String description) {
        ObjectNode node = arrayOfRef(ref);
        node.put("description", description);
        return node;
    }

    private static ObjectNode arrayOfRef(String ref) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "array");
        node.putObject("items").put("$ref", ref);
        return node;
    }

    private static ObjectNode arrayOfType(String type) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "array");
        node.putObject("items").put("type", type);
        return node;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = NODES.arrayNode();
        Arrays.stream(values).forEach(array::add);
        return array;
    }

    private static String pretty(JsonNode node) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        return JSON.writer(printer).writeValueAsString(node) + "\n";
    }
}
