package dev.tmj.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile conditions, generated: loops over huge strings and lists, nested comprehensions, concatenation in loops,
 * comparisons of long values. Each either fails to compile with a positioned {@link ConditionException} or, run
 * with small budgets (100,000 steps and items), ends with an answer, an {@link EvaluationException} or a
 * {@link ConditionBudgetException}, and never with another throwable. That every such run ends shows that every
 * loop and every operator on a long value is counted: with the real budgets the same runs end the same way, only
 * later. The preemptive timeout is a generous safety net (a hang would otherwise stall the build), not a timing
 * assertion.
 */
class ConditionBudgetPropertiesTest {
    private static final Element WEB = webServer();
    private static final int SMALL_BUDGET = 100_000;

    private static Element webServer() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web");
        model.data("Token");
        web.set("data", List.of(model.data().get(0)));
        return web;
    }

    @Property(tries = 400)
    void hostile_conditions_compile_cleanly_and_every_evaluation_ends_within_its_budget(
            @ForAll("hostile") String text) {
        Condition condition = compiled(text);
        if (condition == null) {
            return;
        }
        // The evaluation runs on the timeout's own thread; statistics are collected back on jqwik's.
        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                return condition.test(WEB, SMALL_BUDGET, SMALL_BUDGET) ? "true" : "false";
            } catch (ConditionBudgetException e) {
                assertThat(e.getMessage()).startsWith("condition exceeded its ").contains("budget of 100,000");
                return e.getMessage().contains("step budget") ? "step budget" : "allocation budget";
            } catch (EvaluationException e) {
                assertThat(e.getMessage()).isNotBlank();
                return "EvaluationException";
            }
        }, () -> "evaluating " + text);
        Statistics.label("outcome").collect(outcome);
    }

    private static Condition compiled(String text) {
        try {
            return Condition.compile(text);
        } catch (ConditionException e) {
            Statistics.label("outcome").collect("ConditionException");
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            return null;
        }
    }

    /** Values, some huge; those naming a and b only inside loops that bind them. */
    private static final List<String> BIG = List.of("'x' * 1000000", "[0] * 1000000", "[[0] * 1000] * 1000",
            "('ab',) * 500000", "'x' * 999999 + 'y'", "[0] * 999999 + [1]", "target.data * 1000000", "{1: 2}",
            "{'a', 'b'} | {'c'}", "'Web'", "target.name", "target.data");

    private static final List<String> SMALL = List.of("0", "1", "'x'", "True", "None", "[]", "()", "target.name");

    private static final List<String> LOOP_VALUES = List.of("a", "b", "[a]", "a * 1000000", "a + b",
            "[a] * 1000", "b in a", "a == b", "a < b", "[a, b]");

    @Provide
    Arbitrary<String> hostile() {
        return hostile(2, false);
    }

    private static Arbitrary<String> hostile(int depth, boolean inLoop) {
        Arbitrary<String> big = Arbitraries.of(BIG);
        Arbitrary<String> leaf = inLoop ? Arbitraries.oneOf(Arbitraries.of(SMALL), Arbitraries.of(LOOP_VALUES))
                : Arbitraries.of(SMALL);
        if (depth == 0) {
            return Arbitraries.oneOf(big, leaf);
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> hostile(depth - 1, inLoop));
        Arbitrary<String> body = Arbitraries.lazy(() -> hostile(depth - 1, true));
        Arbitrary<String> iterable = Arbitraries.oneOf(big, sub);
        return Arbitraries.frequencyOf(
                Tuple.of(2, big),
                Tuple.of(1, leaf),
                Tuple.of(3, Combinators.combine(Arbitraries.of("any", "all", "sum", "min", "max", "len", ""), body,
                        iterable, Arbitraries.lazy(() -> hostile(depth - 1, true))).as((f, e, i, j) -> f + "(" + e
                                + " for a in " + i + " for b in " + j + ")")),
                // The loop values are built once: only counting the iterations (and the comparisons) stops these.
                Tuple.of(2, Combinators.combine(Arbitraries.of("any", "all", ""), body, big).as((f, e, i) -> f + "("
                        + e + " for l in [" + i + "] for a in l for b in l)")),
                Tuple.of(2, Combinators.combine(Arbitraries.of("any", "all", "len", "sum"), body, iterable)
                        .as((f, e, i) -> f + "([" + e + " for a in " + i + "])")),
                Tuple.of(1, iterable.map(i -> "sum([[a] for a in " + i + "], [])")),
                Tuple.of(2, Combinators.combine(sub, Arbitraries.of("+", "*", "==", "!=", "<", "in", "not in", "|"),
                        sub).as((x, op, y) -> "(" + x + ") " + op + " (" + y + ")")),
                Tuple.of(1, Combinators.combine(sub, Arbitraries.of("[0]", "[-1]", "[::2]", "[1:]", "[::-1]"))
                        .as((x, s) -> "(" + x + ")" + s)),
                Tuple.of(1, sub.map(x -> "target.checkTLSVersion(" + x + ")")));
    }
}
