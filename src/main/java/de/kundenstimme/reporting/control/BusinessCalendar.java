package de.kundenstimme.reporting.control;

import de.kundenstimme.complaint.control.DeadlineCalculator;
import de.kundenstimme.complaint.control.FederalState;

import de.kundenstimme.administration.control.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Keeps the table business_day numbered for the holiday region, so the database can count the
 * business days between two dates as a difference (and group by it) without knowing holidays.
 * The days come from the same {@link DeadlineCalculator} the deadlines use. Refilled, it marks
 * every day's {@link DailyFigures} stale.
 */
@ApplicationScoped
public class BusinessCalendar {

    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    @Resource(lookup = "java:jboss/datasources/KundenstimmeDS")
    DataSource dataSource;

    @Inject
    Settings settings;

    protected BusinessCalendar() {
    }

    public BusinessCalendar(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Covers the holiday region the admin configured (the one the deadlines use). */
    public void coverConfiguredRegion(LocalDate through) {
        cover(FederalState.valueOf(settings.all().getOrDefault("holiday.region", "NW")), through);
    }

    /** Fills the table for the region up to the end of the year after {@code through}, unless it is already. */
    public synchronized void cover(FederalState region, LocalDate through) {
        LocalDate last = LocalDate.of(through.getYear() + 1, 12, 31);
        try (Connection connection = dataSource.getConnection()) {
            if (covered(connection, region, last)) {
                return;
            }
            DeadlineCalculator calculator = new DeadlineCalculator(region);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement clear = connection.createStatement();
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into business_day (day, ordinal, region) values (?, ?, ?)")) {
                clear.executeUpdate("delete from business_day");
                int ordinal = 0;
                int batch = 0;
                for (LocalDate day = FIRST_DAY; !day.isAfter(last); day = day.plusDays(1)) {
                    if (calculator.isBusinessDay(day)) {
                        ordinal++;
                    }
                    insert.setObject(1, day);
                    insert.setInt(2, ordinal);
                    insert.setString(3, region.name());
                    insert.addBatch();
                    if (++batch % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                // Business days between dates may have moved: every day's figures are recomputed from the new numbers.
                clear.executeUpdate("insert ignore into figure_stale_day (day) select distinct received_on from complaint");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Business calendar could not be filled", e);
        }
    }

    private static boolean covered(Connection connection, FederalState region, LocalDate last) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*), min(region), max(region), max(day) from business_day")) {
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0 && region.name().equals(row.getString(2)) && region.name().equals(row.getString(3))
                        && !row.getObject(4, LocalDate.class).isBefore(last);
            }
        }
    }
}
