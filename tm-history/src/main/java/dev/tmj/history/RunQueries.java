package dev.tmj.history;

import dev.tmj.model.FindingStatus;
import dev.tmj.threat.Severity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store's reads, in plain SQL that SQLite and PostgreSQL both run. */
final class RunQueries {
    private static final String RUN_COLUMNS = "id, recorded_at, model_name, model_path, content_sha256, git_commit, "
            + "git_branch, git_author, tmj_version, libraries, gate_passed";
    private static final String FINDING_COLUMNS = "fingerprint, sid, element, severity, status, owner, "
            + "justification, expires, evidence, ticket, file, line";

    private RunQueries() {
    }

    static List<Run> runs(Connection c, String since) throws SQLException {
        Map<Long, Counts> counts = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT f.run_id, f.severity, f.status, COUNT(*) "
                + "FROM tmj_finding f JOIN tmj_run r ON r.id = f.run_id WHERE r.recorded_at >= ? "
                + "GROUP BY f.run_id, f.severity, f.status")) {
            query.setString(1, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(rows.getLong(1), id -> new Counts())
                            .add(rows.getString(2), rows.getString(3), rows.getInt(4));
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM tmj_run "
                + "WHERE recorded_at >= ? ORDER BY recorded_at, id")) {
            query.setString(1, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    runs.add(run(rows, counts.getOrDefault(rows.getLong(1), new Counts())));
                }
            }
        }
        return runs;
    }

    static Optional<Run> run(Connection c, long id) throws SQLException {
        Counts counts = new Counts();
        try (PreparedStatement query = c.prepareStatement("SELECT severity, status, COUNT(*) FROM tmj_finding "
                + "WHERE run_id = ? GROUP BY severity, status")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(rows.getString(1), rows.getString(2), rows.getInt(3));
                }
            }
        }
        try (PreparedStatement query = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM tmj_run WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(run(rows, counts)) : Optional.empty();
            }
        }
    }

    static List<RecordedFinding> findings(Connection c, long runId) throws SQLException {
        List<RecordedFinding> findings = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT " + FINDING_COLUMNS + " FROM tmj_finding "
                + "WHERE run_id = ? ORDER BY position")) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    findings.add(finding(rows, 1));
                }
            }
        }
        return findings;
    }

    /**
     * The runs of every model that had the finding, each with the finding or without it, walked model by model
     * (models in the order they first had it).
     */
    static FindingTimeline timeline(Connection c, String fingerprint) throws SQLException {
        Map<String, List<Run>> runsByModel = new LinkedHashMap<>();
        Map<String, List<RecordedFinding>> findingsByModel = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT " + prefixed("r.", RUN_COLUMNS) + ", "
                + prefixed("f.", FINDING_COLUMNS) + " FROM tmj_run r LEFT JOIN tmj_finding f "
                + "ON f.run_id = r.id AND f.fingerprint = ? WHERE r.model_path IN (SELECT r2.model_path FROM tmj_run r2 "
                + "JOIN tmj_finding f2 ON f2.run_id = r2.id WHERE f2.fingerprint = ?) ORDER BY r.recorded_at, r.id")) {
            query.setString(1, fingerprint);
            query.setString(2, fingerprint);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Run run = run(rows, new Counts());
                    RecordedFinding finding = rows.getString(12) == null ? null : finding(rows, 12);
                    if (finding == null && !runsByModel.containsKey(run.modelPath())) {
                        continue; // before the model first had it
                    }
                    runsByModel.computeIfAbsent(run.modelPath(), p -> new ArrayList<>()).add(run);
                    findingsByModel.computeIfAbsent(run.modelPath(), p -> new ArrayList<>()).add(finding);
                }
            }
        }
        List<FindingTimeline.Event> events = new ArrayList<>();
        runsByModel.forEach((model, runs) -> events.addAll(FindingTimeline.of(runs, findingsByModel.get(model))));
        return new FindingTimeline(fingerprint, events);
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }

    private static Run run(ResultSet row, Counts counts) throws SQLException {
        return new Run(row.getLong(1), Timestamps.parse(row.getString(2)), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getString(10), row.getInt(11) == 1, counts.bySeverity, counts.byStatus, counts.openBySeverity);
    }

    private static RecordedFinding finding(ResultSet row, int first) throws SQLException {
        return new RecordedFinding(row.getString(first), row.getString(first + 1), row.getString(first + 2),
                row.getString(first + 3), row.getString(first + 4), row.getString(first + 5),
                row.getString(first + 6), row.getString(first + 7), row.getString(first + 8),
                row.getString(first + 9), row.getString(first + 10), row.getInt(first + 11));
    }

    /** Findings counted by severity and status, in tmj's order of each (highest severity, open first). */
    private static final class Counts {
        final Map<String, Integer> bySeverity = new HashMap<>();
        final Map<String, Integer> byStatus = new HashMap<>();
        final Map<String, Integer> openBySeverity = new HashMap<>();

        void add(String severity, String status, int count) {
            bySeverity.merge(severity, count, Integer::sum);
            byStatus.merge(status, count, Integer::sum);
            if (FindingStatus.OPEN.label().equals(status)) {
                openBySeverity.merge(severity, count, Integer::sum);
            }
        }
    }

    /** The severities from the highest: the order every listing and chart uses. */
    static List<String> severities() {
        List<String> labels = new ArrayList<>();
        Severity[] all = Severity.values();
        for (int i = all.length - 1; i >= 0; i--) {
            labels.add(all[i].label());
        }
        return labels;
    }
}
