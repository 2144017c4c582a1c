package de.kundenstimme.intake.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionLimitTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void allowsTheLimitWithinAnHourAndRefusesTheNext() {
        SubmissionLimit limit = new SubmissionLimit(3);

        assertTrue(limit.tryAcquire("203.0.113.7", NINE));
        assertTrue(limit.tryAcquire("203.0.113.7", NINE.plusSeconds(60)));
        assertTrue(limit.tryAcquire("203.0.113.7", NINE.plusSeconds(120)));
        assertFalse(limit.tryAcquire("203.0.113.7", NINE.plusSeconds(180)));
    }

    @Test
    void eachAddressHasItsOwnAllowance() {
        SubmissionLimit limit = new SubmissionLimit(1);

        assertTrue(limit.tryAcquire("203.0.113.7", NINE));
        assertTrue(limit.tryAcquire("2001:db8::1", NINE));
        assertFalse(limit.tryAcquire("203.0.113.7", NINE));
    }

    @Test
    void anHourAfterTheFirstSubmissionItCountsNoMore() {
        SubmissionLimit limit = new SubmissionLimit(2);
        limit.tryAcquire("203.0.113.7", NINE);
        limit.tryAcquire("203.0.113.7", NINE.plusSeconds(600));

        assertFalse(limit.tryAcquire("203.0.113.7", NINE.plus(Duration.ofMinutes(59))));
        assertTrue(limit.tryAcquire("203.0.113.7", NINE.plus(SubmissionLimit.WINDOW)));
        assertFalse(limit.tryAcquire("203.0.113.7", NINE.plus(SubmissionLimit.WINDOW)));
    }

    @Test
    void aRefusedSubmissionDoesNotExtendTheWait() {
        SubmissionLimit limit = new SubmissionLimit(1);
        limit.tryAcquire("203.0.113.7", NINE);
        for (int minute = 1; minute < 60; minute++) {
            assertFalse(limit.tryAcquire("203.0.113.7", NINE.plus(Duration.ofMinutes(minute))));
        }

        assertTrue(limit.tryAcquire("203.0.113.7", NINE.plus(Duration.ofMinutes(60))));
    }
}
