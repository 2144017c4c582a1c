package de.kundenstimme.intake.control;

import java.time.Duration;
import java.util.List;

/**
 * First-response time on mentions, a figure of its own: median and 90th percentile of the time
 * from arrival to the decision (complaint or dismissal), nearest-rank method.
 */
public record ResponseTimes(int count, Duration median, Duration percentile90) {

    public static ResponseTimes of(List<Duration> times) {
        if (times.isEmpty()) {
            return new ResponseTimes(0, null, null);
        }
        List<Duration> sorted = times.stream().sorted().toList();
        return new ResponseTimes(sorted.size(), nearestRank(sorted, 50), nearestRank(sorted, 90));
    }

    private static Duration nearestRank(List<Duration> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
