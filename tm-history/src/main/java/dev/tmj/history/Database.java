package dev.tmj.history;

import dev.tmj.history.migration.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.LogFactory;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The JDBC side of the store: a data source for the location, the schema migrated by Flyway when it is opened,
 * and the one translation of a database's failure into a {@link HistoryException} that names the database without
 * its password.
 */
final class Database {
    /** How long a writer waits for another one's lock (SQLite) or a connection (PostgreSQL). */
    private static final int WAIT_SECONDS = 60;
    private static final int CONNECT_SECONDS = 10;

    private final HistoryLocation location;
    private final DataSource source;
    private final String password;

    private Database(HistoryLocation location, DataSource source, String password) {
        this.location = location;
        this.source = source;
        this.password = password;
    }

    /**
     * Connects and brings the schema up to date.
     *
     * @param env where PostgreSQL's user and password are read: {@code TMJ_HISTORY_USER} and
     *            {@code TMJ_HISTORY_PASSWORD}, else libpq's {@code PGUSER} and {@code PGPASSWORD}
     */
    static Database open(HistoryLocation location, Map<String, String> env) {
        Database db = location.kind() == HistoryLocation.Kind.SQLITE ? sqlite(location)
                : postgresql(location, env);
        db.migrate();
        return db;
    }

    private static Database sqlite(HistoryLocation location) {
        Path parent = location.file().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            String why = e instanceof java.nio.file.FileAlreadyExistsException ? e.getMessage() + " is a file"
                    : e instanceof java.nio.file.AccessDeniedException ? e.getMessage() + ": permission denied"
                    : e.getMessage();
            throw new HistoryException("history " + location.display() + ": cannot create its folder: " + why, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // Two pipelines writing at once: the second waits for the first's transaction instead of failing.
        config.setBusyTimeout(WAIT_SECONDS * 1000);
        // Every transaction takes the write lock when it begins: a reader that later writes (Flyway migrating a new
        // file while another process does) would otherwise get SQLITE_BUSY at once rather than wait.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // A run of a large model inserts tens of thousands of index entries: a page cache of 32 MiB instead of
        // SQLite's 2 MiB keeps the fingerprint index in memory while they go in.
        config.setCacheSize(-32 * 1024);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(location.url());
        return new Database(location, source, null);
    }

    private static Database postgresql(HistoryLocation location, Map<String, String> env) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(location.url());
        String user = firstOf(env, "TMJ_HISTORY_USER", "PGUSER");
        String password = firstOf(env, "TMJ_HISTORY_PASSWORD", "PGPASSWORD");
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        source.setConnectTimeout(CONNECT_SECONDS);
        source.setLoginTimeout(CONNECT_SECONDS);
        source.setApplicationName("tmj");
        return new Database(location, source, password);
    }

    private static String firstOf(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value != null && !value.isEmpty() ? value : env.get(fallback);
    }

    private void migrate() {
        Map<String, String> placeholders = location.kind() == HistoryLocation.Kind.SQLITE ? Migrations.sqlite()
                : Migrations.postgresql();
        // Flyway forgets a log set before it reads its configuration and then detects one; the fallback is what it
        // finds when tmj's class path has no logging library (tmj has none).
        LogFactory.setFallbackLogCreator(QuietFlywayLog.INSTANCE);
        LogFactory.setLogCreator(QuietFlywayLog.INSTANCE);
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(source)
                    .locations(Migrations.LOCATION)
                    .failOnMissingLocations(true)
                    .table(Migrations.TABLE)
                    .placeholders(placeholders)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw failure("cannot create or migrate its schema", e);
        }
    }

    /** A connection in manual-commit mode; the caller closes it. */
    Connection connect() {
        try {
            Connection connection = source.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw failure("cannot connect", e);
        }
    }

    HistoryLocation location() {
        return location;
    }

    /**
     * The one line for a failure: the database as {@link HistoryLocation#display()} shows it, what tmj was doing,
     * and the deepest database message (Flyway wraps the driver's), its first line, with any password blanked.
     */
    HistoryException failure(String doing, Exception e) {
        Throwable deepest = null;
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                deepest = t;
            }
            root = t;
        }
        deepest = deepest == null ? root : deepest;
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        message = message.strip().lines().findFirst().orElse("");
        if (password != null && !password.isEmpty()) {
            message = message.replace(password, "****");
        }
        return new HistoryException("history " + location.display() + ": " + doing + ": " + message, e);
    }
}
