package dev.tmj.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An error in input at a known place: a model file, a threat library, a condition, a template. It carries an
 * immutable {@link SourcePosition} and what was wrong, and every such error has one message layout:
 * <pre>{@code <position>: [<path>: ]<reason>}</pre>
 * for example {@code shop.yaml:14:11: dataflows[1].sink: no element named "Web Servr"}. The position is written by
 * {@link SourcePosition#toString()}; a kind of error may word it differently, as conditions do
 * ({@code Invalid condition of threat INP02 at column 7: ...}), but still through {@link SourcePosition}.
 * <p>
 * One subclass per kind of input, so callers can tell them apart; all are {@link TmjException}s, which the CLI
 * reports as bad input.
 * <p>
 * A reader that goes on after an error (the pytm script reader does) throws its first error and attaches the
 * others to it with {@link #collect}: {@link #errors()} lists them all, each with its own position, and
 * {@link #getMessage()} stays the first one's single line, so a caller that shows one error still shows the
 * right one. At most {@link #MAX_ERRORS} are kept; {@link #stoppedEarly()} says when the reader gave up after
 * that many.
 */
public abstract class PositionedException extends TmjException {
    private static final long serialVersionUID = 1L;

    /** The most errors one input reports before its reader stops looking for more. */
    public static final int MAX_ERRORS = 20;

    private final SourcePosition position;
    private final String problem;
    private final ArrayList<PositionedException> further = new ArrayList<>();
    private boolean stoppedEarly;

    /** An error whose message is {@code <position>: [<path>: ]<problem>}. */
    protected PositionedException(SourcePosition position, String problem) {
        this(position.toString(), position, problem);
    }

    /**
     * An error whose message is {@code <where>: [<path>: ]<problem>}, for a kind of error that words its position
     * itself; {@code where} must be made from {@code position}.
     */
    protected PositionedException(String where, SourcePosition position, String problem) {
        super(where + ": " + position.qualify(problem));
        this.position = position;
        this.problem = problem;
    }

    /** Where the error is. */
    public SourcePosition position() {
        return position;
    }

    /** The file (or named source) at fault, or null for a text without a file such as a condition. */
    public String file() {
        return position.file();
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return position.line();
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return position.column();
    }

    /** The path of the value at fault inside the document, such as {@code flows[3].sink}; empty when none. */
    public String path() {
        return position.path();
    }

    /**
     * What was wrong or expected, without the file, line and column; led by the path of the value at fault
     * when there is one ({@code flows[2].sink: no element named "Web Servr"}).
     */
    public String reason() {
        return position.qualify(problem);
    }

    /**
     * Every error found in the same input, in the order the reader met them: this one first, then those attached
     * by {@link #collect}; just this one for an error that was not collected with others.
     */
    public List<PositionedException> errors() {
        List<PositionedException> all = new ArrayList<>(further.size() + 1);
        all.add(this);
        all.addAll(further);
        return List.copyOf(all);
    }

    /** Whether the reader stopped looking for errors after {@link #MAX_ERRORS}, so the input may have more. */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /**
     * The first of several errors of one input, carrying the others ({@link #errors()}).
     *
     * @param errors the errors in the order found, at least one and at most {@link #MAX_ERRORS}
     * @param stoppedEarly whether the reader stopped after the limit
     */
    public static <E extends PositionedException> E collect(List<E> errors, boolean stoppedEarly) {
        if (errors.isEmpty() || errors.size() > MAX_ERRORS) {
            throw new IllegalArgumentException("between 1 and " + MAX_ERRORS + " errors expected, got " + errors.size());
        }
        E first = errors.get(0);
        PositionedException carrier = first;
        for (E error : errors.subList(1, errors.size())) {
            carrier.further.addAll(error.errors());
        }
        carrier.stoppedEarly = stoppedEarly;
        return first;
    }
}
