package dev.tmj.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void should_give_controls_all_43_pytm_fields() {
        assertThat(Schemas.CONTROLS.attributes()).hasSize(43);
        assertThat(Schemas.CONTROLS.attributes()).filteredOn(a -> a.type() == ValueType.STRING)
                .extracting(Attribute::name).containsExactly("authenticationScheme", "usesEncryptionAlgorithm");
    }

    @Test
    void should_inherit_parent_attributes_and_let_subclasses_change_defaults() {
        assertThat(ElementType.SET_OF_PROCESSES.schema().names()).containsAll(ElementType.PROCESS.schema().names());
        assertThat(ElementType.LAMBDA.schema().attribute("onAWS").defaultValue()).isEqualTo(true);
        assertThat(ElementType.SERVER.schema().attribute("onAWS").defaultValue()).isEqualTo(false);
        assertThat(ElementType.DATASTORE.schema().attribute("isSQL").defaultValue()).isEqualTo(true);
        assertThat(ElementType.PROCESS.schema().attribute("codeType").defaultValue()).isEqualTo("Unmanaged");
    }

    @Test
    void should_describe_every_attribute() {
        Arrays.stream(ElementType.values()).flatMap(t -> t.schema().attributes().stream())
                .forEach(a -> assertThat(a.description()).as(a.name()).isNotBlank());
    }

    @Test
    void should_reject_an_unknown_attribute_naming_the_type_and_the_closest_attribute() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web");

        assertThatThrownBy(() -> web.set("usesSessionToken", true))
                .isInstanceOf(UnknownAttributeException.class)
                .hasMessage("Server has no attribute 'usesSessionToken'; did you mean 'usesSessionTokens'?");
        assertThatThrownBy(() -> web.controls().set("sanitizeInput", true))
                .hasMessage("Controls has no attribute 'sanitizeInput'; did you mean 'sanitizesInput'?");
    }

    @Test
    void should_reject_a_value_of_the_wrong_type() {
        Element web = Model.named("m").add(ElementType.SERVER, "Web");

        assertThatThrownBy(() -> web.set("port", "443")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Server(Web).port expects int, got str '443'");
    }

    @Test
    void should_remember_which_attributes_the_model_set() {
        Element web = Model.named("m").add(ElementType.SERVER, "Web").set("protocol", "");

        assertThat(web.isSet("protocol")).isTrue();
        assertThat(web.isSet("port")).isFalse();
        assertThat(web.get("port")).isEqualTo(-1L);
    }

    @Test
    void should_order_classification_and_tls_versions() {
        assertThat(Classification.SECRET.level()).isGreaterThan(Classification.PUBLIC.level());
        assertThat(TLSVersion.TLSv13.level()).isEqualTo(7);
        assertThat(Lifetime.LONG.value()).isEqualTo("LONG_LIVED");
        assertThat(Lifetime.MANUAL.label()).isEqualTo("manually revokable");
    }
}
