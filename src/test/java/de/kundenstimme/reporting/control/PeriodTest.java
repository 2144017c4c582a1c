package de.kundenstimme.reporting.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodTest {

    @Test
    void aMonthComparesWithTheWholeMonthBefore() {
        assertEquals(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                Period.month(LocalDate.of(2026, 3, 17)).previous());
        assertEquals(Period.month(LocalDate.of(2025, 12, 1)), Period.month(LocalDate.of(2026, 1, 1)).previous());
    }

    @Test
    void aQuarterComparesWithTheQuarterBefore() {
        Period q1 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertEquals(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)), q1.previous());
    }

    @Test
    void otherPeriodsCompareWithAsManyDaysBefore() {
        Period week = new Period(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11));
        assertEquals(7, week.days());
        assertEquals(new Period(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)), week.previous());
    }

    @Test
    void refusesBackwardsAndEndlessPeriods() {
        assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1)));
    }
}
