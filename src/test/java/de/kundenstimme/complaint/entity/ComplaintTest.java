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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplaintTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private Complaint complaint;

    @BeforeEach
    void capture() {
        Department service = new Department("SERVICE", "Kundenservice");
        Category defect = new Category("PRODUKT_DEFEKT", "Defekt", "Defect",
                new Category("PRODUKT", "Produktqualität", "Product quality", null, service, null), service, null);
        Customer customer = new Customer("K-0000001",
                new ContactData("Frau", "Erika", "Mustermann", null, "erika@example.de", null, null, null, null), NOW);
        Intake intake = new Intake(Channel.PHONE, SocialNetwork.FACEBOOK, NOW, Priority.HIGH, "Maschine undicht",
                "Die Maschine tropft.", null);
        complaint = new Complaint(intake, customer, defect, null, null,
                new Deadlines(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30)), "BE-2026-000001", "handler", NOW);
    }

    @Test
    void aNewCaseStartsInNewWithItsDeadlinesDepartmentAndACaptureEntry() {
        assertEquals(ComplaintStatus.NEW, complaint.getStatus());
        assertEquals("SERVICE", complaint.getDepartment().getCode());
        assertEquals(LocalDate.of(2026, 11, 30), complaint.getResolutionDue());
        assertNull(complaint.getSocialNetwork(), "a phone complaint keeps no social network");
        assertEquals("CAPTURED", complaint.getHistory().get(0).getAction());
    }

    @Test
    void aForbiddenTransitionIsRefusedAndChangesNothing() {
        LifecycleViolation refused = assertThrows(LifecycleViolation.class,
                () -> complaint.apply(LifecycleAction.CLOSE, null, null, "handler", NOW));

        assertEquals("complaint.lifecycle.forbidden", refused.getMessageKey());
        assertEquals(ComplaintStatus.NEW, complaint.getStatus());
        assertEquals(1, complaint.getHistory().size());
    }

    @Test
    void resolvingNeedsAnAgreedSolution() {
        toInProgress();

        LifecycleViolation refused = assertThrows(LifecycleViolation.class,
                () -> complaint.apply(LifecycleAction.RESOLVE, null, "  ", "handler", NOW));

        assertEquals("complaint.lifecycle.agreedSolutionRequired", refused.getMessageKey());
        assertEquals(ComplaintStatus.IN_PROGRESS, complaint.getStatus());
        complaint.apply(LifecycleAction.RESOLVE, null, "Austauschgerät", "handler", NOW);
        assertEquals(ComplaintStatus.RESOLVED, complaint.getStatus());
        assertEquals("Austauschgerät", complaint.getAgreedSolution());
        assertNotNull(complaint.getResolvedAt());
    }

    @Test
    void rejectingNeedsAReasonWhichIsKeptAndNoted() {
        toInProgress();
        assertThrows(LifecycleViolation.class, () -> complaint.apply(LifecycleAction.REJECT, "", null, "handler", NOW));

        complaint.apply(LifecycleAction.REJECT, "Unbegründet", null, "handler", NOW);

        assertEquals(ComplaintStatus.REJECTED, complaint.getStatus());
        assertEquals("Unbegründet", complaint.getRejectionReason());
        assertEquals("Unbegründet", complaint.getNotes().get(0).getText());
    }

    @Test
    void closingNeedsTheFinalAnswerAndEveryStepFinished() {
        toInProgress();
        ResolutionStep step = complaint.addStep("Techniker schicken", null, complaint.getDepartment(), null, "handler", NOW);
        complaint.apply(LifecycleAction.RESOLVE, null, "Reparatur", "handler", NOW);

        LifecycleViolation noAnswer = assertThrows(LifecycleViolation.class,
                () -> complaint.apply(LifecycleAction.CLOSE, null, null, "handler", NOW));
        assertEquals("complaint.lifecycle.finalAnswerMissing", noAnswer.getMessageKey());

        complaint.addNote(NoteKind.FINAL_ANSWER_BY_PHONE, "Lösung mitgeteilt", "handler", NOW);
        LifecycleViolation openStep = assertThrows(LifecycleViolation.class,
                () -> complaint.apply(LifecycleAction.CLOSE, null, null, "handler", NOW));
        assertEquals("complaint.lifecycle.openSteps", openStep.getMessageKey());

        complaint.finishStep(step, StepState.CANCELLED, "nicht nötig", "handler", NOW);
        complaint.apply(LifecycleAction.CLOSE, null, null, "handler", NOW);
        assertEquals(ComplaintStatus.CLOSED, complaint.getStatus());
    }

    @Test
    void reopeningNeedsAReasonAndClearsTheResolution() {
        toInProgress();
        complaint.apply(LifecycleAction.RESOLVE, null, "Gutschrift", "handler", NOW);
        assertThrows(LifecycleViolation.class, () -> complaint.apply(LifecycleAction.REOPEN, null, null, "handler", NOW));

        complaint.apply(LifecycleAction.REOPEN, "Kunde meldet sich erneut", null, "handler", NOW);

        assertEquals(ComplaintStatus.IN_PROGRESS, complaint.getStatus());
        assertNull(complaint.getResolvedAt());
    }

    @Test
    void aFinishedStepCannotBeFinishedAgainAndNoStepsAfterResolution() {
        toInProgress();
        ResolutionStep step = complaint.addStep("Rückruf", null, null, null, "handler", NOW);
        complaint.finishStep(step, StepState.DONE, "erledigt", "handler", NOW);

        assertThrows(LifecycleViolation.class, () -> complaint.finishStep(step, StepState.CANCELLED, null, "handler", NOW));
        complaint.apply(LifecycleAction.RESOLVE, null, "Gutschrift", "handler", NOW);
        assertThrows(LifecycleViolation.class, () -> complaint.addStep("zu spät", null, null, null, "handler", NOW));
    }

    @Test
    void overdueMeansAnOpenCasePastADeadline() {
        assertFalse(complaint.isOverdue(LocalDate.of(2026, 11, 24)));
        assertTrue(complaint.isAcknowledgementOverdue(LocalDate.of(2026, 11, 25)));
        toInProgress();
        assertFalse(complaint.isOverdue(LocalDate.of(2026, 11, 30)));
        assertTrue(complaint.isResolutionOverdue(LocalDate.of(2026, 12, 1)));
        complaint.apply(LifecycleAction.RESOLVE, null, "Gutschrift", "handler", NOW);
        assertFalse(complaint.isOverdue(LocalDate.of(2026, 12, 1)), "a resolved case is no longer overdue");
    }

    @Test
    void escalationRaisesTheLevelRecordsTheReasonAndOnlyAManagerClearingLowersIt() {
        complaint.escalate(1, DeadlineKind.ACKNOWLEDGEMENT, LocalDate.of(2026, 11, 24), "deadline passed", "system", NOW);
        complaint.escalate(2, DeadlineKind.ACKNOWLEDGEMENT, LocalDate.of(2026, 11, 24), "deadline passed", "system", NOW);
        complaint.escalate(1, DeadlineKind.MANUAL, LocalDate.of(2026, 11, 30), "Kunde droht", "handler", NOW);

        assertEquals(2, complaint.getEscalationLevel(), "a later level-1 escalation does not lower level 2");
        assertEquals(3, complaint.getEscalations().stream().filter(Escalation::isOpen).count());

        complaint.clearEscalation("Rückruf erledigt", "manager", NOW);

        assertEquals(0, complaint.getEscalationLevel());
        assertTrue(complaint.getEscalations().stream().noneMatch(Escalation::isOpen));
        assertEquals("Rückruf erledigt", complaint.getEscalations().get(0).getClearReason());
        LifecycleViolation nothingToClear = assertThrows(LifecycleViolation.class,
                () -> complaint.clearEscalation("nochmal", "manager", NOW));
        assertEquals("complaint.escalation.none", nothingToClear.getMessageKey());
    }

    @Test
    void aClosedCaseIsNotEscalated() {
        toInProgress();
        complaint.apply(LifecycleAction.REJECT, "unbegründet", null, "handler", NOW);

        assertThrows(LifecycleViolation.class,
                () -> complaint.escalate(1, DeadlineKind.RESOLUTION, LocalDate.of(2026, 11, 30), "x", "system", NOW));
        assertEquals(0, complaint.getEscalationLevel());
    }

    @Test
    void onlyWaitingForTheCustomerMovesTheResolutionDeadline() {
        toInProgress();
        complaint.extendResolutionDeadline(LocalDate.of(2026, 12, 7), 5, "handler", NOW);
        assertEquals(LocalDate.of(2026, 11, 30), complaint.getResolutionDue(), "not waiting: no pause");
        assertEquals(0, complaint.getPausedBusinessDays());

        complaint.apply(LifecycleAction.WAIT_FOR_CUSTOMER, null, null, "handler", NOW);
        assertEquals(NOW, complaint.getWaitingSince());
        complaint.extendResolutionDeadline(LocalDate.of(2026, 12, 7), 5, "handler", NOW);
        complaint.apply(LifecycleAction.RESUME, null, null, "handler", NOW);

        assertEquals(LocalDate.of(2026, 12, 7), complaint.getResolutionDue());
        assertEquals(5, complaint.getPausedBusinessDays(), "kept for a later recalculation");
        assertNull(complaint.getWaitingSince());
        assertTrue(complaint.getHistory().stream().anyMatch(h -> h.getAction().equals("DEADLINE_PAUSED")
                && "2026-11-30".equals(h.getOldValue()) && "2026-12-07".equals(h.getNewValue())));
    }

    private void toInProgress() {
        complaint.apply(LifecycleAction.ACKNOWLEDGE, null, null, "handler", NOW);
        complaint.apply(LifecycleAction.START, null, null, "handler", NOW);
    }
}
