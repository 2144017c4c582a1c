package de.kundenstimme.intake.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many complaints one network address may send through the public form within an hour
 * (KUNDENSTIMME_WEB_FORM_LIMIT, default 5): enough for a family behind one router, too few for
 * a flood. Kept in memory: a restart forgives, which is acceptable for a bot brake.
 */
@ApplicationScoped
public class SubmissionLimit {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int DEFAULT_LIMIT = 5;
    /** Beyond this many addresses the stale ones are dropped, so a scan cannot fill the memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final int limit;

    public SubmissionLimit() {
        this(Optional.ofNullable(System.getenv("KUNDENSTIMME_WEB_FORM_LIMIT"))
                .filter(value -> value.matches("\\d{1,6}"))
                .map(Integer::parseInt)
                .orElse(DEFAULT_LIMIT));
    }

    SubmissionLimit(int limit) {
        this.limit = limit;
    }

    /** Counts the submission and says whether it is within the limit; a refused one is not counted. */
    public boolean tryAcquire(String address, Instant now) {
        if (recent.size() > PRUNE_ABOVE) {
            recent.values().removeIf(times -> isStale(times, now));
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private static boolean isStale(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().isAfter(now.minus(WINDOW));
        }
    }
}
