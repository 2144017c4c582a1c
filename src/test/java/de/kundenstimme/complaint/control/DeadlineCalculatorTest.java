package de.kundenstimme.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** All expected dates were worked out by hand from a calendar. */
class DeadlineCalculatorTest {

    private static final Map<FederalState, DeadlineCalculator> CALCULATORS = new EnumMap<>(FederalState.class);

    private static DeadlineCalculator calculator(FederalState state) {
        return CALCULATORS.computeIfAbsent(state, DeadlineCalculator::new);
    }

    @ParameterizedTest(name = "{0}: {1} + {2} business days = {3}")
    @CsvSource({
            // plain weeks and weekends (January 2026, no holidays after the 6th)
            "BE, 2026-01-12, 0,  2026-01-12",  // Monday, same day
            "BE, 2026-01-12, 1,  2026-01-13",
            "BE, 2026-01-12, 5,  2026-01-19",
            "BE, 2026-01-12, 10, 2026-01-26",
            "BE, 2026-01-09, 1,  2026-01-12",  // Friday -> Monday
            "BE, 2026-01-08, 2,  2026-01-12",  // Thursday -> Monday
            "BE, 2026-01-16, 20, 2026-02-13",  // LOW priority default
            // receipt on a weekend counts from the next business day
            "BE, 2026-01-10, 0,  2026-01-12",  // Saturday -> Monday
            "BE, 2026-01-10, 1,  2026-01-13",  // Saturday -> Tuesday
            "BE, 2026-01-11, 1,  2026-01-13",  // Sunday -> Tuesday
            "BE, 2026-01-10, 5,  2026-01-19",
            // Easter 2026: Karfreitag 3 April, Ostermontag 6 April
            "BE, 2026-04-02, 1,  2026-04-07",  // Maundy Thursday -> Tuesday after Easter
            "BE, 2026-04-02, 2,  2026-04-08",
            "BE, 2026-03-30, 10, 2026-04-15",
            "BE, 2026-04-03, 0,  2026-04-07",  // receipt on Good Friday
            "BE, 2026-04-03, 1,  2026-04-08",
            "BE, 2026-04-04, 1,  2026-04-08",  // receipt on Holy Saturday
            "BE, 2026-04-06, 0,  2026-04-07",  // receipt on Easter Monday
            // Labour Day (Fri 1 May), Ascension (Thu 14 May), Whit Monday (25 May) 2026
            "BE, 2026-04-30, 1,  2026-05-04",
            "BE, 2026-05-13, 1,  2026-05-15",
            "BE, 2026-05-22, 1,  2026-05-26",
            // German Unity Day, Friday 3 October 2025
            "BE, 2025-10-02, 1,  2025-10-06",
            "BY, 2025-10-02, 1,  2025-10-06",
            // Christmas 2026: 25 Dec Friday, 26 Dec Saturday; 24 Dec is a business day
            "BE, 2026-12-23, 1,  2026-12-24",
            "BE, 2026-12-23, 2,  2026-12-28",
            "BE, 2026-12-23, 3,  2026-12-29",
            "BE, 2026-12-24, 1,  2026-12-28",
            // year boundary: New Year 2027 on Friday; Epiphany (Wed 6 Jan) only in BW/BY/ST
            "BE, 2026-12-30, 1,  2026-12-31",
            "BE, 2026-12-30, 2,  2027-01-04",
            "BE, 2026-12-31, 1,  2027-01-04",
            "BE, 2026-12-30, 5,  2027-01-07",
            "BY, 2026-12-30, 5,  2027-01-08",
            "BW, 2026-12-30, 5,  2027-01-08",
            "ST, 2026-12-30, 5,  2027-01-08",
            "BE, 2027-01-01, 0,  2027-01-04",  // receipt on New Year's Day
            "BE, 2026-12-19, 10, 2027-01-06",  // Saturday before Christmas, NORMAL priority
            "BY, 2026-12-19, 10, 2027-01-07",
            // Fronleichnam, Thursday 4 June 2026: BY/NW yes, BE/HH no
            "BY, 2026-06-03, 1,  2026-06-05",
            "NW, 2026-06-03, 1,  2026-06-05",
            "BE, 2026-06-03, 1,  2026-06-04",
            "HH, 2026-06-03, 1,  2026-06-04",
            "BY, 2026-06-04, 0,  2026-06-05",
            // Reformationstag, Friday 31 October 2025: SN yes, BY no
            "SN, 2025-10-30, 1,  2025-11-03",
            "BY, 2025-10-30, 1,  2025-10-31",
            // Buß- und Bettag, Wednesday 18 November 2026: only SN
            "SN, 2026-11-17, 1,  2026-11-19",
            "BY, 2026-11-17, 1,  2026-11-18",
            // Frauentag, Monday 8 March 2027: BE yes, BY no
            "BE, 2027-03-05, 1,  2027-03-09",
            "BY, 2027-03-05, 1,  2027-03-08"
    })
    void addBusinessDays(FederalState state, LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, calculator(state).addBusinessDays(start, days));
    }

    @ParameterizedTest(name = "{0}: {1} business day = {2}")
    @CsvSource({
            "BE, 2026-01-12, true",   // Monday
            "BE, 2026-01-16, true",   // Friday
            "BE, 2026-01-17, false",  // Saturday
            "BE, 2026-01-18, false",  // Sunday
            "BE, 2026-01-01, false",  // New Year
            "BE, 2026-04-03, false",  // Good Friday
            "BE, 2026-04-06, false",  // Easter Monday
            "BE, 2026-04-07, true",
            "BE, 2026-05-01, false",  // Labour Day
            "BE, 2026-05-14, false",  // Ascension
            "BE, 2026-05-25, false",  // Whit Monday
            "BE, 2025-10-03, false",  // German Unity Day
            "BE, 2026-12-24, true",   // Christmas Eve is no public holiday
            "BE, 2026-12-25, false",
            "BE, 2025-12-26, false",  // Boxing Day 2025 is a Friday
            "BE, 2026-12-31, true",
            // a distinguishing holiday for each of the 16 states
            "BW, 2026-01-06, false",  // Epiphany
            "BY, 2026-01-06, false",
            "ST, 2026-01-06, false",
            "BE, 2026-01-06, true",
            "NI, 2026-01-06, true",
            "BE, 2027-03-08, false",  // International Women's Day
            "MV, 2027-03-08, false",
            "BB, 2027-03-08, true",
            "BB, 2025-10-31, false",  // Reformation Day
            "HB, 2025-10-31, false",
            "HH, 2025-10-31, false",
            "MV, 2025-10-31, false",
            "NI, 2025-10-31, false",
            "SH, 2025-10-31, false",
            "SN, 2025-10-31, false",
            "ST, 2025-10-31, false",
            "TH, 2025-10-31, false",
            "BW, 2025-10-31, true",
            "BY, 2025-10-31, true",
            "HE, 2025-10-31, true",
            "NW, 2025-10-31, true",
            "RP, 2025-10-31, true",
            "SL, 2025-10-31, true",
            "BE, 2025-10-31, true",
            "HE, 2026-06-04, false",  // Corpus Christi
            "NW, 2026-06-04, false",
            "RP, 2026-06-04, false",
            "SL, 2026-06-04, false",
            "BW, 2026-06-04, false",
            "BY, 2026-06-04, false",
            "BE, 2026-06-04, true",
            "HH, 2026-06-04, true",
            "SN, 2026-06-04, true",
            "SL, 2025-08-15, false",  // Assumption Day
            "NW, 2025-08-15, true",
            "TH, 2027-09-20, false",  // World Children's Day
            "BE, 2027-09-20, true",
            "SN, 2026-11-18, false",  // Day of Repentance and Prayer
            "BY, 2026-11-18, true",
            "NW, 2026-11-02, true"    // All Saints' Day fell on Sunday 1 Nov; no substitute day
    })
    void isBusinessDay(FederalState state, LocalDate date, boolean expected) {
        assertEquals(expected, calculator(state).isBusinessDay(date));
    }

    @ParameterizedTest(name = "{0}: ({1}, {2}] = {3}")
    @CsvSource({
            "BE, 2026-01-12, 2026-01-12, 0",
            "BE, 2026-01-13, 2026-01-12, 0",   // to before from
            "BE, 2026-01-12, 2026-01-13, 1",
            "BE, 2026-01-09, 2026-01-12, 1",   // Friday -> Monday
            "BE, 2026-01-09, 2026-01-11, 0",   // only the weekend
            "BE, 2026-01-12, 2026-01-26, 10",
            "BE, 2026-03-30, 2026-04-15, 10",  // across Easter
            "BE, 2026-04-02, 2026-04-07, 1",
            "BY, 2026-06-03, 2026-06-05, 1",
            "BE, 2026-06-03, 2026-06-05, 2",
            "BY, 2026-12-23, 2027-01-08, 9",   // Christmas, New Year and Epiphany
            "BE, 2026-12-23, 2027-01-08, 10",
            "BE, 2026-01-10, 2026-01-13, 2"    // Saturday receipt: Monday and Tuesday
    })
    void businessDaysBetween(FederalState state, LocalDate fromExclusive, LocalDate toInclusive, int expected) {
        assertEquals(expected, calculator(state).businessDaysBetween(fromExclusive, toInclusive));
    }

    @Test
    void businessDaysBetweenInvertsAddBusinessDaysFromABusinessDay() {
        DeadlineCalculator calculator = calculator(FederalState.NW);
        LocalDate start = LocalDate.of(2026, 12, 15);
        for (int days = 0; days <= 30; days++) {
            LocalDate deadline = calculator.addBusinessDays(start, days);
            assertTrue(calculator.isBusinessDay(deadline), deadline::toString);
            assertEquals(days, calculator.businessDaysBetween(start, deadline), "days=" + days);
        }
    }

    @ParameterizedTest
    @EnumSource(FederalState.class)
    void everyStateHasAHolidayCalendar(FederalState state) {
        DeadlineCalculator calculator = new DeadlineCalculator(state);
        assertEquals(state, calculator.state());
        assertFalse(calculator.isBusinessDay(LocalDate.of(2026, 4, 3)));    // Good Friday
        assertFalse(calculator.isBusinessDay(LocalDate.of(2026, 12, 25)));  // Christmas Day
    }

    @Test
    void displayNamesAreGerman() {
        assertEquals("Bayern", FederalState.BY.displayName());
        assertEquals("Nordrhein-Westfalen", FederalState.NW.displayName());
        assertEquals("Thüringen", FederalState.TH.displayName());
        assertEquals("by", FederalState.BY.holidaySubdivision());
    }

    @Test
    void negativeDaysAreRejected() {
        DeadlineCalculator calculator = calculator(FederalState.BE);
        assertThrows(IllegalArgumentException.class,
                () -> calculator.addBusinessDays(LocalDate.of(2026, 1, 12), -1));
    }

    @Test
    void nullArgumentsAreRejected() {
        DeadlineCalculator calculator = calculator(FederalState.BE);
        LocalDate date = LocalDate.of(2026, 1, 12);
        assertThrows(NullPointerException.class, () -> new DeadlineCalculator(null));
        assertThrows(NullPointerException.class, () -> calculator.addBusinessDays(null, 1));
        assertThrows(NullPointerException.class, () -> calculator.isBusinessDay(null));
        assertThrows(NullPointerException.class, () -> calculator.businessDaysBetween(null, date));
        assertThrows(NullPointerException.class, () -> calculator.businessDaysBetween(date, null));
    }

    @Test
    void concurrentUseGivesTheSameResults() throws Exception {
        DeadlineCalculator shared = new DeadlineCalculator(FederalState.BY);
        List<Callable<LocalDate>> tasks = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            int year = 2020 + i % 16;
            tasks.add(() -> shared.addBusinessDays(LocalDate.of(year, 12, 30), 5));
        }
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            List<Future<LocalDate>> results = executor.invokeAll(tasks);
            DeadlineCalculator fresh = new DeadlineCalculator(FederalState.BY);
            for (int i = 0; i < results.size(); i++) {
                int year = 2020 + i % 16;
                assertEquals(fresh.addBusinessDays(LocalDate.of(year, 12, 30), 5), results.get(i).get());
            }
            assertEquals(LocalDate.of(2027, 1, 8), results.get(6).get());  // 2026, see addBusinessDays
        } finally {
            executor.shutdownNow();
        }
    }
}
