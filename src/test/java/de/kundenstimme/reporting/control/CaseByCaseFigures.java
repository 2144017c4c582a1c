package de.kundenstimme.reporting.control;

import de.kundenstimme.feedback.control.SatisfactionFigures;

import de.kundenstimme.reporting.control.Figures.Amount;
import de.kundenstimme.reporting.control.Figures.CauseShare;
import de.kundenstimme.reporting.control.Figures.Count;
import de.kundenstimme.reporting.control.Figures.MonthChannel;
import de.kundenstimme.reporting.control.Figures.MonthCompliance;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures computed straight from the cases, as the first version of {@link Evaluation} did
 * (plus satisfaction): the yardstick DailyFiguresIT holds the daily figures to. Test code only;
 * the application has one way to compute a figure.
 */
final class CaseByCaseFigures {

    private static final String OPEN = "c.status not in ('RESOLVED', 'CLOSED', 'REJECTED')";
    private static final String MONTH = "date_format(c.received_on, '%Y-%m')";
    private static final String CATEGORY_LABEL = "concat_ws(' › ', parent.name_de, cat.name_de)";

    private final DataSource dataSource;

    CaseByCaseFigures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The figures for the complaints received in the period, of one department (its id) or all (null). */
    Figures figures(Period period, Long departmentId, String departmentCode, LocalDate asOf) {
        try (Connection connection = dataSource.getConnection()) {
            Cohort cohort = new Cohort(connection, period.from(), period.to(), departmentId);
            Period before = period.previous();
            Cohort previous = new Cohort(connection, before.from(), before.to(), departmentId);
            Object[] summary = cohort.row("select count(*),"
                    + " coalesce(sum(c.acknowledged_on <= c.acknowledgement_due), 0),"
                    + " coalesce(sum(c.acknowledged_on is not null or c.acknowledgement_due < ?), 0),"
                    + " coalesce(sum(c.resolved_on <= c.resolution_due), 0),"
                    + " coalesce(sum(c.resolved_on is not null or (" + OPEN + " and c.resolution_due < ?)), 0),"
                    + " coalesce(sum(exists (select 1 from escalation e where e.complaint_id = c.id)), 0),"
                    + " coalesce(sum(exists (select 1 from complaint_history h where h.complaint_id = c.id"
                    + "   and h.action = 'REOPEN')), 0),"
                    + " coalesce(sum(c.status = 'REJECTED'), 0),"
                    + " coalesce(sum(c.status = 'CLOSED' and c.closed_on = c.received_on"
                    + "   and not exists (select 1 from resolution_step s where s.complaint_id = c.id)), 0)"
                    + " from complaint c where " + cohort.where(), asOf, asOf);
            long received = number(summary[0]);
            List<Count> byCategory = cohort.counts("select cat.code, " + CATEGORY_LABEL + ", v.n from (select c.category_id,"
                    + " count(*) n from complaint c where " + cohort.where() + " group by c.category_id) v"
                    + " join category cat on cat.id = v.category_id left join category parent on parent.id = cat.parent_id"
                    + " order by v.n desc, cat.code");
            List<Count> previousByCategory = previous.counts("select cat.code, " + CATEGORY_LABEL + ", v.n from"
                    + " (select c.category_id, count(*) n from complaint c where " + previous.where()
                    + " group by c.category_id) v join category cat on cat.id = v.category_id"
                    + " left join category parent on parent.id = cat.parent_id order by v.n desc, cat.code");
            return new Figures(period, departmentCode, asOf, received,
                    cohort.counts("select c.channel, c.channel, count(*) n from complaint c where " + cohort.where()
                            + " group by c.channel order by n desc, c.channel"),
                    byCategory,
                    cohort.counts("select coalesce(p.code, ''), coalesce(p.name, ''), v.n from (select c.product_id,"
                            + " count(*) n from complaint c where " + cohort.where() + " group by c.product_id) v"
                            + " left join product p on p.id = v.product_id order by v.n desc, p.code"),
                    cohort.counts("select d.code, d.name, v.n from (select c.department_id, count(*) n from complaint c"
                            + " where " + cohort.where() + " group by c.department_id) v"
                            + " join department d on d.id = v.department_id order by v.n desc, d.code"),
                    cohort.counts("select " + MONTH + " m, " + MONTH + ", count(*) from complaint c where " + cohort.where()
                            + " group by m order by m"),
                    monthsAndChannels(cohort),
                    cohort.distribution("select a.ordinal - r.ordinal d, count(*) from complaint c"
                            + " join business_day r on r.day = c.received_on join business_day a on a.day = c.acknowledged_on"
                            + " where " + cohort.where() + " group by d order by d"),
                    cohort.distribution("select s.ordinal - r.ordinal d, count(*) from complaint c"
                            + " join business_day r on r.day = c.received_on join business_day s on s.day = c.resolved_on"
                            + " where " + cohort.where() + " group by d order by d"),
                    new Share(number(summary[1]), number(summary[2])),
                    new Share(number(summary[3]), number(summary[4])),
                    complianceByMonth(cohort, asOf),
                    new Share(number(summary[5]), received),
                    new Share(number(summary[6]), received),
                    new Share(number(summary[7]), received),
                    new Share(number(summary[8]), received),
                    cohort.amount("select coalesce(sum(g.amount), 0) from complaint c straight_join goodwill g on g.complaint_id = c.id"
                            + " and g.status = 'GRANTED' where " + cohort.where()),
                    cohort.amounts("select cat.code, " + CATEGORY_LABEL + ", v.eur from (select c.category_id, sum(g.amount) eur"
                            + " from complaint c straight_join goodwill g on g.complaint_id = c.id and g.status = 'GRANTED'"
                            + " where " + cohort.where() + " group by c.category_id) v join category cat on cat.id = v.category_id"
                            + " left join category parent on parent.id = cat.parent_id order by v.eur desc, cat.code"),
                    cohort.amounts("select " + MONTH + " m, " + MONTH + ", sum(g.amount) from complaint c straight_join goodwill g"
                            + " on g.complaint_id = c.id and g.status = 'GRANTED' where " + cohort.where()
                            + " group by m order by m"),
                    backlog(connection, period, departmentId, asOf),
                    Evaluation.trend(byCategory, previousByCategory),
                    rootCauses(cohort),
                    satisfaction(cohort));
        } catch (SQLException e) {
            throw new IllegalStateException("Figures could not be computed", e);
        }
    }

