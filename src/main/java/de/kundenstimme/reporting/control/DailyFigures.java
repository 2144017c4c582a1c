package de.kundenstimme.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps figure_day and figure_count equal to what the cases say. Database triggers (V062) mark a
 * day of receipt stale whenever one of its cases, their goodwill, escalations, steps, reopenings or
 * survey answers change, also for rows loaded past the application; {@link #refresh} recomputes
 * each stale day from its cases, a day per transaction, reading committed data while it holds the
 * day's mark: a change made meanwhile marks the day again. Claiming a mark waits for the writers
 * that hold it to commit (new writers queue behind, so steady capture cannot starve it), but only
 * briefly: a day a bulk load holds stays marked for the next refresh.
 */
@ApplicationScoped
public class DailyFigures {

    /** Dimensions of figure_count. */
    static final String CHANNEL = "CHANNEL";
    static final String CATEGORY = "CATEGORY";
    static final String PRODUCT = "PRODUCT";
    static final String CAUSE = "CAUSE";
    static final String FIRST_RESPONSE = "FIRST_RESPONSE";
    static final String RESOLUTION = "RESOLUTION";
    /** Unacknowledged cases by acknowledgement deadline, open unresolved ones by resolution deadline (ISO dates). */
    static final String ACKNOWLEDGEMENT_PENDING = "ACKNOWLEDGEMENT_PENDING";
    static final String RESOLUTION_PENDING = "RESOLUTION_PENDING";

    static final String OPEN = "c.status not in ('RESOLVED', 'CLOSED', 'REJECTED')";

    private static final Logger LOG = Logger.getLogger(DailyFigures.class.getName());
    private static final String GOODWILL = "(select sum(g.amount) from goodwill g where g.complaint_id = c.id and g.status = 'GRANTED')";
    private static final String OF_DAY = " from complaint c where c.received_on = ?";
    // Grouped by the expressions, not by their aliases: in a branch of a UNION, MariaDB does not
    // resolve a GROUP BY alias to the branch's own expression and folds every group into one.
    private static final String CAUSE_OF_CASE = "coalesce(c.root_cause, '" + Figures.NOT_RECORDED + "')";

    private static final String DAY = "insert into figure_day (day, department_id, received, acknowledged, acknowledged_in_time,"
            + " resolved, resolved_in_time, escalated, reopened, rejected, first_contact, open_cases, goodwill_eur, answers,"
            + " satisfaction_sum, satisfied, promoters, detractors)"
            + " select c.received_on, c.department_id, count(*),"
            + " count(c.acknowledged_on), coalesce(sum(c.acknowledged_on <= c.acknowledgement_due), 0),"
            + " count(c.resolved_on), coalesce(sum(c.resolved_on <= c.resolution_due), 0),"
            + " coalesce(sum(exists (select 1 from escalation e where e.complaint_id = c.id)), 0),"
            + " coalesce(sum(exists (select 1 from complaint_history h where h.complaint_id = c.id and h.action = 'REOPEN')), 0),"
            + " coalesce(sum(c.status = 'REJECTED'), 0),"
            + " coalesce(sum(c.status = 'CLOSED' and c.closed_on = c.received_on"
            + "   and not exists (select 1 from resolution_step s where s.complaint_id = c.id)), 0),"
            + " coalesce(sum(" + OPEN + "), 0), coalesce(sum(" + GOODWILL + "), 0),"
            + " count(s.satisfaction), coalesce(sum(s.satisfaction), 0), coalesce(sum(s.satisfaction >= 4), 0),"
            + " coalesce(sum(s.recommendation >= 9), 0), coalesce(sum(s.recommendation <= 6), 0)"
            + " from complaint c left join satisfaction_survey s on s.complaint_id = c.id and s.answered_at is not null"
            + " where c.received_on = ? group by c.received_on, c.department_id";

    private static final String COUNTS = "insert into figure_count (day, department_id, dimension, item, cases, goodwill_eur)"
            + " select c.received_on, c.department_id, '" + CHANNEL + "', c.channel, count(*), 0" + OF_DAY
            + " group by c.received_on, c.department_id, c.channel"
            + " union all select c.received_on, c.department_id, '" + CATEGORY + "', c.category_id, count(*),"
            + " coalesce(sum(" + GOODWILL + "), 0)" + OF_DAY + " group by c.received_on, c.department_id, c.category_id"
            + " union all select c.received_on, c.department_id, '" + PRODUCT + "', coalesce(c.product_id, ''), count(*), 0"
            + OF_DAY + " group by c.received_on, c.department_id, c.product_id"
            + " union all select c.received_on, c.department_id, '" + CAUSE + "', " + CAUSE_OF_CASE
            + ", count(*), coalesce(sum(" + GOODWILL + "), 0)" + OF_DAY
            + " and c.resolved_on is not null group by c.received_on, c.department_id, " + CAUSE_OF_CASE
            + " union all select c.received_on, c.department_id, '" + FIRST_RESPONSE + "', a.ordinal - r.ordinal, count(*), 0"
            + " from complaint c join business_day r on r.day = c.received_on join business_day a on a.day = c.acknowledged_on"
            + " where c.received_on = ? group by c.received_on, c.department_id, a.ordinal - r.ordinal"
            + " union all select c.received_on, c.department_id, '" + RESOLUTION + "', s.ordinal - r.ordinal, count(*), 0"
            + " from complaint c join business_day r on r.day = c.received_on join business_day s on s.day = c.resolved_on"
            + " where c.received_on = ? group by c.received_on, c.department_id, s.ordinal - r.ordinal"
            + " union all select c.received_on, c.department_id, '" + ACKNOWLEDGEMENT_PENDING + "', c.acknowledgement_due,"
            + " count(*), 0" + OF_DAY + " and c.acknowledged_on is null"
            + " group by c.received_on, c.department_id, c.acknowledgement_due"
            + " union all select c.received_on, c.department_id, '" + RESOLUTION_PENDING + "', c.resolution_due, count(*), 0"
            + OF_DAY + " and c.resolved_on is null and " + OPEN + " group by c.received_on, c.department_id, c.resolution_due";
    private static final int COUNTS_PARAMETERS = 8;
    private static final int CLAIM_WAIT_SECONDS = 2;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    @Resource(lookup = "java:jboss/datasources/KundenstimmeDS")
    DataSource dataSource;

    protected DailyFigures() {
    }

    public DailyFigures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Recomputes every day marked stale; returns how many. One caller at a time: a second waits and finds little left. */
    public synchronized int refresh() {
        int done = 0;
        try (Connection connection = dataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            boolean autoCommit = connection.getAutoCommit();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(false);
            try {
                // Days marked again meanwhile wait for the next refresh, so a steady stream of changes cannot keep it busy.
                for (LocalDate day : staleDays(connection)) {
                    done += recompute(connection, day) ? 1 : 0;
                }
            } finally {
                connection.setAutoCommit(autoCommit);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Daily figures could not be refreshed", e);
        }
        if (done > 100) {
            int days = done;
            LOG.info(() -> "Daily figures recomputed for " + days + " days of receipt");
        }
        return done;
    }

    private static List<LocalDate> staleDays(Connection connection) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select day from figure_stale_day order by day");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                days.add(rows.getObject(1, LocalDate.class));
            }
        }
        connection.commit();
        return days;
    }

    private static boolean recompute(Connection connection, LocalDate day) throws SQLException {
        try {
            if (!claim(connection, day)) {
                connection.commit();
                return false;
            }
            update(connection, "delete from figure_stale_day where day = ?", day, 1);
            update(connection, "delete from figure_day where day = ?", day, 1);
            update(connection, "delete from figure_count where day = ?", day, 1);
            update(connection, DAY, day, 1);
            update(connection, COUNTS, day, COUNTS_PARAMETERS);
            update(connection, "insert into figure_day_version (day, version) values (?, 1)"
                    + " on duplicate key update version = version + 1", day, 1);
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Locks the day's mark once the writers holding it have committed; false when it is gone (another
     * refresh did the day) or a writer holds it longer than a short wait (a bulk load under way).
     */
    private static boolean claim(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select day from figure_stale_day where day = ? for update wait " + CLAIM_WAIT_SECONDS)) {
            query.setObject(1, day);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                return false;
            }
            throw e;
        }
    }

    private static int update(Connection connection, String sql, LocalDate day, int times) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= times; i++) {
                statement.setObject(i, day);
            }
            return statement.executeUpdate();
        }
    }
}
