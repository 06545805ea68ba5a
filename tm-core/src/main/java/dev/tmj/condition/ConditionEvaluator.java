package dev.tmj.condition;

import dev.tmj.model.Element;

/**
 * Evaluates conditions one after another on one thread, all in one frame: {@link Condition#test(Element)} builds a
 * frame per evaluation, and resolving 50,000 flows evaluates millions of conditions. Each evaluation still has the
 * whole budgets of its own, as with {@code Condition.test}. Not thread-safe: one evaluator per thread.
 *
 * <pre>{@code
 * ConditionEvaluator evaluator = new ConditionEvaluator();
 * for (Element e : elements) {
 *     boolean matches = evaluator.test(threat.condition(), e);
 * }
 * }</pre>
 */
public final class ConditionEvaluator {
    private final Frame frame = new Frame(null, 0);
    /** Whether the frame is in use: an evaluation started while another runs gets a frame of its own. */
    private boolean busy;

    /**
     * {@link Condition#test(Element)}: whether the condition holds for this element.
     *
     * @throws EvaluationException where Python would raise
     * @throws ConditionBudgetException when this evaluation exceeds its step or allocation budget
     */
    public boolean test(Condition condition, Element target) {
        if (busy) {
            return condition.test(target);
        }
        busy = true;
        try {
            return condition.test(target, frame);
        } finally {
            busy = false;
        }
    }
}
