package de.kundenstimme.intake.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ResponseTimesTest {

    @Test
    void medianAndNinetiethPercentileByNearestRank() {
        List<Duration> times = IntStream.rangeClosed(1, 10).map(h -> 11 - h).mapToObj(Duration::ofHours).toList();

        ResponseTimes figures = ResponseTimes.of(times);

        assertEquals(10, figures.count());
        assertEquals(Duration.ofHours(5), figures.median());
        assertEquals(Duration.ofHours(9), figures.percentile90());
    }

    @Test
    void oneValueIsBothFigures() {
        ResponseTimes figures = ResponseTimes.of(List.of(Duration.ofMinutes(42)));

        assertEquals(Duration.ofMinutes(42), figures.median());
        assertEquals(Duration.ofMinutes(42), figures.percentile90());
    }

    @Test
    void noDecisionsNoFigures() {
        ResponseTimes figures = ResponseTimes.of(List.of());

        assertEquals(0, figures.count());
        assertNull(figures.median());
    }
}
