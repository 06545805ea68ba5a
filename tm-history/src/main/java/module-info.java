/**
 * tmj's audit history: every {@code tmj check} run recorded with its model and findings, in an embedded SQLite file
 * by default or a team's PostgreSQL, one schema for both created and migrated by Flyway. The only tmj module that
 * uses JDBC. API: {@code dev.tmj.history} ({@link dev.tmj.history.HistoryStore} and its values).
 */
module dev.tmj.history {
    requires transitive dev.tmj.core;
    requires dev.tmj.formats;
    requires java.sql;
    requires com.fasterxml.jackson.core;
    // Flyway and the PostgreSQL driver have no module descriptor: automatic modules, named by their manifests or jars.
    requires flyway.core;
    requires org.xerial.sqlitejdbc;
    requires org.postgresql.jdbc;

    exports dev.tmj.history;
    // Flyway finds the migration scripts as resources of this package.
    opens dev.tmj.history.migration;
}
