package dev.tmj.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.TmjException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each evaluation of a condition has a step budget (loop iterations and the work of comparing long values) and an
 * allocation budget (items and characters of the strings, lists, tuples, sets and dicts it builds). The hostile
 * forms of issue 10 ran for ever or exhausted memory; they now stop within seconds with a
 * {@link ConditionBudgetException}, which is bad input (a {@link TmjException}), not an {@link EvaluationException}
 * that the resolver would turn into a warning. The timeouts are generous safety nets, not timing assertions.
 */
@Timeout(30)
class ConditionBudgetTest {
    private static final Element WEB = Model.named("m").add(ElementType.SERVER, "Web");

    @Test
    void should_stop_a_nested_generator_over_two_huge_strings_with_a_budget_error() {
        Condition condition = Condition.compile("any(False for a in 'x'*1000000 for b in 'x'*1000000)");

        assertThatThrownBy(() -> condition.test(WEB))
                .isInstanceOf(ConditionBudgetException.class)
                .isInstanceOf(TmjException.class)
                .isNotInstanceOf(EvaluationException.class)
                .hasMessageContaining("budget");
    }

    @Test
    void should_stop_a_comprehension_that_builds_gigabytes_with_the_allocation_budget() {
        Condition condition = Condition.compile("len([a * 1000000 for a in 'x' * 1000000]) > 0");

        assertThatThrownBy(() -> condition.test(WEB))
                .isInstanceOf(ConditionBudgetException.class)
                .hasMessageContaining("allocation budget");
    }

    @Test
    void should_stop_list_concatenation_in_a_loop_with_the_allocation_budget() {
        Condition condition = Condition.compile("sum([[a] for a in 'x' * 1000000], []) == []");

        assertThatThrownBy(() -> condition.test(WEB))
                .isInstanceOf(ConditionBudgetException.class)
                .hasMessageContaining("allocation budget");
    }

    @Test
    void should_stop_a_loop_that_allocates_nothing_with_the_step_budget() {
        Condition condition = Condition.compile("any(False for l in [[0] * 3000] for a in l for b in l for c in l)");

        assertThatThrownBy(() -> condition.test(WEB))
                .isInstanceOf(ConditionBudgetException.class)
                .hasMessageContaining("step budget of 10,000,000 steps");
    }

    /** Each value is built once, outside the loop: only the work of comparing it can stop the loop in time. */
    @ParameterizedTest
    @ValueSource(strings = {
        "any(s != t for s in ['x' * 999999] for t in ['x' * 999999] for a in [0] * 1000000)",
        "any(n in h for n in ['x' * 500000 + 'y'] for h in ['x' * 1000000] for a in [0] * 1000000)",
        "any(l != m for l in [[[0] * 1000] * 1000] for m in [[[0] * 1000] * 1000] for a in [0] * 1000000)",
        "any(l < m for l in [[[0] * 1000] * 1000] for m in [[[0] * 1000] * 1000] for a in [0] * 1000000)",
        "any(n in h for n in [[0] * 998 + [1]] for h in [[[0] * 999] * 1000] for a in [0] * 1000000)"})
    void should_count_the_work_of_comparing_long_values_against_the_step_budget(String text) {
        Condition condition = Condition.compile(text);

        assertThatThrownBy(() -> condition.test(WEB))
                .isInstanceOf(ConditionBudgetException.class)
                .hasMessageContaining("step budget");
    }

    @Test
    void should_find_a_long_substring_in_linear_time() {
        // Java's naive search would compare about 2.5e11 characters here; tmj's answer is immediate.
        assertThat(Condition.compile("('x' * 499999 + 'y') in ('x' * 999999 + 'y')").test(WEB)).isTrue();
        assertThat(Condition.compile("('x' * 499999 + 'y') in ('x' * 999999)").test(WEB)).isFalse();
    }

    @Test
    void should_give_each_evaluation_its_own_budget() {
        // About 4 million steps each: well inside one budget, but not inside one shared by three evaluations.
        Condition condition = Condition.compile("any(a == 1 for a in [0] * 1000000 for b in [0, 0, 0])");

        for (int i = 0; i < 3; i++) {
            assertThat(condition.test(WEB)).isFalse();
        }
    }

    @Test
    void should_leave_ordinary_loops_over_model_values_untouched() {
        assertThat(Condition.compile("all(len(x) < 5 for x in ['a', 'bb'] * 1000)").test(WEB)).isTrue();
        assertThat(Condition.compile("sum([1] * 100000) == 100000").test(WEB)).isTrue();
    }

    @Test
    void should_name_the_budget_and_its_limit_in_the_message() {
        Condition condition = Condition.compile("len([a * 1000000 for a in 'x' * 1000000]) > 0");

        assertThatThrownBy(() -> condition.test(WEB))
                .hasMessage("condition exceeded its allocation budget of 10,000,000 items and characters "
                        + "(the strings, lists, tuples, sets and dicts it builds)");
    }
}