    private static List<MonthChannel> monthsAndChannels(Cohort cohort) throws SQLException {
        List<MonthChannel> result = new ArrayList<>();
        cohort.each("select " + MONTH + " m, c.channel, count(*) from complaint c where " + cohort.where()
                + " group by m, c.channel order by m, c.channel", row -> result.add(new MonthChannel(row.getString(1),
                row.getString(2), row.getLong(3))));
        return result;
    }

    private static List<MonthCompliance> complianceByMonth(Cohort cohort, LocalDate asOf) throws SQLException {
        List<MonthCompliance> result = new ArrayList<>();
        cohort.each("select " + MONTH + " m,"
                + " coalesce(sum(c.acknowledged_on <= c.acknowledgement_due), 0),"
                + " coalesce(sum(c.acknowledged_on is not null or c.acknowledgement_due < ?), 0),"
                + " coalesce(sum(c.resolved_on <= c.resolution_due), 0),"
                + " coalesce(sum(c.resolved_on is not null or (" + OPEN + " and c.resolution_due < ?)), 0)"
                + " from complaint c where " + cohort.where() + " group by m order by m",
                row -> result.add(new MonthCompliance(row.getString(1), new Share(row.getLong(2), row.getLong(3)),
                        new Share(row.getLong(4), row.getLong(5)))), asOf, asOf);
        return result;
    }

