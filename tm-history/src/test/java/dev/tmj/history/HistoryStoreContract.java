package dev.tmj.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every history database must do, run against SQLite and a real PostgreSQL by the subclasses: each test gets
 * an empty database.
 */
abstract class HistoryStoreContract {
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final String HA03 = "ea42bd45ce51825f";     // Web server, HA03 (Low)
    static final String NOTIFY_DE01 = "42bb546d1c013511"; // the Notify flow, DE01
    static final String FALSE_POSITIVE = """
            - threat_id: HA03
              status: false positive
              owner: Security team
              justification: |-
                No version headers, "ever"
                checked in SEC-12
            """;

    /** An empty database of this kind. */
    abstract HistoryLocation emptyDatabase() throws Exception;

    /** The environment the store reads its credentials from. */
    abstract Map<String, String> env();

    /** A JDBC connection beside the store, to look at the tables themselves. */
    abstract Connection rawConnection(HistoryLocation location) throws SQLException;

    private HistoryStore open(HistoryLocation location) {
        return HistoryStore.open(location, env());
    }

    @Test
    void should_create_the_schema_on_an_empty_database_and_change_nothing_when_opened_again() throws Exception {
        HistoryLocation location = emptyDatabase();
        open(location);
        List<String> first = migrations(location);
        HistoryStore again = open(location);

        assertThat(first).containsExactly("1 runs and findings true");
        assertThat(migrations(location)).isEqualTo(first);
        assertThat(again.runs()).isEmpty();
        try (Connection c = rawConnection(location); Statement s = c.createStatement()) {
            for (String table : List.of("tmj_run", "tmj_finding", "tmj_notification")) {
                try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getInt(1)).as(table).isZero();
                }
            }
        }
    }

    private List<String> migrations(HistoryLocation location) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = rawConnection(location); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version, description, success FROM tmj_schema_history "
                        + "ORDER BY installed_rank")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getBoolean(3));
            }
        }
        return rows;
    }

    @Test
    void should_append_each_run_with_every_finding_and_read_it_back() throws Exception {
        HistoryStore store = open(emptyDatabase());
        RunRecord first = Shop.run(Shop.base(), T1);
        RunRecord second = Shop.run(Shop.yaml(FALSE_POSITIVE, true), T1.plusSeconds(60));

        long one = store.record(first);
        long two = store.record(second);

        assertThat(two).isGreaterThan(one);
        assertThat(store.runs()).extracting(Run::id).containsExactly(one, two);
        assertThat(store.findings(one)).isEqualTo(first.findings());
        assertThat(store.findings(two)).isEqualTo(second.findings());
        Run run = store.run(two).orElseThrow();
        assertThat(run.time()).isEqualTo(T1.plusSeconds(60));
        assertThat(run.commit()).isEqualTo(Shop.SOURCE.commit());
        assertThat(run.author()).isEqualTo("Ada <ada@example.com>");
        assertThat(run.libraries()).isEqualTo("tmj built-in (113 threats)");
        assertThat(run.gatePassed()).isFalse();
        assertThat(run.findingCount()).isEqualTo(64);
        assertThat(run.byStatus()).isEqualTo(Map.of("open", 63, "false positive", 1));
        // counted by the database, against the same counts of what was recorded
        assertThat(run.bySeverity()).isEqualTo(second.findings().stream().collect(java.util.stream.Collectors
                .groupingBy(RecordedFinding::severity, java.util.stream.Collectors.summingInt(f -> 1))));
        assertThat(run.openBySeverity()).isEqualTo(second.findings().stream().filter(RecordedFinding::isOpen)
                .collect(java.util.stream.Collectors.groupingBy(RecordedFinding::severity,
                        java.util.stream.Collectors.summingInt(f -> 1))));
        assertThat(run.openBySeverity().get("Low")).isEqualTo(run.bySeverity().get("Low") - 1);
        assertThat(store.findings(two)).filteredOn(f -> f.fingerprint().equals(HA03)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo("false positive");
                    assertThat(f.owner()).isEqualTo("Security team");
                    assertThat(f.justification()).isEqualTo("No version headers, \"ever\"\nchecked in SEC-12");
                    assertThat(f.ticket()).isNull();
                    assertThat(f.file()).isEqualTo(Shop.PATH);
                    assertThat(f.line()).isEqualTo(10);
                });
    }

    @Test
    void should_give_back_each_recorded_model_byte_for_byte() throws Exception {
        HistoryStore store = open(emptyDatabase());
        String before = Shop.base();
        String after = Shop.yaml(FALSE_POSITIVE, false);
        long one = store.record(Shop.run(before, T1));
        long two = store.record(Shop.run(after, T1.plusSeconds(1)));

        assertThat(store.model(one)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8))
                .isEqualTo(before));
        assertThat(store.model(two)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8))
                .isEqualTo(after));
        assertThat(store.run(one).orElseThrow().contentSha256())
                .isEqualTo(HistoryStore.sha256(before.getBytes(StandardCharsets.UTF_8))).hasSize(64);
        assertThat(store.model(two + 1)).isEmpty();
    }

    @Test
    void should_trace_a_finding_from_first_seen_through_each_decision_to_fixed_and_back() throws Exception {
        HistoryStore store = open(emptyDatabase());
        long one = store.record(Shop.run(Shop.base(), T1));
        long two = store.record(Shop.run(Shop.yaml(FALSE_POSITIVE, true), T1.plusSeconds(60)));
        store.record(Shop.run(Shop.yaml(FALSE_POSITIVE, true), T1.plusSeconds(120)));
        long four = store.record(Shop.run(Shop.yaml(FALSE_POSITIVE, false), T1.plusSeconds(180)));
        long five = store.record(Shop.run(Shop.yaml(FALSE_POSITIVE, true), T1.plusSeconds(240)));

        FindingTimeline ha03 = store.timeline(HA03);
        assertThat(ha03.events()).extracting(FindingTimeline.Event::kind, FindingTimeline.Event::runId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingTimeline.Kind.FIRST_SEEN, one),
                        org.assertj.core.groups.Tuple.tuple(FindingTimeline.Kind.CHANGED, two));
        assertThat(HistoryText.timeline(ha03)).containsExactly(
                "2026-12-01T10:00:00.000Z #" + one + " 0123456789ab models/shop.yaml first seen: HA03 on Web server"
                        + " (Low) open, at models/shop.yaml:10",
                "2026-12-01T10:01:00.000Z #" + two + " 0123456789ab models/shop.yaml changed: HA03 on Web server"
                        + " (Low) false positive, owner Security team, justification No version headers, \"ever\""
                        + " checked in SEC-12, at models/shop.yaml:10");
        assertThat(store.timeline(NOTIFY_DE01).events()).extracting(FindingTimeline.Event::kind,
                FindingTimeline.Event::runId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingTimeline.Kind.FIRST_SEEN, one),
                org.assertj.core.groups.Tuple.tuple(FindingTimeline.Kind.FIXED, four),
                org.assertj.core.groups.Tuple.tuple(FindingTimeline.Kind.SEEN_AGAIN, five));
        assertThat(store.timeline("0000000000000000").events()).isEmpty();
    }

    @Test
    void should_export_the_findings_since_a_time_as_csv_and_json() throws Exception {
        HistoryStore store = open(emptyDatabase());
        store.record(Shop.run(Shop.base(), T1));
        long two = store.record(Shop.run(Shop.yaml(FALSE_POSITIVE, true), T1.plusSeconds(3600)));

        List<HistoryExport.RunFindings> since = store.export(T1.plusSeconds(1));
        StringWriter csv = new StringWriter();
        HistoryExport.write(HistoryExport.Format.CSV, since, csv);
        StringWriter json = new StringWriter();
        HistoryExport.write(HistoryExport.Format.JSON, since, json);

        assertThat(since).extracting(r -> r.run().id()).containsExactly(two);
        List<String> records = List.of(csv.toString().split("\r\n", -1));
        assertThat(records).hasSize(1 + 64 + 1).first().isEqualTo(String.join(",", HistoryExport.COLUMNS));
        assertThat(records.get(records.size() - 1)).isEmpty();
        assertThat(csv.toString()).contains("," + HA03 + ",HA03,Web server,Low,false positive,Security team,"
                + "\"No version headers, \"\"ever\"\"\nchecked in SEC-12\",,,,models/shop.yaml,10\r\n");
        assertThat(records.get(1)).startsWith(two + ",2026-12-01T11:00:00.000Z,Shop,models/shop.yaml,");
        assertThat(json.toString()).startsWith("{\n  \"findings\": [\n    {\n      \"run\": " + two + ",\n")
                .contains("\"fingerprint\": \"" + HA03 + "\",\n      \"sid\": \"HA03\"")
                .contains("\"justification\": \"No version headers, \\\"ever\\\"\\nchecked in SEC-12\",\n"
                        + "      \"expires\": null,")
                .endsWith("\n  ]\n}\n");
        StringWriter again = new StringWriter();
        HistoryExport.write(HistoryExport.Format.JSON, store.export(T1.plusSeconds(1)), again);
        assertThat(again.toString()).isEqualTo(json.toString());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void should_lose_no_run_when_two_writers_record_at_once() throws Exception {
        HistoryLocation location = emptyDatabase();
        int perWriter = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                String yaml = w == 0 ? Shop.base() : Shop.yaml(FALSE_POSITIVE, false);
                writers.add(pool.submit(() -> {
                    start.await();
                    // each writer opens the store itself, so both also migrate the empty database at once
                    HistoryStore store = open(location);
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < perWriter; i++) {
                        ids.add(store.record(Shop.run(yaml, T1.plusSeconds(i))));
                    }
                    return ids;
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<List<Long>> writer : writers) {
                ids.addAll(writer.get(4, TimeUnit.MINUTES));
            }

            HistoryStore store = open(location);
            assertThat(Set.copyOf(ids)).hasSize(2 * perWriter);
            assertThat(store.runs()).extracting(Run::id).containsExactlyInAnyOrderElementsOf(ids);
            for (long id : ids) {
                assertThat(store.findings(id).size()).isIn(59, 64);
            }
            assertThat(migrations(location)).containsExactly("1 runs and findings true");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_remember_each_notified_finding_once_per_channel() throws Exception {
        HistoryStore store = open(emptyDatabase());
        long run = store.record(Shop.run(Shop.base(), T1));

        store.recordNotified("slack", run, List.of(HA03, NOTIFY_DE01), T1);
        store.recordNotified("slack", null, List.of(HA03), T1.plusSeconds(5));

        assertThat(store.notified("slack")).containsExactly(NOTIFY_DE01, HA03);
        assertThat(store.notified("teams")).isEmpty();
    }

    static Connection connect(String url, Map<String, String> env) throws SQLException {
        return env.isEmpty() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, env.get("TMJ_HISTORY_USER"), env.get("TMJ_HISTORY_PASSWORD"));
    }
}
