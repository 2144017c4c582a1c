package de.kundenstimme.reporting.control;

import de.kundenstimme.feedback.control.SatisfactionFigures;
import de.kundenstimme.reporting.control.Figures.Amount;
import de.kundenstimme.reporting.control.Figures.CategoryTrend;
import de.kundenstimme.reporting.control.Figures.CauseShare;
import de.kundenstimme.reporting.control.Figures.Count;
import de.kundenstimme.reporting.control.Figures.MonthChannel;
import de.kundenstimme.reporting.control.Figures.MonthCompliance;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes every figure of DOMAIN.md ("Figures leadership gets") in the database, summed from the
 * daily figures ({@link DailyFigures}: per day of receipt and department) after bringing them up
 * to date, so a year of a million cases is a few thousand rows. The cohort is the complaints
 * received in the period (German local dates): a case received in January counts for January even
 * if it is resolved, escalated or compensated in February. Business days come from business_day.
 * Deadlines not yet met are kept by their due date, so compliance "as of" any day stays exact.
 * The dashboard, the leadership report and the REST API all call {@link #figures}; a result is kept
 * ({@link FiguresCache}) until a day it is summed from is recomputed, so they agree on the same numbers.
 */
@ApplicationScoped
public class Evaluation {

    private static final String MONTH = "date_format(f.day, '%Y-%m')";
    private static final String CATEGORY_LABEL = "concat_ws(' › ', parent.name_de, cat.name_de)";

    @Resource(lookup = "java:jboss/datasources/KundenstimmeDS")
    DataSource dataSource;

    @Inject
    DailyFigures daily;

    private final FiguresCache cache = new FiguresCache(Clock.systemUTC());

    protected Evaluation() {
    }

    public Evaluation(DataSource dataSource) {
        this.dataSource = dataSource;
        this.daily = new DailyFigures(dataSource);
    }

    /** The figures for the complaints received in the period, of one department (its id) or all (null). */
    public Figures figures(Period period, Long departmentId, String departmentCode, LocalDate asOf) {
        daily.refresh();
        try (Connection connection = dataSource.getConnection()) {
            return cache.figures(period, departmentId, asOf, FiguresCache.version(connection, period.to()),
                    () -> compute(connection, period, departmentId, departmentCode, asOf));
        } catch (SQLException e) {
            throw new IllegalStateException("Figures could not be computed", e);
        }
    }

    private static Figures compute(Connection connection, Period period, Long departmentId, String departmentCode,
                                   LocalDate asOf) throws SQLException {
        Days days = new Days(connection, period.from(), period.to(), departmentId);
        Period before = period.previous();
        Days previous = new Days(connection, before.from(), before.to(), departmentId);
        Object[] summary = days.row("select coalesce(sum(f.received), 0), coalesce(sum(f.acknowledged_in_time), 0),"
                + " coalesce(sum(f.acknowledged), 0), coalesce(sum(f.resolved_in_time), 0), coalesce(sum(f.resolved), 0),"
                + " coalesce(sum(f.escalated), 0), coalesce(sum(f.reopened), 0), coalesce(sum(f.rejected), 0),"
                + " coalesce(sum(f.first_contact), 0), coalesce(sum(f.goodwill_eur), 0), coalesce(sum(f.answers), 0),"
                + " coalesce(sum(f.satisfaction_sum), 0), coalesce(sum(f.satisfied), 0), coalesce(sum(f.promoters), 0),"
                + " coalesce(sum(f.detractors), 0) from figure_day f where " + days.where());
        long received = number(summary[0]);
        Map<String, long[]> overdue = overdueByMonth(days, asOf);
        long[] overdueTotal = overdue.values().stream()
                .reduce(new long[2], (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
        List<Count> byCategory = categories(days);
        return new Figures(period, departmentCode, asOf, received,
                days.counts("select f.item, f.item, sum(f.cases) n from figure_count f where " + days.of(DailyFigures.CHANNEL)
                        + " group by f.item order by n desc, f.item"),
                byCategory,
                days.counts("select coalesce(p.code, ''), coalesce(p.name, ''), v.n from (select f.item, sum(f.cases) n"
                        + " from figure_count f where " + days.of(DailyFigures.PRODUCT) + " group by f.item) v"
                        + " left join product p on v.item <> '' and p.id = v.item order by v.n desc, p.code"),
                days.counts("select d.code, d.name, v.n from (select f.department_id, sum(f.received) n from figure_day f"
                        + " where " + days.where() + " group by f.department_id) v"
                        + " join department d on d.id = v.department_id where v.n > 0 order by v.n desc, d.code"),
                days.counts("select " + MONTH + " m, " + MONTH + ", sum(f.received) n from figure_day f where " + days.where()
                        + " group by m having n > 0 order by m"),
                monthsAndChannels(days),
                days.distribution(DailyFigures.FIRST_RESPONSE),
                days.distribution(DailyFigures.RESOLUTION),
                new Share(number(summary[1]), number(summary[2]) + overdueTotal[0]),
                new Share(number(summary[3]), number(summary[4]) + overdueTotal[1]),
                complianceByMonth(days, overdue),
                new Share(number(summary[5]), received),
                new Share(number(summary[6]), received),
                new Share(number(summary[7]), received),
                new Share(number(summary[8]), received),
                (BigDecimal) summary[9],
                days.amounts("select cat.code, " + CATEGORY_LABEL + ", v.eur from (select f.item, sum(f.goodwill_eur) eur"
                        + " from figure_count f where " + days.of(DailyFigures.CATEGORY) + " group by f.item) v"
                        + " join category cat on cat.id = v.item left join category parent on parent.id = cat.parent_id"
                        + " where v.eur > 0 order by v.eur desc, cat.code"),
                days.amounts("select " + MONTH + " m, " + MONTH + ", sum(f.goodwill_eur) eur from figure_day f where "
                        + days.where() + " group by m having eur > 0 order by m"),
                backlog(connection, period, departmentId, asOf),
                trend(byCategory, categories(previous)),
                rootCauses(days),
                SatisfactionFigures.of((int) number(summary[10]), number(summary[11]), number(summary[12]),
                        number(summary[13]), number(summary[14])));
    }

    private static List<Count> categories(Days days) throws SQLException {
        return days.counts("select cat.code, " + CATEGORY_LABEL + ", v.n from (select f.item, sum(f.cases) n from figure_count f"
                + " where " + days.of(DailyFigures.CATEGORY) + " group by f.item) v join category cat on cat.id = v.item"
                + " left join category parent on parent.id = cat.parent_id order by v.n desc, cat.code");
    }

    private static List<MonthChannel> monthsAndChannels(Days days) throws SQLException {
        List<MonthChannel> result = new ArrayList<>();
        days.each("select " + MONTH + " m, f.item, sum(f.cases) from figure_count f where " + days.of(DailyFigures.CHANNEL)
                + " group by m, f.item order by m, f.item", row -> result.add(new MonthChannel(row.getString(1),
                row.getString(2), row.getLong(3))));
        return result;
    }

    /**
     * Per month, the cases whose deadline passed by {@code asOf} without being met: never acknowledged
     * ([0]), open and never resolved ([1]). They count against compliance; deadlines still ahead do not.
     */
    private static Map<String, long[]> overdueByMonth(Days days, LocalDate asOf) throws SQLException {
        Map<String, long[]> result = new LinkedHashMap<>();
        days.each("select " + MONTH + " m, f.dimension, sum(f.cases) from figure_count f where f.dimension in ('"
                + DailyFigures.ACKNOWLEDGEMENT_PENDING + "', '" + DailyFigures.RESOLUTION_PENDING + "') and f.item < ? and "
                + days.where() + " group by m, f.dimension", row -> result.computeIfAbsent(row.getString(1), m -> new long[2])
                [DailyFigures.ACKNOWLEDGEMENT_PENDING.equals(row.getString(2)) ? 0 : 1] += row.getLong(3), asOf.toString());
        return result;
    }

    private static List<MonthCompliance> complianceByMonth(Days days, Map<String, long[]> overdue) throws SQLException {
        List<MonthCompliance> result = new ArrayList<>();
        days.each("select " + MONTH + " m, coalesce(sum(f.acknowledged_in_time), 0), coalesce(sum(f.acknowledged), 0),"
                + " coalesce(sum(f.resolved_in_time), 0), coalesce(sum(f.resolved), 0), sum(f.received) n"
                + " from figure_day f where " + days.where() + " group by m having n > 0 order by m", row -> {
                    long[] late = overdue.getOrDefault(row.getString(1), new long[2]);
                    result.add(new MonthCompliance(row.getString(1), new Share(row.getLong(2), row.getLong(3) + late[0]),
                            new Share(row.getLong(4), row.getLong(5) + late[1])));
                });
        return result;
    }

    /** Open cases received up to the end of the period, by business days since receipt on {@code asOf}. */
    private static List<Count> backlog(Connection connection, Period period, Long departmentId, LocalDate asOf)
            throws SQLException {
        Days upToEnd = new Days(connection, BusinessCalendar.FIRST_DAY, period.to(), departmentId);
        Map<String, Long> bands = new LinkedHashMap<>();
        Figures.AGE_BANDS.forEach(band -> bands.put(band, 0L));
        upToEnd.each("select case when x.d <= 2 then '0-2' when x.d <= 5 then '3-5' when x.d <= 10 then '6-10'"
                + " when x.d <= 20 then '11-20' else '21+' end band, sum(x.n) from (select t.ordinal - r.ordinal d,"
                + " f.open_cases n from figure_day f join business_day r on r.day = f.day join business_day t on t.day = ?"
                + " where f.open_cases > 0 and " + upToEnd.where() + ") x group by band",
                row -> bands.put(row.getString(1), row.getLong(2)), asOf);
        return bands.entrySet().stream().map(e -> new Count(e.getKey(), e.getKey(), e.getValue())).toList();
    }

    /** The top categories of the period against their own count in the previous period. */
    static List<CategoryTrend> trend(List<Count> now, List<Count> before) {
        Map<String, Long> previous = new LinkedHashMap<>();
        before.forEach(count -> previous.put(count.key(), count.cases()));
        return now.stream()
                .sorted(Comparator.comparingLong(Count::cases).reversed().thenComparing(Count::key))
                .limit(Figures.TOP)
                .map(count -> new CategoryTrend(count.key(), count.label(), count.cases(),
                        previous.getOrDefault(count.key(), 0L)))
                .toList();
    }

    private static List<CauseShare> rootCauses(Days days) throws SQLException {
        List<CauseShare> result = new ArrayList<>();
        days.each("select f.item, sum(f.cases) n, sum(f.goodwill_eur) from figure_count f where " + days.of(DailyFigures.CAUSE)
                + " group by f.item order by n desc, f.item",
                row -> result.add(new CauseShare(row.getString(1), row.getLong(2), row.getBigDecimal(3))));
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The days of receipt between two dates (inclusive), optionally of one department, and the queries over their figures. */
    private static final class Days {

        private final Connection connection;
        private final LocalDate from;
        private final LocalDate to;
        private final Long departmentId;

        Days(Connection connection, LocalDate from, LocalDate to, Long departmentId) {
            this.connection = connection;
            this.from = from;
            this.to = to;
            this.departmentId = departmentId;
        }

        /** The condition on figure_day or figure_count f; its parameters follow any the query sets before it. */
        String where() {
            return "f.day between ? and ?" + (departmentId == null ? "" : " and f.department_id = ?");
        }

        /** The condition on the figure_count rows of one dimension. */
        String of(String dimension) {
            return "f.dimension = '" + dimension + "' and " + where();
        }

        Object[] row(String sql) throws SQLException {
            Object[][] result = new Object[1][];
            each(sql, row -> {
                Object[] values = new Object[row.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getObject(i + 1);
                }
                result[0] = values;
            });
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

        Distribution distribution(String dimension) throws SQLException {
            List<Distribution.Bucket> buckets = new ArrayList<>();
            each("select cast(f.item as signed) d, sum(f.cases) from figure_count f where " + of(dimension)
                    + " group by d order by d", row -> buckets.add(new Distribution.Bucket(row.getInt(1), row.getLong(2))));
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
