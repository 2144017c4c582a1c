package de.kundenstimme.reporting.control;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Hand-made cases for the figure tests, written straight into the test database in a department
 * of their own, so the figures of that department are exactly what the test computed by hand.
 */
final class FiguresFixture {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final DataSource dataSource;
    private final String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    private long customerId;

    FiguresFixture() throws SQLException {
        MariaDbDataSource mariaDb = new MariaDbDataSource(System.getProperty("db.url"));
        mariaDb.setUser(System.getProperty("db.user"));
        mariaDb.setPassword(System.getProperty("db.password"));
        this.dataSource = mariaDb;
    }

    DataSource dataSource() {
        return dataSource;
    }

    long department(String name) throws SQLException {
        return insert("insert into department (code, name) values (?, ?)", name + "-" + marker, name + " " + marker);
    }

    String code(String name) {
        return name + "-" + marker;
    }

    long category(String name, Long parentId, long departmentId) throws SQLException {
        return insert("insert into category (code, name_de, name_en, parent_id, department_id) values (?, ?, ?, ?, ?)",
                code(name), name, name, parentId, departmentId);
    }

    /** A case; times are German local times, as a handler would read them. */
    long complaint(long departmentId, long categoryId, String channel, LocalDateTime received, LocalDate acknowledgementDue,
                   LocalDate resolutionDue, String status, LocalDateTime acknowledged, LocalDateTime resolved,
                   LocalDateTime closed, String rootCause) throws SQLException {
        if (customerId == 0) {
            customerId = insert("insert into customer (customer_number, last_name, created_at) values (?, ?, ?)",
                    "F" + marker, "Test", Timestamp.from(Instant.now()));
        }
        return insert("insert into complaint (case_number, channel, received_at, customer_id, category_id, priority,"
                        + " subject, verbatim, status, department_id, acknowledgement_due, resolution_due, acknowledged_at,"
                        + " resolved_at, closed_at, created_at, created_by, updated_at, root_cause)"
                        + " values (?, ?, ?, ?, ?, 'NORMAL', 'Test', 'Test', ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?)",
                "F" + UUID.randomUUID().toString().substring(0, 13), channel, utc(received), customerId, categoryId, status,
                departmentId, acknowledgementDue, resolutionDue, utc(acknowledged), utc(resolved), utc(closed),
                utc(received), utc(received), rootCause);
    }

    void goodwill(long complaintId, String amount, String status) throws SQLException {
        insert("insert into goodwill (complaint_id, kind, amount, description, status, proposed_by, proposed_at)"
                + " values (?, 'VOUCHER', ?, 'Gutschein', ?, 'test', ?)", complaintId, new BigDecimal(amount), status,
                Timestamp.from(Instant.now()));
    }

    void escalation(long complaintId, LocalDate deadline) throws SQLException {
        insert("insert into escalation (complaint_id, level, deadline_kind, deadline_date, reason, escalated_at, escalated_by)"
                + " values (?, 1, 'ACKNOWLEDGEMENT', ?, 'überfällig', ?, 'system')", complaintId, deadline,
                Timestamp.from(Instant.now()));
    }

    void history(long complaintId, String action) throws SQLException {
        insert("insert into complaint_history (complaint_id, occurred_at, actor, action) values (?, ?, 'test', ?)",
                complaintId, Timestamp.from(Instant.now()), action);
    }

    void step(long complaintId) throws SQLException {
        insert("insert into resolution_step (complaint_id, description, state, created_at, created_by)"
                + " values (?, 'Prüfen', 'DONE', ?, 'test')", complaintId, Timestamp.from(Instant.now()));
    }

    /** A survey sent about the case; answered when the scores are given. */
    void survey(long complaintId, Integer satisfaction, Integer recommendation) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        insert("insert into satisfaction_survey (complaint_id, token_hash, sent_to, sent_at, expires_at, answered_at,"
                        + " satisfaction, recommendation) values (?, ?, 'kunde@example.de', ?, ?, ?, ?, ?)", complaintId,
                (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""), now, now,
                satisfaction == null ? null : now, satisfaction, recommendation);
    }

    /** Any change straight in the database, past the application, as a bulk load or a repair would make it. */
    void execute(String sql, Object... values) throws SQLException {
        insert(sql, values);
    }

    private static LocalDateTime utc(LocalDateTime berlin) {
        // The server keeps instants as UTC wall time (hibernate.jdbc.time_zone=UTC); so does this fixture.
        return berlin == null ? null : berlin.atZone(BERLIN).withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime();
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
