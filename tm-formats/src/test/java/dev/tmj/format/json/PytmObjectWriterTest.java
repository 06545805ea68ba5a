package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Element;
import dev.tmj.model.ValueType;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Elements, data and controls in pytm's JSON: controls are written from the bytes of earlier controls with the same
 * values, so every element must still get exactly its own.
 */
class PytmObjectWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ThreatLibrary NO_THREATS = ThreatLibrary.of("none", List.of());

    @org.junit.jupiter.api.Test
    void should_tell_apart_controls_that_differ_in_one_value_only() throws IOException {
        ThreatModel tm = ThreatModel.named("m");
        tm.server("defaults");
        List<Attribute> attributes = new Controls().schema().attributes();
        for (Attribute attribute : attributes) {
            Controls controls = (Controls) tm.server(attribute.name()).element().get("controls");
            controls.set(attribute.name(), attribute.type() == ValueType.BOOLEAN ? (Object) true : "x");
        }
        tm.server("defaults again");

        JsonNode assets = MAPPER.readTree(new PytmJsonWriter().renderText(tm.resolve(NO_THREATS))).get("assets");

        for (JsonNode asset : assets) {
            String name = asset.get("name").asText();
            asset.get("controls").fields().forEachRemaining(control -> {
                boolean set = control.getKey().equals(name);
                assertThat(control.getValue().toString()).as("%s of %s", control.getKey(), name)
                        .isEqualTo(set ? (control.getValue().isBoolean() ? "true" : "\"x\"")
                                : (control.getValue().isBoolean() ? "false" : "\"\""));
            });
        }
        assertThat(assets).hasSize(attributes.size() + 2);
    }

    @Property(tries = 30)
    void should_write_each_elements_own_controls_whichever_controls_came_before(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 1500) int servers, @ForAll @IntRange(min = 1, max = 43) int varied)
            throws IOException {
        // GIVEN servers whose controls take few distinct values (so that most are written from a kept copy) or,
        // with many servers and varied controls, more distinct values than are kept
        Random random = new Random(seed);
        ThreatModel tm = ThreatModel.named("m");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            Element server = tm.server("s" + i).element();
            Controls controls = (Controls) server.get("controls");
            for (Attribute attribute : controls.schema().attributes().subList(0, varied)) {
                if (random.nextInt(4) == 0) {
                    controls.set(attribute.name(), attribute.type() == ValueType.BOOLEAN ? (Object) true
                            : "scheme \"" + random.nextInt(3) + "\"\u00e9");
                }
            }
            elements.add(server);
        }
        Findings findings = tm.resolve(NO_THREATS);

        // WHEN
        JsonNode assets = MAPPER.readTree(new PytmJsonWriter().renderText(findings)).get("assets");

        // THEN
        assertThat(assets).hasSize(servers);
        for (int i = 0; i < servers; i++) {
            Controls controls = (Controls) elements.get(i).get("controls");
            JsonNode written = assets.get(i).get("controls");
            assertThat(written.size()).isEqualTo(controls.schema().attributes().size());
            for (Attribute attribute : controls.schema().attributes()) {
                Object expected = controls.get(attribute.name());
                JsonNode value = written.get(attribute.name());
                if (expected instanceof Boolean b) {
                    assertThat(value.booleanValue()).as("s%d %s", i, attribute.name()).isEqualTo(b);
                } else {
                    assertThat(value.textValue()).as("s%d %s", i, attribute.name()).isEqualTo(expected);
                }
            }
        }
    }
}
