package de.kundenstimme.privacy.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetentionPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void threeYearsUnlessConfiguredWithAWholeNumberOfAtLeastOne() {
        assertEquals(3, RetentionPeriod.of(null).years());
        assertEquals(3, RetentionPeriod.of(" ").years());
        assertEquals(5, RetentionPeriod.of(" 5 ").years());
        assertEquals(3, RetentionPeriod.of("0").years(), "0 would erase every closed case at once");
        assertEquals(3, RetentionPeriod.of("-2").years());
        assertEquals(3, RetentionPeriod.of("drei").years());
    }

    @Test
    void theCutoffIsTheSameGermanTimeOfDaySoManyYearsBack() {
        Instant now = Instant.parse("2026-07-15T08:30:00Z");

        assertEquals(Instant.parse("2023-07-15T08:30:00Z"), new RetentionPeriod(3).cutoff(now, BERLIN));
        assertEquals(Instant.parse("2027-02-28T09:00:00Z"),
                new RetentionPeriod(1).cutoff(Instant.parse("2028-02-29T09:00:00Z"), BERLIN), "a leap day goes back to the 28th");
    }
}
