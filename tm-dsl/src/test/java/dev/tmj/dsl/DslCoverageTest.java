package dev.tmj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Attribute;
import dev.tmj.model.ElementType;
import dev.tmj.model.Schema;
import dev.tmj.model.Schemas;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every attribute of every schema can be set through the DSL, by a method named after it, so the schema and
 * the DSL cannot drift apart.
 */
class DslCoverageTest {
    /** Attributes that the DSL sets under another name or that only the resolver sets. */
    private static final Map<String, String> RENAMED = Map.of("inBoundary", "in", "OS", "os");
    private static final Set<String> COMPUTED = Set.of("findings", "name", "source", "sink", "controls");

    private static final Map<ElementType, Class<?>> DSL = Map.ofEntries(
            Map.entry(ElementType.ELEMENT, ElementSpec.class), Map.entry(ElementType.ASSET, AssetSpec.class),
            Map.entry(ElementType.ACTOR, ActorSpec.class), Map.entry(ElementType.BOUNDARY, BoundarySpec.class),
            Map.entry(ElementType.DATAFLOW, DataflowSpec.class), Map.entry(ElementType.SERVER, ServerSpec.class),
            Map.entry(ElementType.EXTERNAL_ENTITY, ExternalEntitySpec.class),
            Map.entry(ElementType.LAMBDA, LambdaSpec.class), Map.entry(ElementType.LLM, LLMSpec.class),
            Map.entry(ElementType.AGENT, AgentSpec.class), Map.entry(ElementType.DATASTORE, DatastoreSpec.class),
            Map.entry(ElementType.PROCESS, ProcessSpec.class),
            Map.entry(ElementType.SET_OF_PROCESSES, SetOfProcessesSpec.class));

    @Test
    void should_have_a_dsl_class_for_every_element_type() {
        assertThat(DSL.keySet()).containsExactlyInAnyOrder(ElementType.values());
    }

    @Test
    void should_offer_a_setter_for_every_attribute_of_every_element_type() {
        for (ElementType type : ElementType.values()) {
            assertThat(missing(type.schema(), DSL.get(type))).as(type.pytmName()).isEmpty();
        }
    }

    @Test
    void should_offer_a_setter_for_every_control_and_every_data_attribute() {
        assertThat(missing(Schemas.CONTROLS, ControlsSpec.class)).isEmpty();
        assertThat(missing(Schemas.DATA, DataSpec.class)).isEmpty();
    }

    private static Set<String> missing(Schema schema, Class<?> dsl) {
        Set<String> methods = Arrays.stream(dsl.getMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 1).map(Method::getName).collect(Collectors.toSet());
        return schema.attributes().stream().map(Attribute::name).filter(n -> !COMPUTED.contains(n))
                .filter(n -> !methods.contains(RENAMED.getOrDefault(n, n))
                        && !methods.contains(n.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
