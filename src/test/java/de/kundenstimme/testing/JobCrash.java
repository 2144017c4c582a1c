package de.kundenstimme.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a server killed with kill -9 leaves of a batch job in the application's own tables: its row
 * still says running. The tests let the job fail at the point of the crash and then set its row
 * back; the job repository's side of a real crash (an execution left STARTED) cannot be faked while
 * the server runs, since JBeret keeps its executions in memory too. bench/fault-kill-import.sh and
 * bench/fault-kill-report.sh kill the real server.
 */
public final class JobCrash {

    private JobCrash() {
    }

    /** One statement that must change exactly one row, e.g. the application's run set back to running. */
    public static void leftRunning(String sql, Object... parameters) {
        assertEquals(1, execute(sql, parameters), sql);
    }

    /** A trigger that makes the job fail where the crash shall come, or its removal. */
    public static void trigger(String ddl) {
        execute(ddl);
    }

    private static int execute(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
