package de.kundenstimme.reporting.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days of receipt a figure covers, both ends included, in German local dates. */
public record Period(LocalDate from, LocalDate to) {

    /** Longer periods are typing errors and would only make the database work for nothing. */
    public static final int MAX_DAYS = 3700;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period ends before it starts: " + from + " – " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("Period longer than " + MAX_DAYS + " days");
        }
    }

    public static Period month(LocalDate anyDay) {
        LocalDate first = anyDay.withDayOfMonth(1);
        return new Period(first, first.plusMonths(1).minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one: a whole month compares with the whole month before. */
    public Period previous() {
        if (from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            LocalDate start = from.minusMonths(months);
            return new Period(start, from.minusDays(1));
        }
        return new Period(from.minusDays(days()), from.minusDays(1));
    }
}
