package de.kundenstimme.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The floor: the bare SQL each path of the application needs (the statements Hibernate issues
 * for it, read from MariaDB's general log), sent through JDBC by as many threads as Gatling has
 * users, nothing else. Also picks the sample the scenarios use (cases.csv, paths.properties).
 * <p>
 * Arguments: jdbc-url user password duration-seconds work-dir
 */
public final class Floor {

    private static final int THREADS = Integer.getInteger("bench.users", 20);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String CLOSED = "('RESOLVED','CLOSED','REJECTED')";

    /** What the app does for every API request: the identity store's two queries, then the caller. */
    private static final String[] AUTHENTICATION = {
            "select password_hash from app_user where username = :user and active = true",
            "select r.role from user_role r join app_user u on u.id = r.user_id where u.username = :user",
            "select u.*, d.* from app_user u left join department d on d.id = u.department_id where u.username = :user",
            "select r.user_id, r.role from user_role r where r.user_id = :userId"};
    /** The page's rows with everything the list shows, in one statement. */
    private static final String PAGE_LOAD = "select c.*, cu.*, ca.*, pa.*, d.*, o.*, p.* from complaint c"
            + " join customer cu on cu.id = c.customer_id join category ca on ca.id = c.category_id"
            + " left join category pa on pa.id = ca.parent_id join department d on d.id = c.department_id"
            + " left join app_user o on o.id = c.owner_id left join product p on p.id = c.product_id where c.id in (:ids)";
    private static final String REPEATS = "select c.id, count(*) from complaint c join complaint o on o.customer_id = c.customer_id"
            + " and o.received_at >= date_sub(c.received_at, interval 12 month) and (o.received_at < c.received_at"
            + " or (o.received_at = c.received_at and o.id <= c.id)) where c.id in (:ids) group by c.id";
    private static final String NEWEST_FIRST = " order by c.received_at desc, c.id desc limit 25";

    private final String url;
    private final String user;
    private final String password;
    private final Map<String, Object> sample = new java.util.HashMap<>();
    private final List<String[]> cases = new ArrayList<>();

    private Floor(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        Floor floor = new Floor(args[0], args[1], args[2]);
        long duration = Long.parseLong(args[3]);
        Path work = Path.of(args[4]);
        floor.pickSample(work);
        List<Route> paths = floor.paths();
        // About a quarter of the time Gatling spends on a path: the SQL alone needs fewer samples to settle.
        long each = Math.max(1, duration / 40);
        try (Writer out = Files.newBufferedWriter(work.resolve("floor.tsv"), StandardCharsets.UTF_8)) {
            out.write("path\tcount\terrors\tp50_ms\tp95_ms\tp99_ms\tthroughput\n");
            for (Route path : paths) {
                Result result = floor.measure(path, each);
                System.out.printf(Locale.ROOT, "  %-22s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  %8.1f/s%n", path.name(),
                        result.p50(), result.p95(), result.p99(), result.throughput());
                out.write(String.format(Locale.ROOT, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.2f%n", path.name(), result.count(),
                        result.errors(), result.p50(), result.p95(), result.p99(), result.throughput()));
            }
        }
    }

    /** One path: the statements of one request, with their parameters taken from the sample. */
    private record Route(String name, int threads, List<String> statements) {
        Route(String name, String... statements) {
            this(name, THREADS, List.of(statements));
        }
    }

    private record Result(int count, int errors, double p50, double p95, double p99, double throughput) {
    }

    private List<Route> paths() {
        List<Route> paths = new ArrayList<>();
        String department = "c.department_id = :department";
        paths.add(api("REST capture",
                "select * from customer c where c.id = :customerId",
                "select id, code, department_id, default_owner_id, routing, parent_id from category where code = 'PRODUKT_DEFEKT'",
                // The handlers (aliased c so that their ids become :ids), then their open cases.
                "select c.id, c.* from app_user c join user_role r on r.user_id = c.id where c.department_id = :department"
                        + " and r.role = 'HANDLER' and c.active",
                "select x.owner_id, count(*) from complaint x where x.owner_id in (:ids) and x.status not in " + CLOSED
                        + " group by x.owner_id",
                "select * from absence a where a.starts_on <= current_date and a.ends_on >= current_date",
                "select name, value from app_setting",
                "insert into case_number_sequence (year, last_value) values (:year, 1) on duplicate key update last_value = last_value + 1",
                "select last_value from case_number_sequence where year = :year",
                "insert into complaint (case_number, channel, received_at, customer_id, category_id, priority, subject, verbatim,"
                        + " status, department_id, owner_id, acknowledgement_due, resolution_due, created_at, created_by,"
                        + " updated_at) values (concat('BE-', :year, '-', lpad((select last_value from case_number_sequence"
                        + " where year = :year), 6, '0')), 'EMAIL', now(6), :customerId, :categoryLeaf, 'NORMAL',"
                        + " 'Boden: Kaffeevollautomat tropft', 'Sehr geehrte Damen und Herren, das Gerät tropft.', 'NEW',"
                        + " :department, :userId, current_date + interval 1 day, current_date + interval 14 day, now(6),"
                        + " :user, now(6))",
                "insert into complaint_history (complaint_id, occurred_at, actor, action, new_value)"
                        + " values (last_insert_id(), now(6), :user, 'CAPTURED', 'BE')",
                "select count(*) from complaint c where c.customer_id = :customerId and c.received_at > now() - interval 12 month"));
        paths.add(ui("UI capture", paths.get(0).statements().subList(AUTHENTICATION.length, paths.get(0).statements().size())));
        paths.add(list("REST list", department));
        paths.add(list("REST list status", department + " and c.status = 'IN_PROGRESS'"));
        paths.add(list("REST list category", department + " and (c.category_id = :categoryId or c.category_id in"
                + " (select id from category where parent_id = :categoryId))"));
        paths.add(list("REST list channel", department + " and c.channel = 'LETTER'"));
        paths.add(list("REST list owner", department + " and c.owner_id = :userId"));
        paths.add(list("REST list priority", department + " and c.priority = 'CRITICAL'"));
        paths.add(list("REST list period", department + " and c.received_at >= :from and c.received_at < :to"));
        paths.add(list("REST list mine", department + " and c.owner_id = :userId"));
        paths.add(list("REST list overdue", department + " and ((c.status not in " + CLOSED + " and c.resolution_due < current_date)"
                + " or (c.status = 'NEW' and c.acknowledgement_due < current_date))"));
        paths.add(list("REST list deep page", department + " and (c.received_at < :deepAt or (c.received_at = :deepAt"
                + " and c.id < :deepId))"));
        for (String filter : List.of("status", "category", "channel", "owner", "priority")) {
            Route rest = paths.stream().filter(p -> p.name().equals("REST list " + filter)).findFirst().orElseThrow();
            // The screen opens on "Meine Fälle": a filter narrows the handler's own cases.
            String where = rest.statements().get(AUTHENTICATION.length).replaceFirst("^.*? where ", "").replace(NEWEST_FIRST, "")
                    + " and c.owner_id = :userId";
            paths.add(ui("UI list " + filter, List.of(
                    // The list counts no further than ComplaintListBacking.MAX_COUNTED + 1.
                    "select c.id from complaint c where " + where + " limit 10001",
                    "select c.id from complaint c where " + where + NEWEST_FIRST,
                    PAGE_LOAD, REPEATS)));
        }
        paths.add(ui("UI list deep page", List.of(
                "select c.id from complaint c where " + department + " order by c.received_at desc, c.id desc limit 25"
                        + " offset :deepOffset", PAGE_LOAD, REPEATS)));
        String caseView = "select c.*, cu.*, ca.*, d.*, o.*, p.* from complaint c join customer cu on cu.id = c.customer_id"
                + " join category ca on ca.id = c.category_id join department d on d.id = c.department_id"
                + " left join app_user o on o.id = c.owner_id left join product p on p.id = c.product_id"
                + " where c.case_number = :caseNumber";
        List<String> caseStatements = List.of(caseView,
                "select * from resolution_step s where s.complaint_id = :complaintId",
                "select * from complaint_note n where n.complaint_id = :complaintId",
                "select * from complaint_history h where h.complaint_id = :complaintId",
                "select * from goodwill g where g.complaint_id = :complaintId",
                "select * from escalation e where e.complaint_id = :complaintId",
                "select count(*) from complaint c join complaint o on o.customer_id = c.customer_id"
                        + " and o.received_at > c.received_at - interval 12 month and o.received_at <= c.received_at"
                        + " where c.id = :complaintId",
                // Every view of a customer's data is on record (DSGVO access log).
                "insert into personal_data_access (customer_id, viewed_by, viewed_at, purpose)"
                        + " values (:customerId, 'handler.service', now(6), 'CASE_API')");
        paths.add(api("REST case view", caseStatements.toArray(String[]::new)));
        List<String> uiCase = new ArrayList<>(caseStatements);
        uiCase.add("select c.id, c.case_number, c.subject, c.status, c.received_at from complaint c"
                + " where c.customer_id = :customerId and c.id <> :complaintId order by c.received_at desc");
        paths.add(ui("UI case view", uiCase));
        // As ComplaintSearch asks it: the full-text index for the words, LIKE for the exact text.
        String search = department + " and match(c.subject) against (:searchWords in boolean mode)"
                + " and c.subject like :searchLike escape '!'";
        paths.add(list("REST search", search));
        paths.add(ui("UI search", List.of("select c.id from complaint c where " + search + " limit 10001",
                "select c.id from complaint c where " + search + NEWEST_FIRST, PAGE_LOAD, REPEATS)));
        // The sweep once nothing new is due: the six candidate queries, each finding nothing to do.
        List<String> sweep = new ArrayList<>(List.of(AUTHENTICATION));
        String open = "c.status in ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_DEPARTMENT')";
        for (int level = 1; level <= 2; level++) {
            sweep.add("select c.id, c.acknowledgement_due from complaint c where c.status = 'NEW' and c.acknowledgement_due"
                    + " < current_date and not exists (select 1 from escalation e where e.complaint_id = c.id and e.level = "
                    + level + " and e.deadline_kind = 'ACKNOWLEDGEMENT' and e.deadline_date = c.acknowledgement_due) order by c.id");
            sweep.add("select c.id, c.resolution_due from complaint c where " + open + " and c.resolution_due < current_date"
                    + " and not exists (select 1 from escalation e where e.complaint_id = c.id and e.level = " + level
                    + " and e.deadline_kind = 'RESOLUTION' and e.deadline_date = c.resolution_due) order by c.id");
        }
        for (String kind : List.of("acknowledgement", "resolution")) {
            sweep.add("select c.id from complaint c where " + (kind.equals("acknowledgement") ? "c.status = 'NEW'" : open)
                    + " and c.owner_id is not null and c." + kind + "_due between current_date and current_date + interval 1 day"
                    + " and not exists (select 1 from deadline_notification n where n.complaint_id = c.id and n.recipient_id"
                    + " = c.owner_id and n.kind = 'REMINDER_" + kind.toUpperCase() + "' and n.deadline_date = c." + kind
                    + "_due) order by c.id");
        }
        paths.add(new Route("REST sweep", 1, sweep));
        FiguresFloor.routes().forEach((name, statements) -> {
            if (name.equals("report")) {
                paths.add(new Route("Monthly report", 1, statements));
            } else {
                paths.add(ui("Dashboard " + name, statements));
                paths.add(api("REST figures " + name, statements.toArray(String[]::new)));
            }
        });
        List<String> only = List.of(System.getProperty("bench.floor", "").split(","));
        if (!only.get(0).isEmpty()) {
            paths.removeIf(path -> only.stream().noneMatch(path.name()::startsWith));
        }
        return paths;
    }

    private static Route api(String name, String... statements) {
        List<String> all = new ArrayList<>(Arrays.asList(AUTHENTICATION));
        all.addAll(Arrays.asList(statements));
        return new Route(name, THREADS, all);
    }

    /** A page keeps the login in its session: no authentication queries. */
    private static Route ui(String name, List<String> statements) {
        return new Route(name, THREADS, statements);
    }

    private static Route list(String name, String where) {
        return api(name, "select c.id from complaint c where " + where + NEWEST_FIRST, PAGE_LOAD, REPEATS);
    }

    private Result measure(Route path, long seconds) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> timings = new ArrayList<>();
        int[] errors = new int[1];
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < path.threads(); t++) {
            long[] times = new long[2_000_000];
            timings.add(times);
            Thread thread = new Thread(() -> {
                int n = 0;
                try (Connection db = DriverManager.getConnection(url, user, password)) {
                    // One transaction per request, as the application's boundaries have.
                    db.setAutoCommit(false);
                    while (running.get() && n < times.length - 1) {
                        long begin = System.nanoTime();
                        try {
                            runOnce(db, path.statements());
                            db.commit();
                            times[++n] = System.nanoTime() - begin;
                        } catch (SQLException e) {
                            rollback(db);
                            synchronized (errors) {
                                if (errors[0]++ == 0) {
                                    System.err.println(path.name() + ": " + e.getMessage());
                                }
                            }
                        }
                    }
                } catch (SQLException e) {
                    System.err.println(path.name() + ": " + e.getMessage());
                }
                times[0] = n;
            });
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(seconds * 1000);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int count = timings.stream().mapToInt(t -> (int) t[0]).sum();
        long[] all = new long[count];
        int i = 0;
        for (long[] t : timings) {
            System.arraycopy(t, 1, all, i, (int) t[0]);
            i += (int) t[0];
        }
        Arrays.sort(all);
        Function<Double, Double> percentile = p -> all.length == 0 ? Double.NaN
                : all[Math.min(all.length - 1, (int) Math.ceil(p * all.length) - 1)] / 1e6;
        return new Result(count, errors[0], percentile.apply(0.50), percentile.apply(0.95), percentile.apply(0.99),
                count / elapsed);
    }

    private static void rollback(Connection db) {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the next statement reports a broken connection
        }
    }

    private void runOnce(Connection db, List<String> statements) throws SQLException {
        String[] picked = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
        Map<String, Object> values = new java.util.HashMap<>(sample);
        values.put("caseNumber", picked[0]);
        values.put("customerId", Long.parseLong(picked[1]));
        values.put("complaintId", Long.parseLong(picked[2]));
        List<Long> ids = new ArrayList<>();
        for (String sql : statements) {
            List<Object> parameters = new ArrayList<>();
            String jdbc = bind(sql, values, ids, parameters);
            try (PreparedStatement statement = db.prepareStatement(jdbc)) {
                for (int p = 0; p < parameters.size(); p++) {
                    statement.setObject(p + 1, parameters.get(p));
                }
                if (statement.execute()) {
                    try (ResultSet rows = statement.getResultSet()) {
                        boolean firstColumnIsId = sql.startsWith("select c.id from");
                        if (firstColumnIsId) {
                            ids.clear();
                        }
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rows.getObject(c);
                            }
                            if (firstColumnIsId) {
                                ids.add(rows.getLong(1));
                            }
                        }
                    }
                }
            }
        }
    }

    /** Replaces :name by ? and collects the values; :ids becomes the ids the previous query found. */
    private static String bind(String sql, Map<String, Object> values, List<Long> ids, List<Object> parameters) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":([a-zA-Z]+)").matcher(sql);
        while (m.find()) {
            String name = m.group(1);
            if (name.equals("ids")) {
                List<Long> page = ids.isEmpty() ? List.of(-1L) : ids;
                m.appendReplacement(out, String.join(",", page.stream().map(id -> "?").toList()));
                parameters.addAll(page);
            } else {
                m.appendReplacement(out, "?");
                parameters.add(values.get(name));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The handler of the scenarios, a category, a period, a search word, a deep page and cases of the department. */
    private void pickSample(Path work) throws SQLException, IOException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            long userId = single(db, "select id from app_user where username = 'handler.service'");
            long department = single(db, "select department_id from app_user where username = 'handler.service'");
            long categoryId = single(db, "select min(parent_id) from category where department_id = " + department);
            long categoryLeaf = single(db, "select id from category where code = 'PRODUKT_DEFEKT'");
            long inDepartment = single(db, "select count(*) from complaint where department_id = " + department);
            // The deepest page the list screen offers: it pages through 10,000 cases at most.
            long deepOffset = Math.max(0, Math.min(inDepartment / 2, 9_975) / 25 * 25);
            Instant deepAt;
            long deepId;
            try (PreparedStatement s = db.prepareStatement("select received_at, id from complaint where department_id = ?"
                    + " order by received_at desc, id desc limit 1 offset ?")) {
                s.setLong(1, department);
                s.setLong(2, deepOffset);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    deepAt = r.getTimestamp(1).toLocalDateTime().atZone(java.time.ZoneOffset.UTC).toInstant();
                    deepId = r.getLong(2);
                }
            }
            LocalDate from = LocalDate.now(ZONE).minusYears(1).withDayOfMonth(1);
            LocalDate to = from.plusMonths(1).minusDays(1);
            sample.put("user", "handler.service");
            sample.put("userId", userId);
            sample.put("department", department);
            sample.put("categoryId", categoryId);
            sample.put("categoryLeaf", categoryLeaf);
            sample.put("from", Timestamp.valueOf(from.atStartOfDay(ZONE).withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()));
            sample.put("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay(ZONE).withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()));
            sample.put("deepAt", Timestamp.valueOf(deepAt.atZone(java.time.ZoneOffset.UTC).toLocalDateTime()));
            sample.put("deepId", deepId);
            sample.put("deepOffset", deepOffset);
            sample.put("searchLike", "%Display%");
            sample.put("searchWords", "+display*");
            sample.put("year", LocalDate.now(ZONE).getYear());
            // Every 97th case of the department: spread over all years, the same for the same data.
            try (PreparedStatement s = db.prepareStatement("select case_number, customer_id, id from complaint"
                    + " where department_id = ? and mod(id, 97) = 0 order by id limit 2000")) {
                s.setLong(1, department);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        cases.add(new String[]{r.getString(1), r.getString(2), r.getString(3)});
                    }
                }
            }
            Properties paths = new Properties();
            FiguresFloor.pickSample(db, department, sample, paths);
            paths.setProperty("categoryId", String.valueOf(categoryId));
            paths.setProperty("ownerId", String.valueOf(userId));
            paths.setProperty("from", from.toString());
            paths.setProperty("to", to.toString());
            paths.setProperty("searchWord", "Display");
            paths.setProperty("deepOffset", String.valueOf(deepOffset));
            paths.setProperty("deepCursor", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((deepAt + "|" + deepId).getBytes(StandardCharsets.UTF_8)));
            try (Writer out = Files.newBufferedWriter(work.resolve("paths.properties"))) {
                paths.store(out, "The sample the scenarios use, picked by Floor");
            }
            try (Writer out = Files.newBufferedWriter(work.resolve("cases.csv"))) {
                out.write("caseNumber,customerId\n");
                for (String[] c : cases) {
                    out.write(c[0] + "," + c[1] + "\n");
                }
            }
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
