package de.kundenstimme.reporting.control;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A rate as the two counts it comes from; the percentage is derived, so every output rounds alike. */
public record Share(long hits, long of) {

    /** Percent with one decimal, half up; null when there is nothing to divide by. */
    @JsonbProperty("percent")
    public BigDecimal getPercent() {
        if (of == 0) {
            return null;
        }
        return BigDecimal.valueOf(hits).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
