package de.kundenstimme.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proves after a reliability load that nothing the application acknowledged is lost and nothing is
 * half-saved: reads the events ReliabilitySimulation logged and looks for each in the database.
 * <ul>
 *     <li>every capture answered 201 exists exactly once, with its CAPTURED history;</li>
 *     <li>no two acknowledged changes of a case yielded the same version (that would be a lost update),
 *     and each left its history row; the flag ends as the last acknowledged change set it;</li>
 *     <li>every acknowledged step exists on its case, every step reported done is done;</li>
 *     <li>every acknowledged letter exists on its case, every submitted one is in review;</li>
 *     <li>no complaint at all lacks its CAPTURED history or its deadlines.</li>
 * </ul>
 * Prints the figures and the violations; ends with status 1 when there is one.
 * <p>
 * Usage: ReliabilityCheck jdbcUrl user password eventsFile
 */
public final class ReliabilityCheck {

    private final Connection db;
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    private ReliabilityCheck(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        List<String[]> events = Files.readAllLines(Path.of(args[3])).stream()
                .filter(line -> !line.isBlank()).map(line -> line.split(" ")).toList();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            ReliabilityCheck check = new ReliabilityCheck(db);
            check.run(events);
            check.counts.forEach((name, count) -> System.out.println(name + ": " + count));
            if (check.violations.isEmpty()) {
                System.out.println("No acknowledged change lost, nothing half-saved.");
            } else {
                System.out.println(check.violations.size() + " violations:");
                check.violations.stream().limit(50).forEach(v -> System.out.println("  " + v));
                System.exit(1);
            }
        }
    }

    private void run(List<String[]> events) throws SQLException {
        Set<String> captured = new HashSet<>();
        Map<String, TreeMap<Long, Boolean>> flags = new HashMap<>();
        Map<String, Integer> stepsDone = new HashMap<>();
        for (String[] event : events) {
            count(event[0].equals("outage") ? "outage " + event[1] + " " + event[2] : event[0]);
            switch (event[0]) {
                case "capture" -> {
                    if (!captured.add(event[1])) {
                        violations.add("case number " + event[1] + " acknowledged twice");
                    }
                    capturedOnce(event[1]);
                }
                case "flag" -> {
                    Boolean earlier = flags.computeIfAbsent(event[1], c -> new TreeMap<>())
                            .put(Long.parseLong(event[2]), Boolean.parseBoolean(event[3]));
                    if (earlier != null) {
                        violations.add("lost update: two changes of " + event[1] + " both acknowledged as version " + event[2]);
                    }
                }
                case "step" -> stepOfCase(event[1], event[2]);
                case "stepDone" -> {
                    stepDone(event[1], event[2]);
                    stepsDone.merge(event[1], 1, Integer::sum);
                }
                case "letter" -> letter(event[1], event[2], null);
                case "submitted" -> letter(event[1], event[2], "IN_REVIEW");
                default -> {
                }
            }
        }
        for (Map.Entry<String, TreeMap<Long, Boolean>> changes : flags.entrySet()) {
            flagChanges(changes.getKey(), changes.getValue());
        }
        for (Map.Entry<String, Integer> done : stepsDone.entrySet()) {
            atLeast(done.getValue(), history(done.getKey(), "STEP_DONE", "step"), "STEP_DONE history rows of " + done.getKey());
        }
        counts.put("complaints in the database", single("select count(*) from complaint"));
        counts.put("complaints of the load (subject 'Dauerlast ...') not acknowledged",
                single("select count(*) from complaint where subject like 'Dauerlast %'") - captured.size());
        int withoutCapture = single("""
                select count(*) from complaint c where not exists
                  (select 1 from complaint_history h where h.complaint_id = c.id and h.action = 'CAPTURED')""");
        if (withoutCapture > 0) {
            violations.add(withoutCapture + " complaints without their CAPTURED history (half-saved)");
        }
        int withoutDeadlines = single(
                "select count(*) from complaint where acknowledgement_due is null or resolution_due is null");
        if (withoutDeadlines > 0) {
            violations.add(withoutDeadlines + " complaints without deadlines (half-saved)");
        }
        int stepsWithoutHistory = single("""
                select count(*) from resolution_step s where not exists
                  (select 1 from complaint_history h where h.complaint_id = s.complaint_id and h.action = 'STEP_ADDED')""");
        if (stepsWithoutHistory > 0) {
            violations.add(stepsWithoutHistory + " steps without their STEP_ADDED history (half-saved)");
        }
    }

    private void capturedOnce(String caseNumber) throws SQLException {
        int found = single("select count(*) from complaint where case_number = ? and subject like 'Dauerlast %'", caseNumber);
        if (found != 1) {
            violations.add("captured " + caseNumber + " found " + found + " times");
        }
    }

    /** The flag's history has a row for every acknowledged change, and it ends as the last one set it. */
    private void flagChanges(String caseNumber, TreeMap<Long, Boolean> acknowledged) throws SQLException {
        int rows = history(caseNumber, "CHANGED", "legalThreat");
        atLeast(acknowledged.size(), rows, "legalThreat history rows of " + caseNumber);
        try (PreparedStatement query = db.prepareStatement(
                "select legal_threat, version from complaint where case_number = ?")) {
            query.setString(1, caseNumber);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                long last = acknowledged.lastKey();
                if (result.getLong(2) < last) {
                    violations.add(caseNumber + " is at version " + result.getLong(2) + ", acknowledged " + last);
                }
                if (rows == acknowledged.size() && result.getBoolean(1) != acknowledged.get(last)) {
                    violations.add(caseNumber + ": legalThreat is not what its last acknowledged change set");
                }
            }
        }
    }

    private void stepOfCase(String caseNumber, String stepId) throws SQLException {
        if (single("""
                select count(*) from resolution_step s join complaint c on c.id = s.complaint_id
                where s.id = ? and c.case_number = ?""", Long.parseLong(stepId), caseNumber) != 1) {
            violations.add("acknowledged step " + stepId + " of " + caseNumber + " is missing");
        }
    }

    private void stepDone(String caseNumber, String stepId) throws SQLException {
        if (single("select count(*) from resolution_step where id = ? and state = 'DONE'", Long.parseLong(stepId)) != 1) {
            violations.add("step " + stepId + " of " + caseNumber + " was acknowledged done but is not");
        }
    }

    private void letter(String caseNumber, String letterId, String status) throws SQLException {
        int found = status == null
                ? single("""
                        select count(*) from letter l join complaint c on c.id = l.complaint_id
                        where l.id = ? and c.case_number = ?""", Long.parseLong(letterId), caseNumber)
                : single("select count(*) from letter where id = ? and status = ? and submitted_at is not null",
                Long.parseLong(letterId), status);
        if (found != 1) {
            violations.add("acknowledged letter " + letterId + " of " + caseNumber
                    + (status == null ? " is missing" : " is not " + status));
        }
    }

    private int history(String caseNumber, String action, String field) throws SQLException {
        return single("""
                select count(*) from complaint_history h join complaint c on c.id = h.complaint_id
                where c.case_number = ? and h.action = ? and h.field = ?""", caseNumber, action, field);
    }

    private void atLeast(int expected, int found, String what) {
        if (found < expected) {
            violations.add(what + ": " + found + ", acknowledged " + expected);
        }
    }

    private void count(String name) {
        counts.merge(name, 1, Integer::sum);
    }

    private int single(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
