package de.kundenstimme.administration.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void theFifthFailureWithinTheWindowLocksTheNameForFifteenMinutes() {
        fail("sabine", 4, NOW);
        assertFalse(throttle.isLocked("sabine", NOW.plusSeconds(60)), "four failures are not enough");

        throttle.recordFailure("sabine", NOW.plusSeconds(120));

        assertTrue(throttle.isLocked("sabine", NOW.plusSeconds(121)));
        assertTrue(throttle.isLocked("Sabine ", NOW.plusSeconds(121)), "names are compared without case and outer spaces");
        assertTrue(throttle.isLocked("sabine", NOW.plusSeconds(119).plus(LoginThrottle.LOCK)), "locked for the whole lock");
        assertFalse(throttle.isLocked("sabine", NOW.plusSeconds(120).plus(LoginThrottle.LOCK)), "the lock runs out");
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        fail("jonas", 4, NOW);
        throttle.recordFailure("jonas", NOW.plus(LoginThrottle.WINDOW).plusSeconds(1));

        assertFalse(throttle.isLocked("jonas", NOW.plus(LoginThrottle.WINDOW).plusSeconds(2)));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        fail("markus", 4, NOW);
        throttle.recordSuccess("markus");
        throttle.recordFailure("markus", NOW.plusSeconds(10));

        assertFalse(throttle.isLocked("markus", NOW.plusSeconds(11)));
    }

    @Test
    void oneLockedNameLeavesOthersAlone() {
        fail("sabine", 5, NOW);

        assertTrue(throttle.isLocked("sabine", NOW));
        assertFalse(throttle.isLocked("jonas", NOW));
    }

    private void fail(String username, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, at.plus(Duration.ofSeconds(i)));
        }
    }
}
