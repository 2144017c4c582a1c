package de.kundenstimme.reporting.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Figures already computed, per period, department and day "as of", kept while none of the days
 * they are summed from has been recomputed since. Those are all days up to the period's end (the
 * backlog counts from the first), and the sum of their versions (V067) tells in one small read,
 * whichever server recomputed them. So everyone looking at last month or last year shares one
 * computation, while a period that includes today is computed anew after each change to it.
 * Entries also expire after a few minutes, so a renamed category or product shows without waiting
 * for a case of its days to change.
 */
class FiguresCache {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Far more than the periods and departments people look at in a few minutes; beyond it, start afresh. */
    static final int CAPACITY = 500;

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    FiguresCache(Clock clock) {
        this.clock = clock;
    }

    /** The figures computed before for this version of the days up to the period's end, or computed now. */
    Figures figures(Period period, Long departmentId, LocalDate asOf, long version, Computation computation)
            throws SQLException {
        Key key = new Key(period, departmentId, asOf);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version && now.isBefore(entry.computedAt().plus(LIFETIME))) {
            return entry.figures();
        }
        Figures figures = computation.compute();
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        // Read before computing: a recomputation committed meanwhile makes the next caller compute again.
        entries.put(key, new Entry(version, now, figures));
        return figures;
    }

    /** The version of the daily figures up to this day: it grows with every recomputation of one of them. */
    static long version(Connection connection, LocalDate upTo) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select coalesce(sum(version), 0) from figure_day_version where day <= ?")) {
            query.setObject(1, upTo);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @FunctionalInterface
    interface Computation {
        Figures compute() throws SQLException;
    }

    private record Key(Period period, Long departmentId, LocalDate asOf) {
    }

    private record Entry(long version, Instant computedAt, Figures figures) {
    }
}
