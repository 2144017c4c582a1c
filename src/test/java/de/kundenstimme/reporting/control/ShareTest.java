package de.kundenstimme.reporting.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ShareTest {

    @Test
    void percentWithOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("66.7"), new Share(2, 3).getPercent());
        assertEquals(new BigDecimal("0.0"), new Share(0, 7).getPercent());
        assertEquals(new BigDecimal("100.0"), new Share(4, 4).getPercent());
        assertEquals(new BigDecimal("12.5"), new Share(1, 8).getPercent());
    }

    @Test
    void nothingToDivideByIsNoPercentage() {
        assertNull(new Share(0, 0).getPercent());
    }
}
