package de.kundenstimme.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The company's clock: deadlines and business days are counted in German local time. Every
 * component asks this bean for the time, so the integration tests can move it forward with a CDI
 * alternative that overrides {@link #clock()} instead of waiting for real days to pass.
 */
@ApplicationScoped
public class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final Clock SYSTEM = Clock.system(ZONE);

    protected Clock clock() {
        return SYSTEM;
    }

    /** Microseconds, as the database keeps them: what is stored is what was answered. */
    public Instant now() {
        return clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
