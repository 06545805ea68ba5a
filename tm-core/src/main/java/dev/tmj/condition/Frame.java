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

    private final Object target;
    private final Object[] locals;
    /**
     * What is left of the budgets, made on first use: most conditions never loop, nor compare or build long
     * values, so their frame stays as small as the bare array it replaced (one allocation of 24 bytes).
     */
    private Budget budget;

    Frame(Object target, int size) {
        this.target = target;
        this.locals = size > 1 ? new Object[size] : null;
    }

    /** A frame with other budgets: tests use small ones to show that every loop and operator is counted. */
    Frame(Object target, int size, Limits limits) {
        this(target, size);
        this.budget = new Budget(limits);
    }

    Object get(int slot) {
        return slot == 0 ? target : locals[slot];
    }

    void set(int slot, Object value) {
        locals[slot] = value;
    }

    /** One iteration of a loop. */
    void step() {
        budget().work(1);
    }

    /** Work proportional to {@code amount}: comparing or searching that many items or characters. */
    void work(long amount) {
        budget().work(amount);
    }

    /** A value of {@code size} items or characters is about to be built. */
    void allocate(long size) {
        budget().allocate(size);
    }

    /**
     * Charges a value whose size the condition's text fixes (a display such as {@code (1, 2)}) only once the
     * evaluation is counting, that is inside a loop: outside loops such values are bounded by the text.
     */
    void allocateFixed(int size) {
        if (budget != null) {
            budget.allocate(size);
        }
    }

    private Budget budget() {
        Budget b = budget;
        if (b == null) {
            b = new Budget(Limits.DEFAULT);
            budget = b;
        }
        return b;
    }

    /** Counts down in ints: an evaluation's budgets fit them. */
    private static final class Budget {
        private final Limits limits;
        private int stepsLeft;
        private int allocationLeft;

        Budget(Limits limits) {
            this.limits = limits;
            this.stepsLeft = limits.steps();
            this.allocationLeft = limits.allocation();
        }

        void work(long amount) {
            if (amount > stepsLeft) {
                throw ConditionBudgetException.steps(limits.steps());
            }
            stepsLeft -= (int) amount;
        }

        void allocate(long size) {
            if (size > allocationLeft) {
                throw ConditionBudgetException.allocation(limits.allocation());
            }
            allocationLeft -= (int) size;
        }
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
