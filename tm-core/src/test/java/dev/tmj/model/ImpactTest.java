package dev.tmj.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** An element's business impact: its spellings, its stored form and how classifications map onto it. */
class ImpactTest {

    @ParameterizedTest
    @ValueSource(strings = {"very high", "VERY_HIGH", "Very-High", " very  high "})
    void should_read_an_impact_from_its_label_or_member_name_in_any_case(String text) {
        assertThat(ValueType.IMPACT.coerce(text)).isEqualTo(Impact.VERY_HIGH);
    }

    @Test
    void should_store_an_impact_on_any_element_and_write_it_as_its_label() {
        Element flow = Model.named("m").add(ElementType.BOUNDARY, "DMZ").set("impact", "Critical");

        assertThat(flow.get("impact")).isEqualTo(Impact.CRITICAL);
        assertThat(ValueType.text(flow.get("impact"))).isEqualTo("critical");
        assertThat(Schemas.ELEMENT.attribute("impact").extension()).isTrue();
        assertThat(Model.named("m").add(ElementType.SERVER, "Web").get("impact")).isNull();
    }

    @Test
    void should_refuse_a_misspelt_impact_naming_the_levels_and_the_closest() {
        assertThatThrownBy(() -> ValueType.IMPACT.coerce("hihg")).isInstanceOf(CoercionException.class)
                .hasMessageContaining("an impact (low, medium, high, very high, critical)")
                .satisfies(e -> assertThat(((CoercionException) e).suggestion()).contains("high"));
        assertThatThrownBy(() -> ValueType.IMPACT.coerce(3L)).isInstanceOf(CoercionException.class);
        assertThatThrownBy(() -> Model.named("m").add(ElementType.SERVER, "Web").set("impact", "severe"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Server(Web).impact expects Impact");
    }

    @ParameterizedTest
    @CsvSource({"PUBLIC,LOW", "RESTRICTED,MEDIUM", "SENSITIVE,HIGH", "SECRET,VERY_HIGH", "TOP_SECRET,CRITICAL"})
    void should_map_each_known_classification_one_step_up_the_impact_scale(Classification c, Impact impact) {
        assertThat(Impact.of(c)).contains(impact);
        assertThat(impact.level()).isEqualTo(c.level());
    }

    @Test
    void should_say_nothing_for_an_unknown_classification() {
        assertThat(Impact.of(Classification.UNKNOWN)).isEmpty();
    }
}
