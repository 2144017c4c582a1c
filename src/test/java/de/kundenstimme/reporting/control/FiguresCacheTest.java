package de.kundenstimme.reporting.control;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FiguresCacheTest {

    private static final Period MARCH = Period.month(LocalDate.of(2026, 3, 1));
    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 2);
    private static final Instant NINE = Instant.parse("2026-04-02T07:00:00Z");

    private final AtomicInteger computed = new AtomicInteger();

    private FiguresCache.Computation counting() {
        return () -> SampleFigures.received(computed.incrementAndGet());
    }

    @Test
    void theSameFiguresAskedAgainWithNoDayRecomputedAreComputedOnce() throws SQLException {
        FiguresCache cache = new FiguresCache(Clock.fixed(NINE, ZoneOffset.UTC));

        Figures first = cache.figures(MARCH, 7L, AS_OF, 41, counting());
        Figures again = cache.figures(MARCH, 7L, AS_OF, 41, counting());

        assertSame(first, again);
        assertEquals(1, computed.get());
    }

    @Test
    void aRecomputedDayUpToThePeriodsEndComputesThemAnew() throws SQLException {
        FiguresCache cache = new FiguresCache(Clock.fixed(NINE, ZoneOffset.UTC));
        cache.figures(MARCH, 7L, AS_OF, 41, counting());

        Figures after = cache.figures(MARCH, 7L, AS_OF, 42, counting());

        assertEquals(2, after.received(), "computed again");
    }

    @Test
    void anotherDepartmentDayAsOfOrPeriodIsComputedOnItsOwn() throws SQLException {
        FiguresCache cache = new FiguresCache(Clock.fixed(NINE, ZoneOffset.UTC));
        cache.figures(MARCH, 7L, AS_OF, 41, counting());

        cache.figures(MARCH, null, AS_OF, 41, counting());
        cache.figures(MARCH, 7L, AS_OF.plusDays(1), 41, counting());
        cache.figures(Period.month(LocalDate.of(2026, 2, 1)), 7L, AS_OF, 41, counting());

        assertEquals(4, computed.get());
    }

    @Test
    void afterTheirLifetimeTheyAreComputedAnewSoRenamedCategoriesShow() throws SQLException {
        Instant[] now = {NINE};
        FiguresCache cache = new FiguresCache(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        Figures first = cache.figures(MARCH, 7L, AS_OF, 41, counting());
        now[0] = NINE.plus(FiguresCache.LIFETIME).minusSeconds(1);
        assertSame(first, cache.figures(MARCH, 7L, AS_OF, 41, counting()), "still within its lifetime");

        now[0] = NINE.plus(FiguresCache.LIFETIME);

        assertNotSame(first, cache.figures(MARCH, 7L, AS_OF, 41, counting()));
        assertEquals(2, computed.get());
    }

    @Test
    void aFailedComputationLeavesNothingBehind() throws SQLException {
        FiguresCache cache = new FiguresCache(Clock.fixed(NINE, ZoneOffset.UTC));

        assertThrows(SQLException.class, () -> cache.figures(MARCH, 7L, AS_OF, 41, () -> {
            throw new SQLException("connection lost");
        }));

        assertEquals(1, cache.figures(MARCH, 7L, AS_OF, 41, counting()).received(), "computed, not a cached failure");
    }
}
