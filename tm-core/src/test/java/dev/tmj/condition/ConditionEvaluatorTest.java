package dev.tmj.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@link ConditionEvaluator} runs conditions one after another in one reused frame; each evaluation must still be
 * what {@link Condition#test(Element)} on a frame of its own gives: the same answer or error, and whole budgets of
 * its own. The timeout is a generous safety net, not a timing assertion.
 */
@Timeout(60)
class ConditionEvaluatorTest {
    private static final Model MODEL = Model.named("m");
    private static final Element WEB = MODEL.add(ElementType.SERVER, "Web");
    private static final Element DB = MODEL.add(ElementType.DATASTORE, "Db");
    private static final Element FLOW = MODEL.dataflow(WEB, DB, "Query");

    /** Conditions of every frame size, with loops, answers and errors, over servers, stores and flows. */
    private static final List<String> CONDITIONS = List.of(
            "target.name == 'Web'",
            "target.inBoundary is None",
            "any(c == 'e' for c in target.name)",
            "all(a != b for a in target.name for b in 'xyz')",
            "[n for n in [1, 2, 3] if n > 1] == [2, 3]",
            "sum(len(w) for w in [target.name, 'ab']) > 4",
            "any(x for x in [[y for y in 'ab'] for z in 'cd'])",
            "target.sink.name == 'Db'",
            "target.source.name == 'Web'",
            "min([len(a + b) for a in 'ab' for b in target.name]) == 2",
            "len('x' * 20000000) > 0");

    @Test
    void should_give_each_evaluation_on_one_evaluator_its_own_budget() {
        // About 4 million steps each: well inside one budget, but not inside one shared by three evaluations.
        Condition condition = Condition.compile("any(a == 1 for a in [0] * 1000000 for b in [0, 0, 0])");
        ConditionEvaluator evaluator = new ConditionEvaluator();

        for (int i = 0; i < 3; i++) {
            assertThat(evaluator.test(condition, WEB)).isFalse();
        }
    }

    @Test
    void should_start_afresh_after_an_evaluation_that_exceeded_its_budget() {
        Condition hostile = Condition.compile("any(False for a in 'x'*1000000 for b in 'x'*1000000)");
        Condition large = Condition.compile("any(a == 1 for a in [0] * 1000000 for b in [0, 0, 0])");
        ConditionEvaluator evaluator = new ConditionEvaluator();

        assertThatThrownBy(() -> evaluator.test(hostile, WEB)).isInstanceOf(ConditionBudgetException.class);
        assertThat(evaluator.test(large, WEB)).isFalse();
        assertThat(evaluator.test(Condition.compile("[c for c in target.name] == ['W', 'e', 'b']"), WEB)).isTrue();
    }

    @Property(tries = 200)
    void one_evaluator_answers_each_condition_as_a_frame_of_its_own_does(
            @ForAll("evaluations") List<Integer> picks) {
        ConditionEvaluator evaluator = new ConditionEvaluator();
        List<Element> targets = List.of(WEB, DB, FLOW);
        List<String> reused = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (int pick : picks) {
            Condition condition = Condition.compile(CONDITIONS.get(pick % CONDITIONS.size()));
            Element target = targets.get(pick / CONDITIONS.size());
            reused.add(outcome(() -> evaluator.test(condition, target)));
            fresh.add(outcome(() -> condition.test(target)));
        }

        assertThat(reused).isEqualTo(fresh);
    }

    @Provide
    Arbitrary<List<Integer>> evaluations() {
        return Arbitraries.integers().between(0, CONDITIONS.size() * 3 - 1).list().ofMinSize(1).ofMaxSize(12);
    }

    private static String outcome(java.util.function.BooleanSupplier evaluation) {
        try {
            return String.valueOf(evaluation.getAsBoolean());
        } catch (EvaluationException | ConditionBudgetException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
