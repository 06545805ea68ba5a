package dev.tmj.model;

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
 */
public abstract class PositionedException extends TmjException {
    private static final long serialVersionUID = 1L;

    private final SourcePosition position;
    private final String problem;

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
}
