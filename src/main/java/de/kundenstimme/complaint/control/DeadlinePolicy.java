package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.control.Settings;
import de.kundenstimme.complaint.entity.Deadlines;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The deadlines a new case gets, from the admin's deadline table and holiday region. */
@ApplicationScoped
public class DeadlinePolicy {

    @Inject
    Settings settings;

    private final Map<FederalState, DeadlineCalculator> calculators = new ConcurrentHashMap<>();

    public Deadlines forNewCase(Instant receivedAt, Priority priority) {
        Map<String, String> values = settings.all();
        DeadlineCalculator calculator = calculator(FederalState.valueOf(values.getOrDefault("holiday.region", "NW")));
        var received = BusinessTime.dateOf(receivedAt);
        int acknowledgement = Integer.parseInt(values.getOrDefault("deadline.acknowledgement", "1"));
        int resolution = Integer.parseInt(values.getOrDefault("deadline.resolution." + priority.name(), "10"));
        return new Deadlines(calculator.addBusinessDays(received, acknowledgement),
                calculator.addBusinessDays(received, resolution));
    }

    private DeadlineCalculator calculator(FederalState state) {
        return calculators.computeIfAbsent(state, DeadlineCalculator::new);
    }
}
