package de.kundenstimme.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a migrated Kundenstimme database (with the demo company in it) with years of cases:
 * customers, complaints in every state, their steps, notes, history and some goodwill, written
 * as tab-separated files and loaded through MariaDB's bulk path (LOAD DATA LOCAL INFILE).
 * The same seed gives the same rows. Case numbers continue each year's sequence without gaps,
 * deadlines follow the priorities' business days, owners follow the categories' routing.
 * <p>
 * Arguments: jdbc-url user password complaints customers seed work-dir
 */
public final class Generator {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final int YEARS = 5;
    private static final int HANDLERS_PER_DEPARTMENT = 12;
    private static final String[] CHANNELS = {"PHONE", "PHONE", "EMAIL", "EMAIL", "EMAIL", "WEB_FORM", "WEB_FORM",
            "LETTER", "SOCIAL_MEDIA", "CHAT", "SMS", "IN_PERSON"};
    private static final String[] NETWORKS = {"TWITTER_X", "FACEBOOK", "INSTAGRAM"};
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "NORMAL", "NORMAL", "HIGH", "HIGH", "CRITICAL"};
    private static final Map<String, Integer> RESOLUTION_DAYS = Map.of("CRITICAL", 2, "HIGH", 5, "NORMAL", 10, "LOW", 20);

    private final Random random;
    private final Path dir;
    private final Instant now = Instant.now();

    private Generator(long seed, Path dir) {
        this.random = new Random(seed);
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int complaints = Integer.parseInt(args[3]);
        int customers = Integer.parseInt(args[4]);
        Path dir = Files.createDirectories(Path.of(args[6]));
        String bulkUrl = url + (url.contains("?") ? "&" : "?") + "allowLocalInfile=true&rewriteBatchedStatements=true";
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(bulkUrl, args[1], args[2])) {
            new Generator(Long.parseLong(args[5]), dir).fill(db, complaints, customers);
        }
        System.out.printf("Generated %,d complaints and %,d customers in %d s%n", complaints, customers,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private void fill(Connection db, int complaintCount, int customerCount) throws SQLException, IOException {
        try (Statement s = db.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 0");
            s.execute("SET SESSION unique_checks = 0");
        }
        Company company = Company.read(db);
        company.addHandlers(db, HANDLERS_PER_DEPARTMENT);
        long firstCustomer = maxId(db, "customer") + 1;
        long customerNumber = single(db, "select last_value from customer_number_sequence where id = 1");
        customers(customerCount, firstCustomer, customerNumber);
        load(db, "customer", "id, customer_number, salutation, first_name, last_name, company, email, phone, street,"
                + " postal_code, city, created_at, version");
        exec(db, "update customer_number_sequence set last_value = " + (customerNumber + customerCount) + " where id = 1");

        Map<Integer, Long> lastCaseNumber = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select year, last_value from case_number_sequence")) {
            while (r.next()) {
                lastCaseNumber.put(r.getInt(1), r.getLong(2));
            }
        }
        complaints(company, complaintCount, maxId(db, "complaint") + 1, firstCustomer, customerCount, lastCaseNumber);
        load(db, "complaint", "id, case_number, channel, social_network, received_at, customer_id, category_id, product_id,"
                + " priority, subject, verbatim, desired_outcome, agreed_solution, status, escalation_level, department_id,"
                + " owner_id, acknowledgement_due, resolution_due, acknowledged_at, resolved_at, closed_at, rejection_reason,"
                + " final_answer_given_at, created_at, created_by, updated_at, version");
        load(db, "resolution_step", "complaint_id, description, responsible_user_id, responsible_department_id, due_date,"
                + " state, result, created_at, created_by, version");
        load(db, "complaint_note", "complaint_id, kind, text, author, created_at");
        load(db, "complaint_history", "complaint_id, occurred_at, actor, action, field, old_value, new_value");
        load(db, "goodwill", "complaint_id, kind, amount, description, status, proposed_by, proposed_at, decided_by,"
                + " decided_at, decision_reason, version");
        for (Map.Entry<Integer, Long> year : lastCaseNumber.entrySet()) {
            exec(db, "insert into case_number_sequence (year, last_value) values (" + year.getKey() + ", " + year.getValue()
                    + ") on duplicate key update last_value = " + year.getValue());
        }
        // Steps and history were loaded past the application: their days' figures are recomputed (V062).
        exec(db, "insert ignore into figure_stale_day (day) select distinct received_on from complaint");
        exec(db, "analyze table customer, complaint, resolution_step, complaint_note, complaint_history, goodwill");
    }

    private void customers(int count, long firstId, long lastNumber) throws IOException {
        Instant start = now.minus(Duration.ofDays(365L * YEARS + 30));
        long span = Duration.between(start, now).toSeconds();
        try (Rows rows = new Rows(dir.resolve("customer.tsv"))) {
            for (int i = 0; i < count; i++) {
                String first = pick(Words.FIRST_NAMES);
                String last = pick(Words.LAST_NAMES);
                String[] place = pick(Words.PLACES);
                boolean business = random.nextInt(15) == 0;
                String mail = Words.ascii(first + "." + last) + (firstId + i) + "@example.de";
                rows.row(firstId + i, String.format("K-%07d", lastNumber + i + 1),
                        business ? "Firma" : random.nextBoolean() ? "Frau" : "Herr", first, last,
                        business ? pick(Words.COMPANIES) : null, mail,
                        "+49 " + (150 + random.nextInt(30)) + " " + (1000000 + random.nextInt(8999999)),
                        pick(Words.STREETS) + " " + (1 + random.nextInt(140)), place[0], place[1],
                        time(start.plusSeconds((long) i * span / count)), 0);
            }
        }
    }

    /** Complaints in order of receipt, so each year's case numbers run up without gaps. */
    private void complaints(Company company, int count, long firstId, long firstCustomer, int customerCount,
                            Map<Integer, Long> lastCaseNumber) throws IOException {
        Instant start = now.minus(Duration.ofDays(365L * YEARS));
        long span = Duration.between(start, now).toSeconds();
        try (Rows complaints = new Rows(dir.resolve("complaint.tsv"));
             Rows steps = new Rows(dir.resolve("resolution_step.tsv"));
             Rows notes = new Rows(dir.resolve("complaint_note.tsv"));
             Rows history = new Rows(dir.resolve("complaint_history.tsv"));
             Rows goodwill = new Rows(dir.resolve("goodwill.tsv"))) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                Instant received = start.plusSeconds((long) i * span / count + random.nextInt(60));
                int year = received.atZone(ZONE).getYear();
                long sequence = lastCaseNumber.merge(year, 1L, Long::sum);
                String caseNumber = String.format("BE-%d-%06d", year, sequence);
                Company.Leaf category = pick(company.leaves);
                long ownerId = category.defaultOwner() != null ? category.defaultOwner()
                        : pick(company.handlers.get(category.department()));
                String owner = company.usernames.get(ownerId);
                String channel = pick(CHANNELS);
                String priority = pick(PRIORITIES);
                String[] texts = Words.SUBJECTS.get(category.topic());
                String subject = pick(texts) + (random.nextInt(4) == 0 ? " – " + pick(Words.PRODUCTS_SPOKEN) : "");
                LocalDate receivedDay = received.atZone(ZONE).toLocalDate();
                LocalDate ackDue = addBusinessDays(receivedDay, 1);
                LocalDate resolutionDue = addBusinessDays(receivedDay, RESOLUTION_DAYS.get(priority));
                Case c = new Case(id, received, owner);
                history.row(id, time(received), owner, "CAPTURED", null, null, caseNumber);
                walk(c, Duration.between(received, now).toDays(), history, steps, notes, goodwill, category.department(),
                        ownerId);
                complaints.row(id, caseNumber, channel, "SOCIAL_MEDIA".equals(channel) ? pick(NETWORKS) : null, time(received),
                        firstCustomer + skewedCustomer(customerCount), category.id(),
                        random.nextInt(3) == 0 ? null : pick(company.products), priority, subject,
                        pick(Words.OPENINGS) + " " + subject + ". " + pick(Words.DETAILS) + " " + pick(Words.CLOSINGS),
                        random.nextBoolean() ? pick(Words.OUTCOMES) : null, c.solution, c.status, 0, category.department(),
                        ownerId, ackDue, resolutionDue, time(c.acknowledged), time(c.resolved), time(c.closed),
                        c.rejection, time(c.finalAnswer), time(received), owner, time(c.updated), c.version);
            }
        }
    }

    /** Older cases have come further; almost all cases older than a quarter are closed. */
    private void walk(Case c, long ageDays, Rows history, Rows steps, Rows notes, Rows goodwill, long department,
                      long ownerId) throws IOException {
        int stage = ageDays > 90 ? (random.nextInt(50) == 0 ? 4 : 6) : (int) Math.min(6, ageDays / 6 + random.nextInt(3));
        Instant at = c.received.plus(Duration.ofHours(2 + random.nextInt(20)));
        if (stage < 1 || at.isAfter(now)) {
            return;
        }
        c.acknowledged = at;
        c.transition(history, at, "ACKNOWLEDGE", "NEW", "ACKNOWLEDGED");
        at = at.plus(Duration.ofHours(4 + random.nextInt(40)));
        if (stage < 2 || at.isAfter(now)) {
            return;
        }
        c.transition(history, at, "START", "ACKNOWLEDGED", "IN_PROGRESS");
        notes.row(c.id, "PHONE_CALL", pick(Words.CALL_NOTES), c.owner, time(at));
        String step = pick(Words.STEPS);
        history.row(c.id, time(at), c.owner, "STEP_ADDED", "step", null, step);
        Instant stepDone = at.plus(Duration.ofDays(1 + random.nextInt(4)));
        boolean stepFinished = stage >= 4 && !stepDone.isAfter(now);
        steps.row(c.id, step, ownerId, department, null, stepFinished ? "DONE" : "OPEN",
                stepFinished ? "Ursache bestätigt." : null, time(at), c.owner, stepFinished ? 1 : 0);
        if (stage == 3 && random.nextBoolean()) {
            c.transition(history, at.plus(Duration.ofHours(1)), "WAIT_FOR_CUSTOMER", "IN_PROGRESS", "WAITING_FOR_CUSTOMER");
            return;
        }
        if (!stepFinished) {
            return;
        }
        at = stepDone;
        history.row(c.id, time(at), c.owner, "STEP_DONE", "step", step, "Ursache bestätigt.");
        if (random.nextInt(10) == 0) {
            c.rejection = "Die Beanstandung ist nach Prüfung unbegründet.";
            c.transition(history, at, "REJECT", "IN_PROGRESS", "REJECTED");
            c.closed = at;
            return;
        }
        c.solution = pick(Words.SOLUTIONS);
        c.resolved = at;
        c.transition(history, at, "RESOLVE", "IN_PROGRESS", "RESOLVED");
        if (random.nextInt(12) == 0) {
            String amount = (5 + random.nextInt(45)) + ".00";
            goodwill.row(c.id, "VOUCHER", amount, "Gutschein als Entschuldigung", "GRANTED", c.owner, time(at),
                    c.owner, time(at), null, 0);
            history.row(c.id, time(at), c.owner, "GOODWILL_GRANTED", "goodwill", null, "VOUCHER " + amount + " EUR");
        }
        at = at.plus(Duration.ofHours(4 + random.nextInt(60)));
        if (stage < 5 || at.isAfter(now)) {
            return;
        }
        notes.row(c.id, "FINAL_ANSWER_BY_PHONE", "Lösung telefonisch mitgeteilt, Kunde ist einverstanden.", c.owner, time(at));
        history.row(c.id, time(at), c.owner, "FINAL_ANSWER_BY_PHONE", null, null, null);
        c.finalAnswer = at;
        c.closed = at;
        c.transition(history, at, "CLOSE", "RESOLVED", "CLOSED");
    }

    /** Most customers complain once, some often: a skew towards low numbers. */
    private long skewedCustomer(int customerCount) {
        double u = random.nextDouble();
        return (long) (customerCount * u * u * 0.4 + customerCount * 0.6 * random.nextDouble()) % customerCount;
    }

    private static LocalDate addBusinessDays(LocalDate day, int days) {
        LocalDate due = day;
        for (int left = days; left > 0; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return due;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String time(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(SQL_TIME);
    }

    private void load(Connection db, String table, String columns) throws SQLException {
        long started = System.nanoTime();
        Path file = dir.resolve(table + ".tsv");
        try (Statement s = db.createStatement()) {
            int rows = s.executeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                    + columns + ")");
            System.out.printf("  %-18s %,10d rows in %5.1f s%n", table, rows, (System.nanoTime() - started) / 1e9);
        }
    }

    private static long maxId(Connection db, String table) throws SQLException {
        return single(db, "select coalesce(max(id), 0) from " + table);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void exec(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /** What happened to one case while it is walked through its lifecycle. */
    private static final class Case {
        final long id;
        final Instant received;
        final String owner;
        String status = "NEW";
        Instant acknowledged;
        Instant resolved;
        Instant closed;
        Instant finalAnswer;
        Instant updated;
        String solution;
        String rejection;
        int version;

        Case(long id, Instant received, String owner) {
            this.id = id;
            this.received = received;
            this.owner = owner;
            this.updated = received;
        }

        void transition(Rows history, Instant at, String action, String from, String to) throws IOException {
            history.row(id, time(at), owner, action, "status", from, to);
            status = to;
            updated = at;
            version++;
        }
    }

    /** One tab-separated file in LOAD DATA's default format: \N for null, tabs and newlines escaped. */
    private static final class Rows implements AutoCloseable {
        private final BufferedWriter out;

        Rows(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                Object value = values[i];
                out.write(value == null ? "\\N" : value.toString().replace("\\", "\\\\").replace("\t", "\\t")
                        .replace("\n", "\\n"));
            }
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The demo company as the application created it, and the extra handlers a big customer service has. */
    private static final class Company {
        final List<Leaf> leaves = new ArrayList<>();
        final Map<Long, List<Long>> handlers = new HashMap<>();
        final Map<Long, String> usernames = new HashMap<>();
        final Map<Long, String> departmentCodes = new HashMap<>();
        final List<Long> products = new ArrayList<>();

        record Leaf(long id, long department, Long defaultOwner, String topic) {
        }

        static Company read(Connection db) throws SQLException {
            Company company = new Company();
            try (Statement s = db.createStatement()) {
                try (ResultSet r = s.executeQuery("select id, code from department")) {
                    while (r.next()) {
                        company.departmentCodes.put(r.getLong(1), r.getString(2));
                        company.handlers.put(r.getLong(1), new ArrayList<>());
                    }
                }
                try (ResultSet r = s.executeQuery("select c.id, c.department_id, c.default_owner_id, c.routing, p.code"
                        + " from category c join category p on p.id = c.parent_id where c.active order by c.id")) {
                    while (r.next()) {
                        Long owner = "DEFAULT_OWNER".equals(r.getString(4)) ? (Long) r.getObject(3, Long.class) : null;
                        String topic = Words.SUBJECTS.containsKey(r.getString(5)) ? r.getString(5) : "SERVICE";
                        company.leaves.add(new Leaf(r.getLong(1), r.getLong(2), owner, topic));
                    }
                }
                company.readUsers(s);
                try (ResultSet r = s.executeQuery("select id from product where active order by id")) {
                    while (r.next()) {
                        company.products.add(r.getLong(1));
                    }
                }
            }
            if (company.leaves.isEmpty()) {
                throw new IllegalStateException("No categories: start the application once with KUNDENSTIMME_DEMO=true");
            }
            return company;
        }

        private void readUsers(Statement s) throws SQLException {
            handlers.values().forEach(List::clear);
            try (ResultSet r = s.executeQuery("select u.id, u.username, u.department_id from app_user u"
                    + " join user_role r on r.user_id = u.id where r.role = 'HANDLER' and u.active order by u.id")) {
                while (r.next()) {
                    usernames.put(r.getLong(1), r.getString(2));
                    handlers.get(r.getLong(3)).add(r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("select id, username from app_user")) {
                while (r.next()) {
                    usernames.put(r.getLong(1), r.getString(2));
                }
            }
        }

        /** Handlers named bench.<department>.NN with the demo password, so each department has a real team. */
        void addHandlers(Connection db, int perDepartment) throws SQLException {
            try (Statement s = db.createStatement()) {
                for (Map.Entry<Long, String> department : departmentCodes.entrySet()) {
                    for (int n = 1; n <= perDepartment; n++) {
                        String username = "bench." + department.getValue().toLowerCase() + "." + String.format("%02d", n);
                        s.execute("insert ignore into app_user (username, password_hash, full_name, email, department_id)"
                                + " select '" + username + "', password_hash, '" + Words.HANDLER_NAMES[(n - 1) % Words.HANDLER_NAMES.length]
                                + "', '" + username + "@kundenstimme.example', " + department.getKey()
                                + " from app_user where username = 'handler.service'");
                        s.execute("insert ignore into user_role (user_id, role) select id, 'HANDLER' from app_user where username = '"
                                + username + "'");
                    }
                }
                readUsers(s);
            }
        }
    }
}
