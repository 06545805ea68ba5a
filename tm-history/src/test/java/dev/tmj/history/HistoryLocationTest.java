package dev.tmj.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.TmjException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryLocationTest {
    @TempDir
    Path folder;

    @Test
    void should_read_a_plain_path_as_an_sqlite_file_relative_to_the_base() {
        HistoryLocation location = HistoryLocation.parse(".tmj/history.db", folder);

        assertThat(location.kind()).isEqualTo(HistoryLocation.Kind.SQLITE);
        assertThat(location.file()).isEqualTo(folder.resolve(".tmj/history.db").toAbsolutePath());
        assertThat(location.url()).isEqualTo("jdbc:sqlite:" + location.file());
        assertThat(HistoryLocation.parse("jdbc:sqlite:h.db", folder).file()).isEqualTo(folder.resolve("h.db"));
    }

    @Test
    void should_read_a_postgresql_url_and_show_it_without_credentials() {
        HistoryLocation location = HistoryLocation.parse("jdbc:postgresql://ci:s3cret@db.example:5433/tmj?password=s3cret",
                folder);

        assertThat(location.kind()).isEqualTo(HistoryLocation.Kind.POSTGRESQL);
        assertThat(location.display()).isEqualTo("jdbc:postgresql://db.example:5433/tmj");
        assertThat(location.toString()).doesNotContain("s3cret");
    }

    @Test
    void should_refuse_other_databases_and_a_postgresql_url_without_a_host_in_one_line() {
        assertThatThrownBy(() -> HistoryLocation.parse("jdbc:mysql://db/tmj?password=s3cret", folder))
                .isInstanceOf(TmjException.class).hasMessage("--history jdbc:mysql://db/tmj: tmj records into "
                        + "SQLite (a file path) or PostgreSQL (jdbc:postgresql://...), not this database");
        assertThatThrownBy(() -> HistoryLocation.parse("jdbc:postgresql:tmj", folder))
                .isInstanceOf(TmjException.class)
                .hasMessage("--history jdbc:postgresql:tmj: a PostgreSQL URL is jdbc:postgresql://HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> HistoryLocation.parse(" ", folder)).isInstanceOf(TmjException.class)
                .hasMessage("--history: give a file path or a jdbc:postgresql:// URL");
    }

    @Test
    void should_say_in_one_line_without_the_password_that_postgresql_cannot_be_reached() {
        HistoryLocation location = HistoryLocation.parse("jdbc:postgresql://127.0.0.1:1/tmj?password=url-s3cret",
                folder);

        assertThatThrownBy(() -> HistoryStore.open(location, Map.of("TMJ_HISTORY_USER", "ci",
                "TMJ_HISTORY_PASSWORD", "env-s3cret")))
                .isInstanceOf(HistoryException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .startsWith("history jdbc:postgresql://127.0.0.1:1/tmj: cannot create or migrate its schema: ")
                        .contains("127.0.0.1:1").doesNotContain("s3cret").doesNotContain("\n"));
    }

    @Test
    void should_say_in_one_line_that_an_sqlite_folder_cannot_be_made() throws Exception {
        Files.writeString(folder.resolve("file"), "not a folder");
        HistoryLocation location = HistoryLocation.parse("file/history.db", folder);

        assertThatThrownBy(() -> HistoryStore.open(location, Map.of())).isInstanceOf(HistoryException.class)
                .hasMessageStartingWith("history " + folder.resolve("file/history.db") + ": cannot create its folder: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
