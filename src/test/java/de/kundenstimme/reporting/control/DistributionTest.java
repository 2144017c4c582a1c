package de.kundenstimme.reporting.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DistributionTest {

    private static Distribution of(int... daysAndCases) {
        List<Distribution.Bucket> buckets = new java.util.ArrayList<>();
        for (int i = 0; i < daysAndCases.length; i += 2) {
            buckets.add(new Distribution.Bucket(daysAndCases[i], daysAndCases[i + 1]));
        }
        return new Distribution(buckets);
    }

    @Test
    void noCasesHaveNoMedian() {
        assertNull(of().getMedian());
        assertNull(of().getPercentile90());
        assertEquals(0, of().getCases());
    }

    @Test
    void oneCaseIsItsOwnMedianAndPercentile() {
        assertEquals(new BigDecimal("4.0"), of(4, 1).getMedian());
        assertEquals(new BigDecimal("4.0"), of(4, 1).getPercentile90());
    }

    @Test
    void anEvenNumberOfCasesHasTheMeanOfTheMiddleTwoAsMedian() {
        // 1, 2 -> 1.5
        assertEquals(new BigDecimal("1.5"), of(1, 1, 2, 1).getMedian());
        // 0, 0, 1, 2 -> 0.5; p90 at rank 2.7 -> 1 + 0.7 * (2 - 1) = 1.7
        assertEquals(new BigDecimal("0.5"), of(0, 2, 1, 1, 2, 1).getMedian());
        assertEquals(new BigDecimal("1.7"), of(0, 2, 1, 1, 2, 1).getPercentile90());
    }

    @Test
    void manyCasesOnTheSameDayAreReadFromTheirCounts() {
        // 10 cases: nine of 3 days, one of 30 days; p90 at rank 8.1 -> 3 + 0.1 * 27 = 5.7
        Distribution distribution = of(3, 9, 30, 1);
        assertEquals(new BigDecimal("3.0"), distribution.getMedian());
        assertEquals(new BigDecimal("5.7"), distribution.getPercentile90());
    }

    @Test
    void bucketsMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> of(5, 1, 2, 1));
    }
}
