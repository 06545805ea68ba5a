package dev.tmj.history;

import dev.tmj.model.TmjException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the history lives, from {@code --history PATH_OR_JDBC_URL} or {@code history:} in tmj.yaml: a plain path is
 * an SQLite file, {@code jdbc:sqlite:PATH} too, {@code jdbc:postgresql://HOST[:PORT]/DB} a PostgreSQL database
 * (credentials from the environment, never from the URL shown).
 *
 * @param kind the database
 * @param url the JDBC URL tmj connects to
 * @param file the SQLite file; null for PostgreSQL
 */
public record HistoryLocation(Kind kind, String url, Path file) {
    /** The default SQLite file, relative to the top of the work tree (or the working directory). */
    public static final String DEFAULT_FILE = ".tmj/history.db";

    /** The databases tmj records into. */
    public enum Kind {
        SQLITE, POSTGRESQL
    }

    public HistoryLocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
    }

    /**
     * Reads a location.
     *
     * @param spec a path or a JDBC URL
     * @param base the folder a relative path is relative to
     * @throws TmjException for an empty spec, a JDBC URL of another database, or a PostgreSQL URL without a host
     */
    public static HistoryLocation parse(String spec, Path base) {
        Objects.requireNonNull(spec, "spec");
        String text = spec.strip();
        if (text.isEmpty() || text.indexOf('\0') >= 0) {
            throw new TmjException("--history: give a file path or a jdbc:postgresql:// URL");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            if (!lower.startsWith("jdbc:postgresql://") || lower.length() == "jdbc:postgresql://".length()) {
                throw new TmjException("--history " + redacted(text) + ": a PostgreSQL URL is "
                        + "jdbc:postgresql://HOST[:PORT]/DATABASE");
            }
            return new HistoryLocation(Kind.POSTGRESQL, text, null);
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqlite(base.resolve(text.substring("jdbc:sqlite:".length())));
        }
        if (lower.startsWith("jdbc:")) {
            throw new TmjException("--history " + redacted(text) + ": tmj records into SQLite (a file path) or "
                    + "PostgreSQL (jdbc:postgresql://...), not this database");
        }
        return sqlite(base.resolve(text));
    }

    /** An SQLite file. */
    public static HistoryLocation sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new HistoryLocation(Kind.SQLITE, "jdbc:sqlite:" + absolute, absolute);
    }

    /** What messages show: the URL without its query (where a password may be) and without user information. */
    public String display() {
        return kind == Kind.SQLITE ? file.toString() : redacted(url);
    }

    static String redacted(String url) {
        String shown = url;
        int query = shown.indexOf('?');
        if (query >= 0) {
            shown = shown.substring(0, query);
        }
        int scheme = shown.indexOf("//");
        int at = shown.lastIndexOf('@');
        if (scheme >= 0 && at > scheme) {
            shown = shown.substring(0, scheme + 2) + shown.substring(at + 1);
        }
        return shown;
    }

    @Override
    public String toString() {
        return display();
    }
}
