package de.kundenstimme.administration.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one user name
 * within {@link #WINDOW}, that name is refused for {@link #LOCK} without asking the identity
 * store, whatever password comes. Kept in memory: a restart forgets it, which is acceptable for a
 * throttle (the attacker gains one more window of attempts).
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** Bounds the memory a flood of invented user names can take. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public boolean isLocked(String username, Instant now) {
        Failures recorded = failures.get(key(username));
        return recorded != null && recorded.lockedUntil() != null && now.isBefore(recorded.lockedUntil());
    }

    public void recordFailure(String username, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.isOver(now));
        }
        failures.compute(key(username), (name, before) -> {
            Failures current = before == null || before.isOver(now) ? new Failures(0, now, null) : before;
            int count = current.count() + 1;
            return new Failures(count, current.firstAt(), count >= MAX_FAILURES ? now.plus(LOCK) : current.lockedUntil());
        });
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {

        boolean isOver(Instant now) {
            return lockedUntil == null ? !now.isBefore(firstAt.plus(WINDOW)) : !now.isBefore(lockedUntil);
        }
    }
}
