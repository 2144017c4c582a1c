package de.kundenstimme.administration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A department of its own for a test, written straight into the test database: its users
 * (password "demo"), categories and absences. Codes and names carry a suffix unique to the run,
 * so the demo departments and other tests never see its cases or its handlers.
 */
public final class OrganisationFixture {

    private final String suffix;
    private final String departmentCode;
    private final String departmentName;
    private final long departmentId;

    private OrganisationFixture(String name) {
        this.suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        this.departmentCode = "IT_" + suffix;
        this.departmentName = name + " " + suffix;
        this.departmentId = insert("insert into department (code, name) values (?, ?)", departmentCode, departmentName);
    }

    public static OrganisationFixture department(String name) {
        return new OrganisationFixture(name);
    }

    public long id() {
        return departmentId;
    }

    public String code() {
        return departmentCode;
    }

    public String name() {
        return departmentName;
    }

    /** A code or user name unique to this department. */
    public String unique(String prefix) {
        return prefix + "_" + suffix;
    }

    public String username(String prefix) {
        return (prefix + "." + suffix).toLowerCase(Locale.ROOT);
    }

    /** A user of this department with the demo password; {@code role} is HANDLER or MANAGER. */
    public long user(String username, String fullName, String role) {
        long id = insert("insert into app_user (username, password_hash, full_name, email, department_id)"
                        + " select ?, password_hash, ?, ?, ? from app_user where username = 'handler.service'",
                username, fullName, username + "@kundenstimme.example", departmentId);
        insert("insert into user_role (user_id, role) values (?, ?)", id, role);
        return id;
    }

    /** A category of this department; {@code parentId} null for a first-level one, {@code ownerId} null for round-robin. */
    public long category(String code, String nameDe, Long parentId, Long ownerId) {
        return insert("insert into category (code, name_de, name_en, parent_id, department_id, default_owner_id, routing)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", code, nameDe, nameDe + " (en)", parentId, departmentId, ownerId,
                ownerId == null ? "ROUND_ROBIN" : "DEFAULT_OWNER");
    }

    public void absence(long userId, long deputyId, LocalDate from, LocalDate to) {
        insert("insert into absence (user_id, deputy_id, kind, starts_on, ends_on, created_by, created_at)"
                + " values (?, ?, 'HOLIDAY', ?, ?, 'it', current_timestamp(6))", userId, deputyId, from, to);
    }

    public static Map<String, String> settings() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name, value from app_setting")) {
            Map<String, String> settings = new HashMap<>();
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
            return settings;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts the settings back as they were, so a test that changed them leaves no trace. */
    public static void restore(Map<String, String> settings) {
        try (Connection connection = connect();
             PreparedStatement update = connection.prepareStatement("update app_setting set value = ? where name = ?")) {
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                update.setString(1, setting.getValue());
                update.setString(2, setting.getKey());
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(String sql, Object... parameters) {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }
}
