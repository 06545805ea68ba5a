package dev.tmj.python.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Model values enter Python with every int a Long, and everything else as it is. */
class ModelValuesTest {
    @Test
    void should_read_model_ints_as_python_ints() {
        assertThat(ModelValues.toPython(443)).isEqualTo(443L);
        assertThat((Iterable<Object>) ModelValues.toPython(new TreeSet<>(Set.of(2, 0)))).containsExactly(0L, 2L);
    }

    @Test
    void should_pass_every_other_value_as_it_is() {
        List<String> strings = List.of("a");
        Set<String> names = Set.of("b");
        assertThat(ModelValues.toPython(strings)).isSameAs(strings);
        assertThat(ModelValues.toPython(names)).isSameAs(names);
        assertThat(ModelValues.toPython(Set.of())).isEqualTo(Set.of());
        assertThat(ModelValues.toPython(null)).isNull();
        assertThat(ModelValues.toPython(7L)).isEqualTo(7L);
    }
}
