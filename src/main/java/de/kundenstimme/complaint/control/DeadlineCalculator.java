package de.kundenstimme.complaint.control;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Business-day arithmetic for deadlines: a business day (Werktag) is Monday to Friday and not
 * a public holiday of the configured federal state. Thread-safe; holidays are loaded once per
 * year and kept for the lifetime of the instance.
 */
public class DeadlineCalculator {

    private final FederalState state;
    private final HolidayManager holidayManager;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    /**
     * @throws IllegalStateException if jollyday does not know the state's subdivision; checked
     *         here because jollyday would otherwise silently fall back to national holidays only
     */
    public DeadlineCalculator(FederalState state) {
        this.state = Objects.requireNonNull(state, "state");
        this.holidayManager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
        if (!holidayManager.getCalendarHierarchy().getChildren().containsKey(state.holidaySubdivision())) {
            throw new IllegalStateException("No holiday calendar for subdivision '"
                    + state.holidaySubdivision() + "' of " + state.displayName());
        }
    }

    public FederalState state() {
        return state;
    }

    /**
     * The date on which a deadline of {@code days} business days ends, counted from {@code start}.
     * A start on a weekend or holiday counts as if it fell on the next business day, so for
     * {@code days == 0} the result is {@code start} itself or, if that is no business day, the
     * next business day.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public LocalDate addBusinessDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("Business days must not be negative: " + days);
        }
        LocalDate date = firstBusinessDayFrom(start);
        for (int i = 0; i < days; i++) {
            date = firstBusinessDayFrom(date.plusDays(1));
        }
        return date;
    }

    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !holidaysOf(date.getYear()).contains(date);
    }

    /**
     * Number of business days in the interval ({@code fromExclusive}, {@code toInclusive}];
     * 0 if {@code toInclusive} is not after {@code fromExclusive}.
     */
    public int businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isBusinessDay(date)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate firstBusinessDayFrom(LocalDate date) {
        LocalDate candidate = date;
        while (!isBusinessDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private Set<LocalDate> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, this::loadHolidays);
    }

    private Set<LocalDate> loadHolidays(int year) {
        return holidayManager
                .getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, state.holidaySubdivision())
                .stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