    /** Open cases received up to the end of the period, by business days since receipt on {@code asOf}. */
    private static List<Count> backlog(Connection connection, Period period, Long departmentId, LocalDate asOf)
            throws SQLException {
        Cohort upToEnd = new Cohort(connection, BusinessCalendar.FIRST_DAY, period.to(), departmentId);
        Map<String, Long> bands = new LinkedHashMap<>();
        Figures.AGE_BANDS.forEach(band -> bands.put(band, 0L));
        upToEnd.each("select case when x.d <= 2 then '0-2' when x.d <= 5 then '3-5' when x.d <= 10 then '6-10'"
                + " when x.d <= 20 then '11-20' else '21+' end band, count(*) from (select t.ordinal - r.ordinal d"
                + " from complaint c join business_day r on r.day = c.received_on join business_day t on t.day = ?"
                + " where " + OPEN + " and " + upToEnd.where() + ") x group by band",
                row -> bands.put(row.getString(1), row.getLong(2)), asOf);
        return bands.entrySet().stream().map(e -> new Count(e.getKey(), e.getKey(), e.getValue())).toList();
    }

    private static List<CauseShare> rootCauses(Cohort cohort) throws SQLException {
        List<CauseShare> result = new ArrayList<>();
        cohort.each("select coalesce(c.root_cause, '" + Figures.NOT_RECORDED + "') cause, count(*),"
                + " coalesce(sum((select sum(g.amount) from goodwill g where g.complaint_id = c.id and g.status = 'GRANTED')), 0)"
                + " from complaint c where c.resolved_on is not null and " + cohort.where()
                + " group by cause order by count(*) desc, cause",
                row -> result.add(new CauseShare(row.getString(1), row.getLong(2), row.getBigDecimal(3))));
        return result;
    }

    private static SatisfactionFigures satisfaction(Cohort cohort) throws SQLException {
        List<SatisfactionFigures.Answer> answers = new ArrayList<>();
        cohort.each("select s.satisfaction, s.recommendation from complaint c join satisfaction_survey s"
                + " on s.complaint_id = c.id and s.answered_at is not null where " + cohort.where(),
                row -> answers.add(new SatisfactionFigures.Answer(row.getInt(1), row.getInt(2))));
        return SatisfactionFigures.of(answers);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The complaints received between two dates (inclusive), optionally of one department, and the queries over them. */
    private static final class Cohort {

        private final Connection connection;
        private final LocalDate from;
        private final LocalDate to;
        private final Long departmentId;

        Cohort(Connection connection, LocalDate from, LocalDate to, Long departmentId) {
            this.connection = connection;
            this.from = from;
            this.to = to;
            this.departmentId = departmentId;
        }

        /** The condition; its parameters are appended after any the query sets before it. */
        String where() {
            return "c.received_on between ? and ?" + (departmentId == null ? "" : " and c.department_id = ?");
        }

        Object[] row(String sql, Object... leading) throws SQLException {
            Object[][] result = new Object[1][];
            each(sql, row -> {
                Object[] values = new Object[row.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getObject(i + 1);
                }
                result[0] = values;
            }, leading);
            return result[0];
        }

        List<Count> counts(String sql) throws SQLException {
            List<Count> result = new ArrayList<>();
            each(sql, row -> result.add(new Count(row.getString(1), row.getString(2), row.getLong(3))));
            return result;
        }

        List<Amount> amounts(String sql) throws SQLException {
            List<Amount> result = new ArrayList<>();
            each(sql, row -> result.add(new Amount(row.getString(1), row.getString(2), row.getBigDecimal(3))));
            return result;
        }

        BigDecimal amount(String sql) throws SQLException {
            BigDecimal[] result = new BigDecimal[1];
            each(sql, row -> result[0] = row.getBigDecimal(1));
            return result[0];
        }

        Distribution distribution(String sql) throws SQLException {
            List<Distribution.Bucket> buckets = new ArrayList<>();
            each(sql, row -> buckets.add(new Distribution.Bucket(row.getInt(1), row.getLong(2))));
            return new Distribution(buckets);
        }

        void each(String sql, RowHandler handler, Object... leading) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object value : leading) {
                    statement.setObject(index++, value);
                }
                statement.setObject(index++, from);
                statement.setObject(index++, to);
                if (departmentId != null) {
                    statement.setLong(index, departmentId);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.accept(rows);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }
}
