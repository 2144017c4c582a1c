package de.kundenstimme.reporting.control;

import de.kundenstimme.complaint.control.DeadlineCalculator;

import java.time.LocalDate;

/** The monthly leadership report is due on the first business day of each month, for the month before. */
public final class MonthlyReportDay {

    private MonthlyReportDay() {
    }

    public static boolean isToday(DeadlineCalculator calendar, LocalDate today) {
        return calendar.addBusinessDays(today.withDayOfMonth(1), 0).equals(today);
    }

    /** The period the report of that day covers: the whole previous month. */
    public static Period periodFor(LocalDate today) {
        return Period.month(today.minusMonths(1));
    }
}
