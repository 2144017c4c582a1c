package de.kundenstimme.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Read-only look-ups in the test database for what the REST API does not show: a category's or
 * user's id (for the list filters) and a case's history. The build passes db.url, db.user and
 * db.password to the tests; never used to change data.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The single number the query returns, e.g. a count or an id; fails if there is no row. */
    public static long number(String sql, Object... parameters) {
        String url = System.getProperty("db.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("db.url is not set: run the tests through Maven (failsafe)");
        }
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("db.user", ""),
                System.getProperty("db.password", ""));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setReadOnly(true);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No row for " + sql);
                }
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long categoryId(String code) {
        return number("select id from category where code = ?", code);
    }

    public static long departmentId(String code) {
        return number("select id from department where code = ?", code);
    }

    public static long userId(String username) {
        return number("select id from app_user where username = ?", username);
    }

    /** How often the case's history records this action (e.g. ACKNOWLEDGE, CAPTURED). */
    public static long historyCount(String caseNumber, String action) {
        return number("select count(*) from complaint_history h join complaint c on c.id = h.complaint_id"
                + " where c.case_number = ? and h.action = ?", caseNumber, action);
    }

    public static long customersWithEmail(String email) {
        return number("select count(*) from customer where email = ?", email);
    }
}
