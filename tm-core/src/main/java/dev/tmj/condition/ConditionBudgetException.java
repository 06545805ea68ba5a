package dev.tmj.condition;

import dev.tmj.model.SourceLocation;
import dev.tmj.model.TmjException;
import java.util.Locale;

/**
 * A condition ran out of its budget: too many steps (loop iterations and work on long values) or too much built
 * (items and characters of strings, lists and other values) in one evaluation. Unlike an
 * {@link EvaluationException}, which pytm would also meet and which means "no match", this is a defect of the
 * threat library: a threat that cannot be evaluated would be a missed finding, so the run fails (the CLI exits 2)
 * with a message naming the threat and the element.
 */
public class ConditionBudgetException extends TmjException {
    private static final long serialVersionUID = 1L;

    private final String budget;

    private ConditionBudgetException(String message, String budget) {
        super(message);
        this.budget = budget;
    }

    static ConditionBudgetException steps(long limit) {
        String budget = "step budget of " + grouped(limit) + " steps (loop iterations, and the items and characters "
                + "its operators compare)";
        return new ConditionBudgetException("condition exceeded its " + budget, budget);
    }

    static ConditionBudgetException allocation(long limit) {
        String budget = "allocation budget of " + grouped(limit) + " items and characters (the strings, lists, "
                + "tuples, sets and dicts it builds)";
        return new ConditionBudgetException("condition exceeded its " + budget, budget);
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * The same failure, attributed: {@code the condition of threat X on Server(Web) (model.py:12) exceeded its ...}.
     *
     * @param location where the element is declared, or null when unknown
     */
    public ConditionBudgetException on(String threatSid, String element, SourceLocation location) {
        return new ConditionBudgetException("the condition of threat " + threatSid + " on " + element
                + (location == null ? "" : " (" + location + ")") + " exceeded its " + budget
                + "; fix or remove this threat in the threat library", budget);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Thrown deep inside an evaluation and reported as a message: the stack trace is never needed.
        return this;
    }
}
