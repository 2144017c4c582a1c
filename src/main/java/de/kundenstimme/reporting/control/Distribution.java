package de.kundenstimme.reporting.control;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How many cases took how many business days, as the database counted them. Median and 90th
 * percentile are read from these counts with linear interpolation between neighbouring ranks (as
 * PERCENTILE_CONT and Excel's PERCENTILE.INC do), so no case list is ever needed.
 */
public record Distribution(List<Bucket> buckets) {

    /** {@code cases} cases took {@code days} business days. */
    public record Bucket(int days, long cases) {
    }

    public Distribution {
        buckets = List.copyOf(buckets);
        for (int i = 1; i < buckets.size(); i++) {
            if (buckets.get(i).days() <= buckets.get(i - 1).days()) {
                throw new IllegalArgumentException("Buckets must be ordered by days: " + buckets);
            }
        }
    }

    @JsonbProperty("cases")
    public long getCases() {
        return buckets.stream().mapToLong(Bucket::cases).sum();
    }

    @JsonbProperty("median")
    public BigDecimal getMedian() {
        return percentile(50);
    }

    @JsonbProperty("percentile90")
    public BigDecimal getPercentile90() {
        return percentile(90);
    }

    /** The p-th percentile in business days with one decimal; null without cases. */
    public BigDecimal percentile(int p) {
        long n = getCases();
        if (n == 0) {
            return null;
        }
        // Position (n - 1) * p / 100 in the sorted values, kept exact as whole part and remainder.
        long scaled = (n - 1) * p;
        long lowerRank = scaled / 100;
        long remainder = scaled % 100;
        int lower = valueAt(lowerRank);
        BigDecimal value = BigDecimal.valueOf(lower);
        if (remainder != 0) {
            int upper = valueAt(lowerRank + 1);
            value = value.add(BigDecimal.valueOf((long) (upper - lower) * remainder, 2));
        }
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    private int valueAt(long rank) {
        long seen = 0;
        for (Bucket bucket : buckets) {
            seen += bucket.cases();
            if (rank < seen) {
                return bucket.days();
            }
        }
        throw new IllegalStateException("Rank " + rank + " beyond " + seen);
    }
}
