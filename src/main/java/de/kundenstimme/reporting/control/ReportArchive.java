package de.kundenstimme.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The leadership reports requested, their progress and, once finished, their PDF and XLSX. Each
 * write is its own statement, so a run that dies leaves what it had finished and a restart
 * carries on from there.
 */
@ApplicationScoped
public class ReportArchive {

    /** Where a report stands; the batch run moves it along. */
    public enum Status {
        REQUESTED, RUNNING, FINISHED, FAILED, STOPPED
    }

    /** A report without its files. */
    public record Report(long id, Period period, LocalDate asOf, String requestedBy, Instant requestedAt, Long executionId,
                         Status status, int progress, Instant finishedAt, boolean hasPdf, boolean hasXlsx) {
    }

    private static final String COLUMNS = "id, period_from, period_to, as_of, requested_by, requested_at, execution_id,"
            + " status, progress, finished_at, pdf is not null, xlsx is not null";

    @Resource(lookup = "java:jboss/datasources/KundenstimmeDS")
    DataSource dataSource;

    public long create(Period period, LocalDate asOf, String requestedBy, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into leadership_report (period_from, period_to,"
                     + " as_of, requested_by, requested_at, status) values (?, ?, ?, ?, ?, 'REQUESTED')",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, period.from());
            insert.setObject(2, period.to());
            insert.setObject(3, asOf);
            insert.setString(4, requestedBy);
            insert.setObject(5, utc(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void started(long id, long executionId) {
        update("update leadership_report set execution_id = ?, status = 'RUNNING' where id = ?", executionId, id);
    }

    public void progress(long id, Status status, int percent) {
        update("update leadership_report set status = ?, progress = ? where id = ?", status.name(), percent, id);
    }

    public void status(long id, Status status) {
        update("update leadership_report set status = ? where id = ?", status.name(), id);
    }

    public void storeWorkbook(long id, byte[] xlsx) {
        update("update leadership_report set xlsx = ? where id = ?", xlsx, id);
    }

    public void storeDocument(long id, byte[] pdf) {
        update("update leadership_report set pdf = ? where id = ?", pdf, id);
    }

    public void finished(long id, Instant now) {
        update("update leadership_report set status = 'FINISHED', progress = 100, finished_at = ? where id = ?", utc(now), id);
    }

    public List<Report> recent(int limit) {
        return query("select " + COLUMNS + " from leadership_report order by requested_at desc, id desc limit " + limit);
    }

    /** Reports requested or running when the server went down: no server works on them any more. */
    public List<Report> interrupted() {
        return query("select " + COLUMNS + " from leadership_report where status in ('REQUESTED', 'RUNNING') order by id");
    }

    public Optional<Report> find(long id) {
        return query("select " + COLUMNS + " from leadership_report where id = " + id).stream().findFirst();
    }

    /** The file, "pdf" or "xlsx"; empty until the run wrote it. */
    public Optional<byte[]> file(long id, String kind) {
        String column = switch (kind) {
            case "pdf" -> "pdf";
            case "xlsx" -> "xlsx";
            default -> throw new IllegalArgumentException(kind);
        };
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select " + column + " from leadership_report where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The e-mail addresses of the active executives, who receive every finished report. */
    public List<String> executiveAddresses() {
        List<String> addresses = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select u.email from app_user u join user_role r"
                     + " on r.user_id = u.id where r.role = 'EXECUTIVE' and u.active and u.email is not null order by u.email");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                addresses.add(rows.getString(1));
            }
            return addresses;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Report> query(String sql) {
        List<Report> reports = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Long execution = rows.getObject(7, Long.class);
                reports.add(new Report(rows.getLong(1), new Period(rows.getObject(2, LocalDate.class),
                        rows.getObject(3, LocalDate.class)), rows.getObject(4, LocalDate.class), rows.getString(5),
                        instant(rows.getObject(6, LocalDateTime.class)), execution,
                        Status.valueOf(rows.getString(8)), rows.getInt(9), instant(rows.getObject(10, LocalDateTime.class)),
                        rows.getBoolean(11), rows.getBoolean(12)));
            }
            return reports;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Instants are kept as UTC wall time, as Hibernate keeps them elsewhere in the schema. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
