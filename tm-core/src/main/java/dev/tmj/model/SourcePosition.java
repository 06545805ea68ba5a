package dev.tmj.model;

import java.util.Objects;

/**
 * Where in its input an error is: the file (or other named source, such as a template or a threat library), the
 * 1-based line and column, and the path of the value at fault inside the document, such as {@code flows[3].sink}.
 * A position in a text that has no file of its own (a condition, a Python expression) has no file.
 * Immutable; {@link PositionedException} carries one and {@link #toString()} is the one way positions are written.
 *
 * @param file the file as the user named it, or null in a text without a file
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path where the value sits in the document, for example {@code flows[3].sink}; empty when there is none
 */
public record SourcePosition(String file, int line, int column, String path) {
    public SourcePosition {
        Objects.requireNonNull(path, "path");
    }

    /** A position in a file; line and column may be 0 when unknown. */
    public static SourcePosition of(String file, int line, int column) {
        return new SourcePosition(Objects.requireNonNull(file, "file"), line, column, "");
    }

    /** A position in a text without a file, such as a condition. */
    public static SourcePosition inText(int line, int column) {
        return new SourcePosition(null, line, column, "");
    }

    /** The same position, of the value at {@code path} ({@code flows[3].sink}); an empty path means none. */
    public SourcePosition at(String path) {
        return new SourcePosition(file, line, column, path);
    }

    /** {@code path: reason}, or the reason alone where there is no path. */
    String qualify(String reason) {
        return path.isEmpty() ? reason : path + ": " + reason;
    }

    /**
     * The position as messages write it. In a file, the way compilers do, leaving out what is unknown:
     * {@code shop.yaml:14:11}, {@code shop.yaml:14} or {@code shop.yaml}. In a text without a file, in Python's
     * words: {@code line 2, column 5}. The path is not part of it (see {@link PositionedException}).
     */
    @Override
    public String toString() {
        if (file == null) {
            return "line " + line + ", column " + column;
        }
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }

    /** {@code column 5}: the position in a text of one line, where a line number would add nothing. */
    public String columnOnly() {
        return "column " + column;
    }
}
