package dev.tmj.condition;

import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyTuple;
import java.util.Collection;
import java.util.Map;

/**
 * The state of one evaluation of a condition: {@code target}, the loop variables, and what the evaluation has
 * spent of its budgets. A condition comes from a threat library, which may be hostile or simply wrong, so each
 * evaluation may take at most {@link #MAX_STEPS} steps (loop iterations, and the items or characters compared by
 * operators on long values) and build at most {@link #MAX_ALLOCATION} items and characters (strings, lists, tuples,
 * sets, dicts). Counting happens only where loops and operators on collections run, so the common condition
 * ({@code target.controls.isHardened is False}) pays nothing but the counters' two fields.
 */
final class Frame {
    static final int MAX_STEPS = 10_000_000;
    static final int MAX_ALLOCATION = 10_000_000;

    /** The budgets of an evaluation; shared, so that a frame only counts down. */
    record Limits(int steps, int allocation) {
        static final Limits DEFAULT = new Limits(MAX_STEPS, MAX_ALLOCATION);
    }

    private final Limits limits;
    /** Whether budgets are counted from the start (the tests' small budgets) rather than from the first loop. */
    private final boolean countedFromStart;
    private Object target;
    private Object[] locals;
    /**
     * Whether this evaluation counts its budgets yet: most conditions never loop, nor compare or build long values,
     * so they pay nothing but this flag. The counters are fields of the frame, not an object of their own, so that
     * a frame reused for one condition after another (see {@link ConditionEvaluator}) allocates nothing.
     */
    private boolean counting;
    private int stepsLeft;
    private int allocationLeft;

    Frame(Object target, int size) {
        this(target, size, Limits.DEFAULT, false);
    }

    /** A frame with other budgets: tests use small ones to show that every loop and operator is counted. */
    Frame(Object target, int size, Limits limits) {
        this(target, size, limits, true);
    }

    private Frame(Object target, int size, Limits limits, boolean countedFromStart) {
        this.limits = limits;
        this.countedFromStart = countedFromStart;
        start(target, size);
    }

    /**
     * Starts an evaluation on this frame: another target, at least {@code size} slots, the whole budgets again. The
     * slots keep what the last evaluation left in them: the compiler lets a condition read a loop variable only
     * inside its loop, after the loop has set it.
     */
    void start(Object target, int size) {
        this.target = target;
        if (size > 1 && (locals == null || locals.length < size)) {
            locals = new Object[size];
        }
        counting = false;
        if (countedFromStart) {
            count();
        }
    }

    Object get(int slot) {
        return slot == 0 ? target : locals[slot];
    }

    void set(int slot, Object value) {
        locals[slot] = value;
    }

    /** One iteration of a loop. */
    void step() {
        work(1);
    }

    /** Work proportional to {@code amount}: comparing or searching that many items or characters. */
    void work(long amount) {
        if (!counting) {
            count();
        }
        if (amount > stepsLeft) {
            throw ConditionBudgetException.steps(limits.steps());
        }
        stepsLeft -= (int) amount;
    }

    /** A value of {@code size} items or characters is about to be built. */
    void allocate(long size) {
        if (!counting) {
            count();
        }
        if (size > allocationLeft) {
            throw ConditionBudgetException.allocation(limits.allocation());
        }
        allocationLeft -= (int) size;
    }

    /**
     * Charges a value whose size the condition's text fixes (a display such as {@code (1, 2)}) only once the
     * evaluation is counting, that is inside a loop: outside loops such values are bounded by the text.
     */
    void allocateFixed(int size) {
        if (counting) {
            allocate(size);
        }
    }

    /** Starts counting down from the whole budgets, in ints: an evaluation's budgets fit them. */
    private void count() {
        counting = true;
        stepsLeft = limits.steps();
        allocationLeft = limits.allocation();
    }

    /** Python's {@code iter(x)}, charged: iterating a string builds a list of its characters. */
    Iterable<?> iterate(Object value) {
        if (value instanceof String s) {
            allocate(s.length());
        }
        return Py.iterate(value);
    }

    /** The number of items or characters a value holds at its top level: what comparing it costs at least. */
    static long size(Object value) {
        if (value instanceof String s) {
            return s.length();
        }
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        if (value instanceof PyTuple t) {
            return t.items().size();
        }
        if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        return 0;
    }
}
