package dev.tmj.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The history in an SQLite file, through its JDBC driver. */
class SqliteHistoryStoreTest extends HistoryStoreContract {
    @TempDir
    Path folder;
    private int databases;

    @Override
    HistoryLocation emptyDatabase() {
        // a folder that does not exist yet, as .tmj/ on first use
        return HistoryLocation.parse(".tmj/history-" + databases++ + ".db", folder);
    }

    @Override
    Map<String, String> env() {
        return Map.of();
    }

    @Override
    Connection rawConnection(HistoryLocation location) throws SQLException {
        return new org.sqlite.SQLiteDataSource() {
            {
                setUrl(location.url());
            }
        }.getConnection();
    }
}
