package de.kundenstimme.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The company's clock: deadlines and business days are counted in German local time.
 * Everything that asks "what time is it" asks here, so tests can set the clock instead of waiting.
 */
@ApplicationScoped
public class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private volatile Clock clock = Clock.system(ZONE);

    /** Microseconds, as the database keeps them: what is stored is what was answered. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** For tests that drive deadlines: a fixed or offset clock; {@link #useSystemClock()} restores. */
    public void useClock(Clock testClock) {
        this.clock = testClock.withZone(ZONE);
    }

    public void useSystemClock() {
        this.clock = Clock.system(ZONE);
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
