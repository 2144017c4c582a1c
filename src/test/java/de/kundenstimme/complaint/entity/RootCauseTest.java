package de.kundenstimme.complaint.entity;

import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.customer.entity.ContactData;
import de.kundenstimme.customer.entity.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RootCauseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private Complaint complaint;

    @BeforeEach
    void caseInProgress() {
        Department service = new Department("SERVICE", "Kundenservice");
        Category defect = new Category("PRODUKT_DEFEKT", "Defekt", "Defect", null, service, null);
        Customer customer = new Customer("K-0000001",
                new ContactData("Frau", "Erika", "Mustermann", null, "erika@example.de", null, null, null, null), NOW);
        complaint = new Complaint(new Intake(Channel.PHONE, null, NOW, Priority.HIGH, "Maschine undicht", "Tropft.", null),
                customer, defect, null, null, new Deadlines(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30)),
                "BE-2026-000001", "handler", NOW);
        complaint.apply(LifecycleAction.ACKNOWLEDGE, null, null, "handler", NOW);
        complaint.apply(LifecycleAction.START, null, null, "handler", NOW);
    }

    @Test
    void resolvingRecordsTheCauseAsHistory() {
        complaint.resolve("Austauschgerät", RootCause.PRODUCT_DEFECT, "handler", NOW);

        assertEquals(ComplaintStatus.RESOLVED, complaint.getStatus());
        assertEquals(RootCause.PRODUCT_DEFECT, complaint.getRootCause());
        HistoryEntry last = complaint.getHistory().get(complaint.getHistory().size() - 1);
        assertEquals("rootCause", last.getField());
        assertEquals("PRODUCT_DEFECT", last.getNewValue());
    }

    @Test
    void aRefusedResolutionRecordsNoCause() {
        assertThrows(LifecycleViolation.class, () -> complaint.resolve(" ", RootCause.PROCESS_ERROR, "handler", NOW));

        assertNull(complaint.getRootCause());
        assertEquals(ComplaintStatus.IN_PROGRESS, complaint.getStatus());
    }

    @Test
    void resolvingAgainAfterReopeningMayNameAnotherCause() {
        complaint.resolve("Austauschgerät", RootCause.PRODUCT_DEFECT, "handler", NOW);
        complaint.apply(LifecycleAction.REOPEN, "Gerät wieder defekt", null, "handler", NOW);

        complaint.resolve("Reparatur", RootCause.SUPPLIER_OR_CARRIER, "handler", NOW);

        assertEquals(RootCause.SUPPLIER_OR_CARRIER, complaint.getRootCause());
    }
}
