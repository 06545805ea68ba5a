package dev.tmj.condition;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.python.Expr;
import dev.tmj.python.ExpressionParser;
import dev.tmj.python.PythonSyntaxException;
import dev.tmj.python.value.PyError;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A threat condition, written as pytm writes it (a Python expression over {@code target}), parsed and
 * checked once and compiled into an evaluator. Running it reads the model only: no reflection, no class
 * loading, no I/O.
 *
 * <pre>{@code
 * Condition c = Condition.compile("target.controls.isHardened is False", Set.of(ElementType.SERVER));
 * boolean matches = c.test(webServer);
 * }</pre>
 */
public final class Condition {
    private static final Condition NEVER = new Condition("", new Nodes.Const(Boolean.FALSE), 1);

    private final String text;
    private final Node root;
    private final int frameSize;

    private Condition(String text, Node root, int frameSize) {
        this.text = text;
        this.root = root;
        this.frameSize = frameSize;
    }

    /**
     * Compiles a condition for targets of the given types (and their subclasses).
     * An empty or blank condition never matches, as in pytm.
     *
     * @throws ConditionException for a syntax error, an unsafe construct, or a name or attribute the
     *     targets do not have; it gives the line, column and what was expected
     */
    public static Condition compile(String text, Collection<ElementType> targets) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return NEVER;
        }
        Set<ElementType> targetTypes = targets.isEmpty() ? EnumSet.allOf(ElementType.class) : EnumSet.copyOf(targets);
        Expr expr;
        try {
            expr = ExpressionParser.parseExpression(text);
        } catch (PythonSyntaxException e) {
            throw new ConditionException(null, text, e.line(), e.column(), e.reason());
        }
        Compiler compiler = new Compiler(StaticType.instancesOf(targetTypes));
        try {
            Node root = compiler.compile(expr).node();
            return new Condition(text, root, compiler.frameSize());
        } catch (Compiler.Failure e) {
            throw new ConditionException(null, text, e.line, e.column, e.getMessage());
        }
    }

    /** Compiles a condition that may apply to any element. */
    public static Condition compile(String text) {
        return compile(text, EnumSet.allOf(ElementType.class));
    }

    /**
     * Whether the condition holds for this element, with Python's truthiness.
     *
     * @throws EvaluationException where Python would raise (an attribute of None, an invalid comparison ...)
     * @throws ConditionBudgetException when this evaluation exceeds its step or allocation budget: a defect of the
     *     threat library, not a "no match"
     */
    public boolean test(Element target) {
        return test(new Frame(target, frameSize));
    }

    /** {@link #test(Element)} with other budgets, for tests. */
    boolean test(Element target, int maxSteps, int maxAllocation) {
        return test(new Frame(target, frameSize, new Frame.Limits(maxSteps, maxAllocation)));
    }

    /** {@link #test(Element)} on a frame of a {@link ConditionEvaluator}, started afresh for this evaluation. */
    boolean test(Element target, Frame frame) {
        frame.start(target, frameSize);
        return test(frame);
    }

    private boolean test(Frame frame) {
        try {
            return root.test(frame);
        } catch (PyError e) {
            // Python's value rules raise PyError; to the caller it is this condition's failure like any other.
            throw new EvaluationException(e.getMessage());
        }
    }

    /** The condition as written. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
