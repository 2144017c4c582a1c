package de.kundenstimme.privacy.control;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How long a closed case keeps its personal data: KUNDENSTIMME_RETENTION_YEARS after closing
 * (default 3). A value below 1 or not a number counts as the default, so a typo never erases
 * every closed case at once.
 */
public record RetentionPeriod(int years) {

    public static final int DEFAULT_YEARS = 3;

    public static RetentionPeriod configured() {
        return of(System.getenv("KUNDENSTIMME_RETENTION_YEARS"));
    }

    static RetentionPeriod of(String value) {
        try {
            int years = value == null || value.isBlank() ? DEFAULT_YEARS : Integer.parseInt(value.strip());
            return new RetentionPeriod(years < 1 ? DEFAULT_YEARS : years);
        } catch (NumberFormatException e) {
            return new RetentionPeriod(DEFAULT_YEARS);
        }
    }

    /** Cases closed before this instant are past the period: the same time of day, so many years ago, in German time. */
    public Instant cutoff(Instant now, ZoneId zone) {
        return now.atZone(zone).minusYears(years).toInstant();
    }
}
