package dev.tmj.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** {@link ValueType#coerce}: the one conversion of an input to the value the model stores. */
class ValueTypeTest {

    @Test
    void should_store_ints_as_long_within_the_int_range() {
        assertThat(ValueType.INT.coerce(443)).isEqualTo(443L);
        assertThat(ValueType.INT.coerce(443L)).isEqualTo(443L);
        assertThatThrownBy(() -> ValueType.INT.coerce(3_000_000_000L)).isInstanceOf(CoercionException.class)
                .satisfies(e -> assertThat(((CoercionException) e).reason()).contains("out of range"));
        assertThatThrownBy(() -> ValueType.INT.coerce("443")).isInstanceOf(CoercionException.class);
    }

    @Test
    void should_store_levels_as_a_sorted_unmodifiable_set_of_long() {
        Object levels = ValueType.LEVELS.coerce(List.of(2, 0L, 2));

        assertThat(levels).isEqualTo(Set.of(0L, 2L));
        assertThat(levels).asInstanceOf(InstanceOfAssertFactories.ITERABLE).containsExactly(0L, 2L);
        assertThatThrownBy(() -> ((Set<?>) levels).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_give_every_default_its_stored_form() {
        Arrays.stream(ElementType.values()).flatMap(t -> t.schema().attributes().stream())
                .filter(a -> a.defaultValue() != null)
                .forEach(a -> assertThat(a.type().coerce(a.defaultValue())).as(a.name()).isEqualTo(a.defaultValue()));
        assertThat(Schemas.ELEMENT.attribute("levels").defaultValue()).isEqualTo(Set.of(0L));
        assertThat(Schemas.ASSET.attribute("port").defaultValue()).isEqualTo(-1L);
    }

    @Test
    void should_store_the_canonical_booleans_that_conditions_compare_by_identity() {
        @SuppressWarnings("removal")
        Boolean copy = new Boolean(true);

        assertThat(ValueType.BOOLEAN.coerce(copy)).isSameAs(Boolean.TRUE);
    }

    @Test
    void should_read_a_status_from_its_label_or_member_name_in_any_case() {
        assertThat(ValueType.STATUS.coerce("false positive")).isEqualTo(FindingStatus.FALSE_POSITIVE);
        assertThat(ValueType.STATUS.coerce("FALSE_POSITIVE")).isEqualTo(FindingStatus.FALSE_POSITIVE);
        assertThat(ValueType.STATUS.coerce(" Accepted ")).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(ValueType.STATUS.coerce(FindingStatus.OPEN)).isEqualTo(FindingStatus.OPEN);
    }

    @Test
    void should_refuse_a_misspelt_status_and_suggest_the_closest() {
        assertThatThrownBy(() -> ValueType.STATUS.coerce("mitgated")).isInstanceOf(CoercionException.class)
                .satisfies(e -> assertThat(((CoercionException) e).suggestion()).contains("mitigated"));
    }

    @Test
    void should_read_an_iso_date_and_refuse_any_other() {
        assertThat(ValueType.DATE.coerce("2027-01-31")).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThatThrownBy(() -> ValueType.DATE.coerce("31.01.2027")).isInstanceOf(CoercionException.class)
                .hasMessage("expected a date (YYYY-MM-DD), got 31.01.2027");
    }

    @Test
    void should_name_the_item_of_a_collection_that_does_not_fit() {
        assertThatThrownBy(() -> ValueType.STRINGS.coerce(List.of("a.py", 3))).isInstanceOf(CoercionException.class)
                .satisfies(e -> {
                    CoercionException c = (CoercionException) e;
                    assertThat(c.item()).isEqualTo(1);
                    assertThat(c.rejected()).isEqualTo(3);
                });
    }

    @Test
    void should_refuse_a_misspelt_status_set_through_the_generic_setter_with_a_suggestion() {
        FindingOverride override = FindingOverride.of("INP02");

        assertThatThrownBy(() -> override.set("status", "mitgated")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Finding(INP02).status expects FindingStatus, got str 'mitgated'; did you mean "
                        + "'mitigated'?");
        assertThat(override.status()).isEmpty();
    }

    @Test
    void should_keep_only_the_references_of_the_right_kind() {
        Model model = Model.named("m");
        Element actor = model.add(ElementType.ACTOR, "a");
        Element web = model.add(ElementType.SERVER, "Web");

        assertThatThrownBy(() -> web.set("inBoundary", actor)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Server(Web).inBoundary expects Boundary, got Actor(a)");
        assertThatThrownBy(() -> web.set("inputs", List.of(actor))).isInstanceOf(InvalidValueException.class);
    }
}
