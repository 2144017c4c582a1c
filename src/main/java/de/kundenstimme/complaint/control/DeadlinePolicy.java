package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.control.Settings;
import de.kundenstimme.complaint.entity.Deadlines;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deadline rules of DOMAIN.md with the admin's deadline table and holiday region: the
 * deadlines of a new case, the pause while waiting for the customer, the step to level 2 and
 * the lead time of reminders. Settings are read fresh, so changes apply to what comes next.
 */
@ApplicationScoped
public class DeadlinePolicy {

    @Inject
    Settings settings;

    private final Map<FederalState, DeadlineCalculator> calculators = new ConcurrentHashMap<>();

    public Deadlines forNewCase(Instant receivedAt, Priority priority) {
        return forRunningCase(receivedAt, priority, 0);
    }

    /**
     * A running case's deadlines by today's table; its resolution deadline still moves by the
     * business days it has spent waiting for the customer.
     */
    public Deadlines forRunningCase(Instant receivedAt, Priority priority, int pausedBusinessDays) {
        Map<String, String> values = settings.all();
        DeadlineCalculator calculator = calculator(values);
        LocalDate received = BusinessTime.dateOf(receivedAt);
        return new Deadlines(calculator.addBusinessDays(received, days(values, "deadline.acknowledgement", 1)),
                calculator.addBusinessDays(received,
                        days(values, "deadline.resolution." + priority.name(), 10) + pausedBusinessDays));
    }

    /** The resolution deadline moved by the business days spent waiting (0 if none). */
    public LocalDate afterWaiting(LocalDate due, LocalDate waitingSince, LocalDate today) {
        DeadlineCalculator calculator = calculator(settings.all());
        int waited = calculator.businessDaysBetween(waitingSince, today);
        return waited <= 0 ? due : calculator.addBusinessDays(due, waited);
    }

    public int businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return calculator(settings.all()).businessDaysBetween(fromExclusive, toInclusive);
    }

    /** Level 2 comes when a deadline passed and the configured business days more have gone by. */
    public boolean isDueForLevelTwo(LocalDate deadline, LocalDate today) {
        Map<String, String> values = settings.all();
        return calculator(values).addBusinessDays(deadline, days(values, "deadline.escalation.level2", 3)).isBefore(today);
    }

    /** The last deadline date that gets a reminder today: today plus the lead time in business days. */
    public LocalDate reminderHorizon(LocalDate today) {
        Map<String, String> values = settings.all();
        return calculator(values).addBusinessDays(today, days(values, "notification.lead-time", 1));
    }

    private DeadlineCalculator calculator(Map<String, String> values) {
        FederalState state = FederalState.valueOf(values.getOrDefault("holiday.region", "NW"));
        return calculators.computeIfAbsent(state, DeadlineCalculator::new);
    }

    private static int days(Map<String, String> values, String key, int fallback) {
        String value = values.get(key);
        return value == null ? fallback : Integer.parseInt(value.strip());
    }
}
