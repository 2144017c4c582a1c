package de.kundenstimme.complaint.entity;

import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.customer.entity.ContactData;
import de.kundenstimme.customer.entity.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goodwill rules of DOMAIN.md: limits, four eyes, final decisions, cents. */
class GoodwillTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final BigDecimal HANDLER_LIMIT = new BigDecimal("50.00");
    private static final BigDecimal MANAGER_LIMIT = new BigDecimal("500.00");

    private Complaint complaint;

    @BeforeEach
    void capture() {
        Department service = new Department("SERVICE", "Kundenservice");
        Category defect = new Category("PRODUKT_DEFEKT", "Defekt", "Defect",
                new Category("PRODUKT", "Produktqualität", "Product quality", null, service, null), service, null);
        Customer customer = new Customer("K-0000001",
                new ContactData("Frau", "Erika", "Mustermann", null, "erika@example.de", null, null, null, null), NOW);
        Intake intake = new Intake(Channel.PHONE, null, NOW, Priority.HIGH, "Maschine undicht", "Die Maschine tropft.", null);
        complaint = new Complaint(intake, customer, defect, null, null,
                new Deadlines(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30)), "BE-2026-000001", "handler", NOW);
    }

    private Goodwill propose(String amount) {
        return complaint.proposeGoodwill(GoodwillKind.VOUCHER, new BigDecimal(amount), "Gutschein", HANDLER_LIMIT,
                "handler", NOW);
    }

    @Test
    void withinTheProposersLimitGoodwillIsGrantedAtOnce() {
        Goodwill goodwill = propose("50");

        assertEquals(GoodwillStatus.GRANTED, goodwill.getStatus());
        assertEquals(new BigDecimal("50.00"), goodwill.getAmount(), "stored with cents");
        assertEquals("handler", goodwill.getDecidedBy());
        assertEquals("GOODWILL_GRANTED", last().getAction());
        assertEquals("VOUCHER 50.00 EUR: Gutschein", last().getNewValue());
        assertEquals(new BigDecimal("50.00"), complaint.getGoodwillTotal());
    }

    @Test
    void aboveTheLimitByOneCentItWaitsForAManagerAndCostsNothingYet() {
        Goodwill goodwill = propose("50.01");

        assertEquals(GoodwillStatus.PROPOSED, goodwill.getStatus());
        assertNull(goodwill.getDecidedBy());
        assertEquals("GOODWILL_PROPOSED", last().getAction());
        assertEquals(new BigDecimal("0.00"), complaint.getGoodwillTotal());
    }

    @Test
    void aManagerOtherThanTheProposerApprovesWithinTheirLimit() {
        Goodwill goodwill = propose("120.00");

        complaint.approveGoodwill(goodwill, MANAGER_LIMIT, null, "manager", NOW);

        assertEquals(GoodwillStatus.GRANTED, goodwill.getStatus());
        assertEquals("manager", goodwill.getDecidedBy());
        assertEquals("GOODWILL_APPROVED", last().getAction());
        assertEquals(new BigDecimal("120.00"), complaint.getGoodwillTotal());
    }

    @Test
    void theProposerCannotDecideTheirOwnProposalEvenAsManager() {
        Goodwill goodwill = complaint.proposeGoodwill(GoodwillKind.REFUND, new BigDecimal("600.00"), "Erstattung",
                MANAGER_LIMIT, "manager", NOW);

        LifecycleViolation refused = assertThrows(LifecycleViolation.class,
                () -> complaint.approveGoodwill(goodwill, new BigDecimal("1000.00"), null, "MANAGER", NOW));

        assertEquals("complaint.goodwill.ownProposal", refused.getMessageKey());
        assertThrows(LifecycleViolation.class, () -> complaint.declineGoodwill(goodwill, "Nein", "manager", NOW));
        assertTrue(goodwill.isPending());
    }

    @Test
    void aManagerCannotApproveAboveTheirOwnLimitButTheProposalStaysOpen() {
        Goodwill goodwill = propose("500.01");
        int historyBefore = complaint.getHistory().size();

        LifecycleViolation refused = assertThrows(LifecycleViolation.class,
                () -> complaint.approveGoodwill(goodwill, MANAGER_LIMIT, null, "manager", NOW));

        assertEquals("complaint.goodwill.aboveOwnLimit", refused.getMessageKey());
        assertEquals(new BigDecimal("500.01"), refused.getArguments()[0]);
        assertEquals(MANAGER_LIMIT, refused.getArguments()[1]);
        assertTrue(goodwill.isPending());
        assertEquals(historyBefore, complaint.getHistory().size(), "a refusal is no history");
        complaint.approveGoodwill(goodwill, new BigDecimal("1000.00"), "Stammkunde", "director", NOW);
        assertEquals(GoodwillStatus.GRANTED, goodwill.getStatus());
    }

    @Test
    void declineNeedsAReasonAndIsFinal() {
        Goodwill goodwill = propose("80.00");

        assertThrows(LifecycleViolation.class, () -> complaint.declineGoodwill(goodwill, "  ", "manager", NOW));
        complaint.declineGoodwill(goodwill, " Zu hoch ", "manager", NOW);

        assertEquals(GoodwillStatus.DECLINED, goodwill.getStatus());
        assertEquals("Zu hoch", goodwill.getDecisionReason());
        assertEquals("GOODWILL_DECLINED", last().getAction());
        LifecycleViolation again = assertThrows(LifecycleViolation.class,
                () -> complaint.approveGoodwill(goodwill, MANAGER_LIMIT, null, "manager2", NOW));
        assertEquals("complaint.goodwill.alreadyDecided", again.getMessageKey());
        assertEquals(new BigDecimal("0.00"), complaint.getGoodwillTotal());
    }

    @Test
    void aGrantedGoodwillCannotBeDecidedAgain() {
        Goodwill goodwill = propose("10.00");

        assertThrows(LifecycleViolation.class, () -> complaint.declineGoodwill(goodwill, "Doch nicht", "manager", NOW));
        assertTrue(goodwill.isGranted());
    }

    @Test
    void theTotalAddsGrantedGoodwillExactlyInCents() {
        propose("0.10");
        propose("0.20");
        propose("33.33");
        propose("99.99");

        assertEquals(new BigDecimal("33.63"), complaint.getGoodwillTotal());
    }

    @Test
    void amountsNeedCentsAtMostAndStayWithinBounds() {
        assertTrue(Goodwill.isValidAmount(new BigDecimal("0.01")));
        assertTrue(Goodwill.isValidAmount(new BigDecimal("100000.00")));
        assertTrue(Goodwill.isValidAmount(new BigDecimal("12.3")));
        assertTrue(Goodwill.isValidAmount(new BigDecimal("1E+2")));
        assertFalse(Goodwill.isValidAmount(new BigDecimal("12.340")), "three decimals as given");
        assertFalse(Goodwill.isValidAmount(new BigDecimal("12.345")));
        assertFalse(Goodwill.isValidAmount(new BigDecimal("0")));
        assertFalse(Goodwill.isValidAmount(new BigDecimal("-1")));
        assertFalse(Goodwill.isValidAmount(new BigDecimal("100000.01")));
        assertFalse(Goodwill.isValidAmount(new BigDecimal("1E+400")));
        assertFalse(Goodwill.isValidAmount(null));
        assertThrows(IllegalArgumentException.class, () -> propose("12.345"));
        assertEquals(0, complaint.getGoodwill().size());
        assertEquals(new BigDecimal("100.00"), propose("1E+2").getAmount());
    }

    @Test
    void withoutALimitNothingIsGrantedAlone() {
        assertFalse(Goodwill.withinLimit(new BigDecimal("0.01"), null));
        assertFalse(Goodwill.withinLimit(new BigDecimal("0.01"), new BigDecimal("0.00")));
        assertTrue(Goodwill.withinLimit(new BigDecimal("50"), new BigDecimal("50.00")));
    }

    @Test
    void aClosedOrRejectedCaseTakesNoNewGoodwill() {
        complaint.apply(LifecycleAction.ACKNOWLEDGE, null, null, "handler", NOW);
        complaint.apply(LifecycleAction.START, null, null, "handler", NOW);
        complaint.apply(LifecycleAction.REJECT, "Unbegründet", null, "handler", NOW);

        LifecycleViolation refused = assertThrows(LifecycleViolation.class, () -> propose("10.00"));

        assertEquals("complaint.goodwill.caseFinished", refused.getMessageKey());
    }

    @Test
    void aCaseWithGoodwillAwaitingApprovalCannotBeClosed() {
        complaint.apply(LifecycleAction.ACKNOWLEDGE, null, null, "handler", NOW);
        complaint.apply(LifecycleAction.START, null, null, "handler", NOW);
        Goodwill goodwill = propose("200.00");
        complaint.apply(LifecycleAction.RESOLVE, null, "Gutschein", "handler", NOW);
        complaint.addNote(NoteKind.FINAL_ANSWER_BY_PHONE, "Telefonisch mitgeteilt", "handler", NOW);

        LifecycleViolation refused = assertThrows(LifecycleViolation.class,
                () -> complaint.apply(LifecycleAction.CLOSE, null, null, "handler", NOW));

        assertEquals("complaint.lifecycle.pendingGoodwill", refused.getMessageKey());
        complaint.approveGoodwill(goodwill, MANAGER_LIMIT, null, "manager", NOW);
        complaint.apply(LifecycleAction.CLOSE, null, null, "handler", NOW);
        assertEquals(ComplaintStatus.CLOSED, complaint.getStatus());
    }

    @Test
    void specialCaseFlagsChangeWithHistoryAndSettingTheSameValueIsNoChange() {
        complaint.flag(SpecialCase.LEGAL_THREAT, true, "handler", NOW);
        complaint.flag(SpecialCase.LEGAL_THREAT, true, "handler", NOW);

        assertTrue(complaint.isLegalThreat());
        assertFalse(complaint.isAddressedToBoard());
        assertEquals(2, complaint.getHistory().size());
        assertEquals("legalThreat", last().getField());
        assertEquals("false", last().getOldValue());
        assertEquals("true", last().getNewValue());
        complaint.flag(SpecialCase.LEGAL_THREAT, false, "handler", NOW);
        assertFalse(complaint.isFlagged(SpecialCase.LEGAL_THREAT));
    }

    private HistoryEntry last() {
        return complaint.getHistory().get(complaint.getHistory().size() - 1);
    }
}
