package dev.tmj.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The audit history: runs appended, never changed, and read back. Each call uses a connection of its own, so one
 * store may be used by several threads and several processes may write into one database at once (SQLite makes
 * a writer wait for another's transaction; PostgreSQL numbers their runs apart).
 *
 * <p>Opening a store creates the schema in an empty database and migrates an older one (Flyway); opening it again
 * changes nothing.
 */
public final class HistoryStore {
    /** Findings inserted per batch: large enough to be fast, small enough for the drivers' buffers. */
    private static final int BATCH = 1_000;

    private final Database db;

    private HistoryStore(Database db) {
        this.db = db;
    }

    /**
     * Opens (and creates or migrates) the history at this location.
     *
     * @param env the environment: PostgreSQL's user and password ({@code TMJ_HISTORY_USER}, {@code
     *            TMJ_HISTORY_PASSWORD}, else {@code PGUSER}, {@code PGPASSWORD})
     * @throws HistoryException when the database cannot be reached or migrated
     */
    public static HistoryStore open(HistoryLocation location, Map<String, String> env) {
        return new HistoryStore(Database.open(location, env));
    }

    /** Where this history lives. */
    public HistoryLocation location() {
        return db.location();
    }

    /**
     * Appends a run and its findings in one transaction: all of it is recorded or nothing.
     *
     * @return the run's number
     */
    public long record(RunRecord run) {
        try (Connection c = db.connect()) {
            try {
                long id = insertRun(c, run);
                insertFindings(c, id, run.findings());
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw db.failure("cannot record the run", e);
        }
    }

    private static long insertRun(Connection c, RunRecord run) throws SQLException {
        byte[] model = run.model();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO tmj_run (recorded_at, model_name, "
                + "model_path, content_sha256, model_gzip, git_commit, git_branch, git_author, tmj_version, "
                + "libraries, gate_passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, Timestamps.format(run.time()));
            insert.setString(2, run.modelName());
            insert.setString(3, run.modelPath());
            insert.setString(4, sha256(model));
            insert.setBytes(5, gzip(model));
            setText(insert, 6, run.source().commit());
            setText(insert, 7, run.source().branch());
            setText(insert, 8, run.source().author());
            insert.setString(9, run.source().tmjVersion());
            insert.setString(10, run.libraries());
            insert.setInt(11, run.gatePassed() ? 1 : 0);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database gave the new run no number");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertFindings(Connection c, long runId, List<RecordedFinding> findings)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO tmj_finding (run_id, position, fingerprint, "
                + "sid, element, severity, status, owner, justification, expires, evidence, ticket, file, line) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < findings.size(); i++) {
                RecordedFinding f = findings.get(i);
                insert.setLong(1, runId);
                insert.setInt(2, i);
                insert.setString(3, f.fingerprint());
                insert.setString(4, f.sid());
                insert.setString(5, f.element());
                insert.setString(6, f.severity());
                insert.setString(7, f.status());
                setText(insert, 8, f.owner());
                setText(insert, 9, f.justification());
                setText(insert, 10, f.expires());
                setText(insert, 11, f.evidence());
                setText(insert, 12, f.ticket());
                insert.setString(13, f.file());
                insert.setInt(14, f.line());
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Every run, oldest first. */
    public List<Run> runs() {
        return runs(Instant.EPOCH);
    }

    /** The runs recorded at or after this time, oldest first (by time, then number). */
    public List<Run> runs(Instant since) {
        try (Connection c = db.connect()) {
            return RunQueries.runs(c, Timestamps.format(since));
        } catch (SQLException e) {
            throw db.failure("cannot read the runs", e);
        }
    }

    /** The runs recorded at or after this time with their findings, oldest first: what an export writes. */
    public List<HistoryExport.RunFindings> export(Instant since) {
        try (Connection c = db.connect()) {
            List<HistoryExport.RunFindings> runs = new java.util.ArrayList<>();
            for (Run run : RunQueries.runs(c, Timestamps.format(since))) {
                runs.add(new HistoryExport.RunFindings(run, RunQueries.findings(c, run.id())));
            }
            return runs;
        } catch (SQLException e) {
            throw db.failure("cannot read the runs", e);
        }
    }

    /**
     * When each finding of a model was first recorded: its first run's number and time, by fingerprint (what the
     * HTML report's history section shows).
     */
    public Map<String, FirstSeen> firstSeen(String modelPath) {
        try (Connection c = db.connect();
                PreparedStatement query = c.prepareStatement("SELECT f.fingerprint, MIN(r.id), MIN(r.recorded_at) "
                        + "FROM tmj_finding f JOIN tmj_run r ON r.id = f.run_id WHERE r.model_path = ? "
                        + "GROUP BY f.fingerprint")) {
            query.setString(1, modelPath);
            Map<String, FirstSeen> first = new java.util.TreeMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    first.put(rows.getString(1), new FirstSeen(rows.getLong(2), Timestamps.parse(rows.getString(3))));
                }
            }
            return first;
        } catch (SQLException e) {
            throw db.failure("cannot read when findings were first seen", e);
        }
    }

    /** The first run that had a finding. */
    public record FirstSeen(long runId, Instant time) {
    }

    /** The run of this number, if recorded. */
    public Optional<Run> run(long id) {
        try (Connection c = db.connect()) {
            return RunQueries.run(c, id);
        } catch (SQLException e) {
            throw db.failure("cannot read run " + id, e);
        }
    }

    /** A run's findings, in its order; empty for an unknown run. */
    public List<RecordedFinding> findings(long runId) {
        try (Connection c = db.connect()) {
            return RunQueries.findings(c, runId);
        } catch (SQLException e) {
            throw db.failure("cannot read the findings of run " + runId, e);
        }
    }

    /** The model file a run recorded, as it was (decompressed), if the run exists. */
    public Optional<byte[]> model(long runId) {
        try (Connection c = db.connect();
                PreparedStatement query = c.prepareStatement("SELECT model_gzip FROM tmj_run WHERE id = ?")) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(gunzip(row.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure("cannot read the model of run " + runId, e);
        }
    }

    /** One finding's timeline over the runs of every model that ever had it; no events when none did. */
    public FindingTimeline timeline(String fingerprint) {
        try (Connection c = db.connect()) {
            return RunQueries.timeline(c, fingerprint);
        } catch (SQLException e) {
            throw db.failure("cannot read the timeline of " + fingerprint, e);
        }
    }

    /** The fingerprints a channel ({@code slack}, {@code teams}, {@code email:...}) was told about. */
    public Set<String> notified(String channel) {
        try (Connection c = db.connect();
                PreparedStatement query = c.prepareStatement(
                        "SELECT fingerprint FROM tmj_notification WHERE channel = ?")) {
            query.setString(1, channel);
            Set<String> fingerprints = new TreeSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    fingerprints.add(rows.getString(1));
                }
            }
            return fingerprints;
        } catch (SQLException e) {
            throw db.failure("cannot read what " + channel + " was told", e);
        }
    }

    /**
     * Remembers that a channel was told about these findings; a fingerprint it was already told about is left as it
     * was (first notification wins), also when another process records it at the same time.
     *
     * @param runId the run whose findings were announced, or null
     */
    public void recordNotified(String channel, Long runId, Collection<String> fingerprints, Instant time) {
        try (Connection c = db.connect()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO tmj_notification (channel, fingerprint, "
                    + "run_id, notified_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (String fingerprint : new LinkedHashSet<>(fingerprints)) {
                    insert.setString(1, channel);
                    insert.setString(2, fingerprint);
                    if (runId == null) {
                        insert.setNull(3, Types.BIGINT);
                    } else {
                        insert.setLong(3, runId);
                    }
                    insert.setString(4, Timestamps.format(time));
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw db.failure("cannot record what " + channel + " was told", e);
        }
    }

    private static void setText(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text);
        }
    }

    /** The SHA-256 of a model's bytes, lower-case hex: the content hash a run records. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new HistoryException("a recorded model is not readable gzip: " + e.getMessage(), e);
        }
    }
}
