package dev.tmj.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The history in a real PostgreSQL server: the one {@code .ci/postgres start} runs (CI's {@code .ci/run} starts it
 * and sets {@code TMJ_REQUIRE_POSTGRES}, so that there these tests run or fail, never skip). Each test gets a
 * schema of its own.
 */
class PostgresHistoryStoreTest extends HistoryStoreContract {
    private static final String URL = System.getenv("TMJ_TEST_POSTGRES_URL");
    private static final Map<String, String> ENV = URL == null ? Map.of() : Map.of(
            "TMJ_HISTORY_USER", System.getenv().getOrDefault("TMJ_TEST_POSTGRES_USER", ""),
            "TMJ_HISTORY_PASSWORD", System.getenv().getOrDefault("TMJ_TEST_POSTGRES_PASSWORD", ""));
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());

    @BeforeAll
    static void needsAServer() {
        if (URL == null || URL.isEmpty()) {
            String reason = "PostgreSQL history tests skipped: no server configured (TMJ_TEST_POSTGRES_URL unset;"
                    + " start one with: eval \"$(.ci/postgres start)\")";
            if (System.getenv("TMJ_REQUIRE_POSTGRES") != null) {
                Assertions.fail(reason + ", but TMJ_REQUIRE_POSTGRES says this build must run them");
            }
            System.out.println(reason);
            Assumptions.abort(reason);
        }
    }

    @Override
    HistoryLocation emptyDatabase() throws SQLException {
        String schema = "tmj_test_" + RUN + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = connect(URL, ENV); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return HistoryLocation.parse(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                java.nio.file.Path.of(""));
    }

    @Override
    Map<String, String> env() {
        return ENV;
    }

    @Override
    Connection rawConnection(HistoryLocation location) throws SQLException {
        return connect(location.url(), ENV);
    }

    @Test
    void should_refuse_a_wrong_password_in_one_line_without_showing_it() throws Exception {
        HistoryLocation location = emptyDatabase();
        Map<String, String> wrong = Map.of("TMJ_HISTORY_USER", ENV.get("TMJ_HISTORY_USER"),
                "TMJ_HISTORY_PASSWORD", "not-the-Pa55word");

        assertThatThrownBy(() -> HistoryStore.open(location, wrong)).isInstanceOf(HistoryException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("history jdbc:postgresql://")
                        .contains("password authentication failed").doesNotContain("not-the-Pa55word",
                                "currentSchema").doesNotContain("\n"));
    }
}
