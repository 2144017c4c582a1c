package de.kundenstimme.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only looks into the test database, for what the API does not show (history rows) and to
 * prove that a refused request saved nothing.
 */
public final class Database {

    private Database() {
    }

    public static long count(String sql, Object... parameters) {
        List<String> rows = strings(sql, parameters);
        return Long.parseLong(rows.get(0));
    }

    /** The first column of each row, as text. */
    public static List<String> strings(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("db.url"),
                System.getProperty("db.user"), System.getProperty("db.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long goodwillOf(String caseNumber) {
        return count("select count(*) from goodwill g join complaint c on c.id = g.complaint_id where c.case_number = ?",
                caseNumber);
    }

    public static List<String> historyActions(String caseNumber) {
        return strings("select h.action from complaint_history h join complaint c on c.id = h.complaint_id"
                + " where c.case_number = ? order by h.id", caseNumber);
    }
}
