package de.kundenstimme.reporting.control;

import de.kundenstimme.complaint.control.DeadlineCalculator;
import de.kundenstimme.complaint.control.FederalState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthlyReportDayTest {

    private final DeadlineCalculator northRhineWestphalia = new DeadlineCalculator(FederalState.NW);

    @Test
    void newYearsDayIsAHolidaySoTheSecondOfJanuaryIsTheDay() {
        assertFalse(MonthlyReportDay.isToday(northRhineWestphalia, LocalDate.of(2026, 1, 1)));
        assertTrue(MonthlyReportDay.isToday(northRhineWestphalia, LocalDate.of(2026, 1, 2)));
    }

    @Test
    void aMonthStartingOnASundayHasItsReportOnMonday() {
        assertFalse(MonthlyReportDay.isToday(northRhineWestphalia, LocalDate.of(2026, 2, 1)));
        assertTrue(MonthlyReportDay.isToday(northRhineWestphalia, LocalDate.of(2026, 2, 2)));
        assertFalse(MonthlyReportDay.isToday(northRhineWestphalia, LocalDate.of(2026, 2, 3)));
    }

    @Test
    void mayDayIsAHolidayToo() {
        // 1 May 2026 is a Friday and Labour Day: the report waits for Monday, 4 May.
        assertFalse(MonthlyReportDay.isToday(northRhineWestphalia, LocalDate.of(2026, 5, 1)));
        assertTrue(MonthlyReportDay.isToday(northRhineWestphalia, LocalDate.of(2026, 5, 4)));
    }

    @Test
    void theReportCoversTheWholePreviousMonth() {
        assertEquals(new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)),
                MonthlyReportDay.periodFor(LocalDate.of(2026, 1, 2)));
        assertEquals(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                MonthlyReportDay.periodFor(LocalDate.of(2026, 3, 2)));
    }
}
