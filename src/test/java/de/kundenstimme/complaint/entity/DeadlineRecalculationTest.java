package de.kundenstimme.complaint.entity;

import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.customer.entity.ContactData;
import de.kundenstimme.customer.entity.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineRecalculationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-25T09:00:00Z");

    private Complaint complaint;

    @BeforeEach
    void capture() {
        Department service = new Department("SERVICE", "Kundenservice");
        Category defect = new Category("PRODUKT_DEFEKT", "Defekt", "Defect", null, service, null);
        Customer customer = new Customer("K-0000001",
                new ContactData("Frau", "Erika", "Mustermann", null, "erika@example.de", null, null, null, null), NOW);
        Intake intake = new Intake(Channel.PHONE, null, NOW, Priority.NORMAL, "Maschine undicht", "Die Maschine tropft.", null);
        complaint = new Complaint(intake, customer, defect, null, null,
                new Deadlines(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 7)), "BE-2026-000001", "handler", NOW);
    }

    @Test
    void movedDeadlinesAreRecordedWithTheirOldAndNewDates() {
        boolean moved = complaint.recalculateDeadlines(
                new Deadlines(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26)), "manager", LATER);

        assertTrue(moved);
        assertEquals(LocalDate.of(2026, 11, 26), complaint.getResolutionDue());
        List<HistoryEntry> history = complaint.getHistory();
        HistoryEntry entry = history.get(history.size() - 1);
        assertEquals(2, history.size(), "only the deadline that moved is recorded");
        assertEquals("DEADLINES_RECALCULATED", entry.getAction());
        assertEquals("resolutionDue", entry.getField());
        assertEquals("2026-12-07", entry.getOldValue());
        assertEquals("2026-11-26", entry.getNewValue());
        assertEquals("manager", entry.getActor());
        assertEquals(LATER, complaint.getUpdatedAt());
    }

    @Test
    void unchangedDeadlinesLeaveNoTrace() {
        assertFalse(complaint.recalculateDeadlines(
                new Deadlines(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 7)), "manager", LATER));

        assertEquals(1, complaint.getHistory().size());
        assertEquals(NOW, complaint.getUpdatedAt());
    }

    @Test
    void aFinishedCaseKeepsItsDeadlines() {
        complaint.apply(LifecycleAction.ACKNOWLEDGE, null, null, "handler", NOW);
        complaint.apply(LifecycleAction.START, null, null, "handler", NOW);
        complaint.apply(LifecycleAction.REJECT, "Unbegründet", null, "handler", NOW);

        LifecycleViolation refused = assertThrows(LifecycleViolation.class, () -> complaint.recalculateDeadlines(
                new Deadlines(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26)), "manager", LATER));

        assertEquals("complaint.deadlines.notOpen", refused.getMessageKey());
        assertEquals(LocalDate.of(2026, 12, 7), complaint.getResolutionDue());
    }
}
