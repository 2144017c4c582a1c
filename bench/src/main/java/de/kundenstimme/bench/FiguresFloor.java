package de.kundenstimme.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The floor of the evaluation paths: the statements reporting.control.Evaluation sends for one
 * set of figures (from the daily figures, after finding no stale day), for the month and the year
 * the scenarios ask for, of the company and of one department. The monthly report's floor is the
 * figures of its year and of the year before (what its summary compares), once each.
 */
final class FiguresFloor {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String MONTH = "date_format(f.day, '%Y-%m')";
    private static final String LABEL = "concat_ws(' › ', parent.name_de, cat.name_de)";

    private FiguresFloor() {
    }

    /** The last whole month and the twelve whole months before this one, their previous periods, the department. */
    static void pickSample(Connection db, long department, Map<String, Object> sample, Properties paths) throws SQLException {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate monthFrom = today.withDayOfMonth(1).minusMonths(1);
        LocalDate yearFrom = today.withDayOfMonth(1).minusMonths(12);
        LocalDate end = today.withDayOfMonth(1).minusDays(1);
        sample.put("monthFrom", monthFrom);
        sample.put("monthTo", end);
        sample.put("monthBeforeFrom", monthFrom.minusMonths(1));
        sample.put("monthBeforeTo", monthFrom.minusDays(1));
        sample.put("yearFrom", yearFrom);
        sample.put("yearTo", end);
        sample.put("yearBeforeFrom", yearFrom.minusMonths(12));
        sample.put("yearBeforeTo", yearFrom.minusDays(1));
        sample.put("firstDay", LocalDate.of(2000, 1, 1));
        sample.put("asOf", today);
        sample.put("asOfText", today.toString());
        paths.setProperty("figuresMonthFrom", monthFrom.toString());
        paths.setProperty("figuresMonthTo", end.toString());
        paths.setProperty("figuresYearFrom", yearFrom.toString());
        paths.setProperty("figuresYearTo", end.toString());
        try (PreparedStatement s = db.prepareStatement("select code from department where id = ?")) {
            s.setLong(1, department);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                paths.setProperty("departmentCode", r.getString(1));
            }
        }
    }

    /** name -> statements, without the authentication an API request adds. */
    static Map<String, List<String>> routes() {
        Map<String, List<String>> routes = new java.util.LinkedHashMap<>();
        for (String span : List.of("month", "year")) {
            for (boolean department : new boolean[]{false, true}) {
                routes.put(span + (department ? " department" : ""), figures(span, department));
            }
        }
        List<String> report = new ArrayList<>(figures("year", false));
        report.addAll(figures("yearBefore", false));
        routes.put("report", report);
        return routes;
    }

    /** The statements of one Evaluation.figures call. */
    private static List<String> figures(String span, boolean department) {
        String before = span.equals("month") ? "monthBefore" : span.equals("year") ? "yearBefore" : null;
        String where = where(span, department);
        List<String> sql = new ArrayList<>();
        sql.add("select day from figure_stale_day order by day");
        sql.add("select coalesce(sum(f.received), 0), coalesce(sum(f.acknowledged_in_time), 0), coalesce(sum(f.acknowledged), 0),"
                + " coalesce(sum(f.resolved_in_time), 0), coalesce(sum(f.resolved), 0), coalesce(sum(f.escalated), 0),"
                + " coalesce(sum(f.reopened), 0), coalesce(sum(f.rejected), 0), coalesce(sum(f.first_contact), 0),"
                + " coalesce(sum(f.goodwill_eur), 0), coalesce(sum(f.answers), 0), coalesce(sum(f.satisfaction_sum), 0),"
                + " coalesce(sum(f.satisfied), 0), coalesce(sum(f.promoters), 0), coalesce(sum(f.detractors), 0)"
                + " from figure_day f where " + where);
        sql.add("select " + MONTH + " m, f.dimension, sum(f.cases) from figure_count f where f.dimension in"
                + " ('ACKNOWLEDGEMENT_PENDING', 'RESOLUTION_PENDING') and f.item < :asOfText and " + where + " group by m, f.dimension");
        sql.add(categories(where));
        sql.add("select f.item, f.item, sum(f.cases) n from figure_count f where f.dimension = 'CHANNEL' and " + where
                + " group by f.item order by n desc, f.item");
        sql.add("select coalesce(p.code, ''), coalesce(p.name, ''), v.n from (select f.item, sum(f.cases) n from figure_count f"
                + " where f.dimension = 'PRODUCT' and " + where + " group by f.item) v left join product p on v.item <> ''"
                + " and p.id = v.item order by v.n desc, p.code");
        sql.add("select d.code, d.name, v.n from (select f.department_id, sum(f.received) n from figure_day f where " + where
                + " group by f.department_id) v join department d on d.id = v.department_id where v.n > 0 order by v.n desc, d.code");
        sql.add("select " + MONTH + " m, " + MONTH + ", sum(f.received) n from figure_day f where " + where
                + " group by m having n > 0 order by m");
        sql.add("select " + MONTH + " m, f.item, sum(f.cases) from figure_count f where f.dimension = 'CHANNEL' and " + where
                + " group by m, f.item order by m, f.item");
        for (String measure : List.of("FIRST_RESPONSE", "RESOLUTION")) {
            sql.add("select cast(f.item as signed) d, sum(f.cases) from figure_count f where f.dimension = '" + measure
                    + "' and " + where + " group by d order by d");
        }
        sql.add("select " + MONTH + " m, coalesce(sum(f.acknowledged_in_time), 0), coalesce(sum(f.acknowledged), 0),"
                + " coalesce(sum(f.resolved_in_time), 0), coalesce(sum(f.resolved), 0), sum(f.received) n from figure_day f"
                + " where " + where + " group by m having n > 0 order by m");
        sql.add("select cat.code, " + LABEL + ", v.eur from (select f.item, sum(f.goodwill_eur) eur from figure_count f"
                + " where f.dimension = 'CATEGORY' and " + where + " group by f.item) v join category cat on cat.id = v.item"
                + " left join category parent on parent.id = cat.parent_id where v.eur > 0 order by v.eur desc, cat.code");
        sql.add("select " + MONTH + " m, " + MONTH + ", sum(f.goodwill_eur) eur from figure_day f where " + where
                + " group by m having eur > 0 order by m");
        sql.add("select case when x.d <= 2 then '0-2' when x.d <= 5 then '3-5' when x.d <= 10 then '6-10'"
                + " when x.d <= 20 then '11-20' else '21+' end band, sum(x.n) from (select t.ordinal - r.ordinal d,"
                + " f.open_cases n from figure_day f join business_day r on r.day = f.day join business_day t on t.day = :asOf"
                + " where f.open_cases > 0 and f.day between :firstDay and :" + span + "To"
                + (department ? " and f.department_id = :department" : "") + ") x group by band");
        if (before != null) {
            sql.add(categories(where(before, department)));
        }
        sql.add("select f.item, sum(f.cases) n, sum(f.goodwill_eur) from figure_count f where f.dimension = 'CAUSE' and "
                + where + " group by f.item order by n desc, f.item");
        return sql;
    }

    private static String categories(String where) {
        return "select cat.code, " + LABEL + ", v.n from (select f.item, sum(f.cases) n from figure_count f"
                + " where f.dimension = 'CATEGORY' and " + where + " group by f.item) v join category cat on cat.id = v.item"
                + " left join category parent on parent.id = cat.parent_id order by v.n desc, cat.code";
    }

    private static String where(String span, boolean department) {
        return "f.day between :" + span + "From and :" + span + "To" + (department ? " and f.department_id = :department" : "");
    }
}
