package de.kundenstimme.complaint.entity;

import static de.kundenstimme.complaint.entity.ComplaintStatus.ACKNOWLEDGED;
import static de.kundenstimme.complaint.entity.ComplaintStatus.CLOSED;
import static de.kundenstimme.complaint.entity.ComplaintStatus.IN_PROGRESS;
import static de.kundenstimme.complaint.entity.ComplaintStatus.NEW;
import static de.kundenstimme.complaint.entity.ComplaintStatus.REJECTED;
import static de.kundenstimme.complaint.entity.ComplaintStatus.RESOLVED;
import static de.kundenstimme.complaint.entity.ComplaintStatus.WAITING_FOR_CUSTOMER;
import static de.kundenstimme.complaint.entity.ComplaintStatus.WAITING_FOR_DEPARTMENT;
import static de.kundenstimme.complaint.entity.LifecycleAction.ACKNOWLEDGE;
import static de.kundenstimme.complaint.entity.LifecycleAction.CLOSE;
import static de.kundenstimme.complaint.entity.LifecycleAction.REJECT;
import static de.kundenstimme.complaint.entity.LifecycleAction.REOPEN;
import static de.kundenstimme.complaint.entity.LifecycleAction.RESOLVE;
import static de.kundenstimme.complaint.entity.LifecycleAction.RESUME;
import static de.kundenstimme.complaint.entity.LifecycleAction.START;
import static de.kundenstimme.complaint.entity.LifecycleAction.WAIT_FOR_CUSTOMER;
import static de.kundenstimme.complaint.entity.LifecycleAction.WAIT_FOR_DEPARTMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleActionTest {

    /** The diagram in DOMAIN.md, written out by hand: action -> states it may start from. */
    private static final Map<LifecycleAction, Set<ComplaintStatus>> ALLOWED = Map.of(
            ACKNOWLEDGE, Set.of(NEW),
            START, Set.of(ACKNOWLEDGED),
            WAIT_FOR_CUSTOMER, Set.of(IN_PROGRESS),
            WAIT_FOR_DEPARTMENT, Set.of(IN_PROGRESS),
            RESUME, Set.of(WAITING_FOR_CUSTOMER, WAITING_FOR_DEPARTMENT),
            RESOLVE, Set.of(IN_PROGRESS),
            CLOSE, Set.of(RESOLVED),
            REJECT, Set.of(IN_PROGRESS),
            REOPEN, Set.of(RESOLVED, CLOSED, REJECTED));

    @ParameterizedTest(name = "{1} --{0}--> {2}")
    @CsvSource({
            "ACKNOWLEDGE,         NEW,                    ACKNOWLEDGED",
            "START,               ACKNOWLEDGED,           IN_PROGRESS",
            "WAIT_FOR_CUSTOMER,   IN_PROGRESS,            WAITING_FOR_CUSTOMER",
            "WAIT_FOR_DEPARTMENT, IN_PROGRESS,            WAITING_FOR_DEPARTMENT",
            "RESUME,              WAITING_FOR_CUSTOMER,   IN_PROGRESS",
            "RESUME,              WAITING_FOR_DEPARTMENT, IN_PROGRESS",
            "RESOLVE,             IN_PROGRESS,            RESOLVED",
            "CLOSE,               RESOLVED,               CLOSED",
            "REJECT,              IN_PROGRESS,            REJECTED",
            "REOPEN,              RESOLVED,               IN_PROGRESS",
            "REOPEN,              CLOSED,                 IN_PROGRESS",
            "REOPEN,              REJECTED,               IN_PROGRESS"
    })
    void allowedTransition(LifecycleAction action, ComplaintStatus from, ComplaintStatus to) {
        assertTrue(action.allowedFrom(from), () -> action + " must be allowed from " + from);
        assertEquals(to, action.target());
    }

    @ParameterizedTest(name = "{0} refused from {1}")
    @CsvSource({
            "START,               NEW",
            "RESOLVE,             NEW",
            "REJECT,              NEW",
            "CLOSE,               NEW",
            "REOPEN,              NEW",
            "ACKNOWLEDGE,         ACKNOWLEDGED",
            "RESOLVE,             ACKNOWLEDGED",
            "WAIT_FOR_CUSTOMER,   ACKNOWLEDGED",
            "REJECT,              ACKNOWLEDGED",
            "ACKNOWLEDGE,         IN_PROGRESS",
            "START,               IN_PROGRESS",
            "RESUME,              IN_PROGRESS",
            "CLOSE,               IN_PROGRESS",
            "REOPEN,              IN_PROGRESS",
            "RESOLVE,             WAITING_FOR_CUSTOMER",
            "REJECT,              WAITING_FOR_CUSTOMER",
            "WAIT_FOR_DEPARTMENT, WAITING_FOR_CUSTOMER",
            "WAIT_FOR_CUSTOMER,   WAITING_FOR_CUSTOMER",
            "CLOSE,               WAITING_FOR_DEPARTMENT",
            "WAIT_FOR_CUSTOMER,   WAITING_FOR_DEPARTMENT",
            "RESOLVE,             RESOLVED",
            "REJECT,              RESOLVED",
            "RESUME,              RESOLVED",
            "CLOSE,               CLOSED",
            "RESOLVE,             CLOSED",
            "START,               CLOSED",
            "CLOSE,               REJECTED",
            "RESUME,              REJECTED",
            "REJECT,              REJECTED"
    })
    void forbiddenTransition(LifecycleAction action, ComplaintStatus from) {
        assertFalse(action.allowedFrom(from), () -> action + " must be refused from " + from);
    }

    @Test
    void everyActionStateCombinationMatchesTheDiagram() {
        int allowedPairs = 0;
        for (LifecycleAction action : LifecycleAction.values()) {
            for (ComplaintStatus status : ComplaintStatus.values()) {
                boolean expected = ALLOWED.get(action).contains(status);
                assertEquals(expected, action.allowedFrom(status), action + " from " + status);
                if (action.allowedFrom(status)) {
                    allowedPairs++;
                }
            }
        }
        assertEquals(12, allowedPairs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NEW                    | ACKNOWLEDGE",
            "ACKNOWLEDGED           | START",
            "IN_PROGRESS            | WAIT_FOR_CUSTOMER WAIT_FOR_DEPARTMENT RESOLVE REJECT",
            "WAITING_FOR_CUSTOMER   | RESUME",
            "WAITING_FOR_DEPARTMENT | RESUME",
            "RESOLVED               | CLOSE REOPEN",
            "CLOSED                 | REOPEN",
            "REJECTED               | REOPEN"
    })
    void availableFromListsActionsInDeclarationOrder(ComplaintStatus status, String expectedActions) {
        List<LifecycleAction> expected = java.util.Arrays.stream(expectedActions.split(" "))
                .map(LifecycleAction::valueOf)
                .toList();
        assertEquals(expected, LifecycleAction.availableFrom(status));
    }

    @Test
    void availableFromIsUnmodifiable() {
        List<LifecycleAction> actions = LifecycleAction.availableFrom(IN_PROGRESS);
        assertThrows(UnsupportedOperationException.class, () -> actions.add(CLOSE));
    }

    @Test
    void nullStatusIsRejected() {
        assertThrows(NullPointerException.class, () -> START.allowedFrom(null));
        assertThrows(NullPointerException.class, () -> LifecycleAction.availableFrom(null));
    }

    @ParameterizedTest
    @EnumSource(LifecycleAction.class)
    void onlyRejectAndReopenRequireAReason(LifecycleAction action) {
        assertEquals(action == REJECT || action == REOPEN, action.requiresReason());
    }

    @ParameterizedTest
    @EnumSource(LifecycleAction.class)
    void onlyResolveRequiresAnAgreedSolution(LifecycleAction action) {
        assertEquals(action == RESOLVE, action.requiresAgreedSolution());
    }

    @ParameterizedTest(name = "{0}: open={1}, waiting={2}")
    @CsvSource({
            "NEW,                    true,  false",
            "ACKNOWLEDGED,           true,  false",
            "IN_PROGRESS,            true,  false",
            "WAITING_FOR_CUSTOMER,   true,  true",
            "WAITING_FOR_DEPARTMENT, true,  true",
            "RESOLVED,               false, false",
            "CLOSED,                 false, false",
            "REJECTED,               false, false"
    })
    void statusIsOpenAndWaiting(ComplaintStatus status, boolean open, boolean waiting) {
        assertEquals(open, status.isOpen());
        assertEquals(waiting, status.isWaiting());
    }
}
