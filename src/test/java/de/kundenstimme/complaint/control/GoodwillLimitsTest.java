package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.entity.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GoodwillLimitsTest {

    private static final Map<String, String> SETTINGS = Map.of(
            "goodwill.limit.HANDLER", "50.00",
            "goodwill.limit.MANAGER", "500.00",
            "holiday.region", "NW");

    @Test
    void aHandlerHasTheHandlersLimit() {
        assertEquals(new BigDecimal("50.00"), GoodwillLimits.highest(Set.of(Role.HANDLER), SETTINGS));
    }

    @Test
    void someoneWithSeveralRolesHasTheHighestOfTheirLimits() {
        assertEquals(new BigDecimal("500.00"),
                GoodwillLimits.highest(EnumSet.of(Role.HANDLER, Role.MANAGER), SETTINGS));
    }

    @Test
    void rolesWithoutALimitGrantNothingAlone() {
        assertEquals(new BigDecimal("0.00"), GoodwillLimits.highest(EnumSet.of(Role.EXECUTIVE, Role.ADMIN), SETTINGS));
        assertEquals(new BigDecimal("0.00"), GoodwillLimits.highest(Set.of(), SETTINGS));
    }

    @Test
    void anUnreadableOrNegativeLimitCountsAsZeroNotAsUnlimited() {
        assertEquals(new BigDecimal("0.00"), GoodwillLimits.highest(Set.of(Role.HANDLER),
                Map.of("goodwill.limit.HANDLER", "fünfzig")));
        assertEquals(new BigDecimal("0.00"), GoodwillLimits.highest(Set.of(Role.HANDLER),
                Map.of("goodwill.limit.HANDLER", "-5")));
    }

    @Test
    void aLimitWithoutCentsOrWithMoreIsReadAsEuroAndCentsNeverRoundedUp() {
        assertEquals(new BigDecimal("75.00"), GoodwillLimits.highest(Set.of(Role.HANDLER),
                Map.of("goodwill.limit.HANDLER", " 75 ")));
        assertEquals(new BigDecimal("75.99"), GoodwillLimits.highest(Set.of(Role.HANDLER),
                Map.of("goodwill.limit.HANDLER", "75.999")));
    }
}
