package de.kundenstimme.administration.boundary;

import de.kundenstimme.complaint.control.FederalState;
import de.kundenstimme.complaint.entity.Priority;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemSettingsTest {

    /** The rows of migrations V001 and V004. */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("holiday.region", "NW"), Map.entry("deadline.acknowledgement", "1"),
            Map.entry("deadline.resolution.CRITICAL", "2"), Map.entry("deadline.resolution.HIGH", "5"),
            Map.entry("deadline.resolution.NORMAL", "10"), Map.entry("deadline.resolution.LOW", "20"),
            Map.entry("deadline.follow-up", "10"), Map.entry("deadline.escalation.level2", "3"),
            Map.entry("notification.lead-time", "1"), Map.entry("goodwill.limit.HANDLER", "50.00"),
            Map.entry("goodwill.limit.MANAGER", "500.00"));

    @Test
    void readsTheStoredDefaultsAndWritesThemBackUnchanged() {
        SystemSettings settings = SystemSettings.of(DEFAULTS);

        assertEquals(FederalState.NW, settings.holidayRegion());
        assertEquals(10, settings.resolutionDays().get(Priority.NORMAL));
        assertEquals(new BigDecimal("50.00"), settings.goodwillLimitHandler());
        assertEquals(Map.of(), settings.problems());
        assertEquals(DEFAULTS, settings.toStored());
    }

    @Test
    void anUnreadableStoredValueComesBackEmptyForTheAdminToFillIn() {
        Map<String, String> broken = new java.util.HashMap<>(DEFAULTS);
        broken.put("deadline.follow-up", "zehn");
        broken.put("holiday.region", "XX");

        SystemSettings settings = SystemSettings.of(broken);

        assertNull(settings.followUpDays());
        assertNull(settings.holidayRegion());
        assertEquals("administration.settings.days.range", settings.problems().get("followUp"));
        assertEquals("administration.settings.holidayRegion.required", settings.problems().get("holidayRegion"));
    }

    @Test
    void deadlinesArePositiveBusinessDays() {
        SystemSettings settings = with(0, days(2, 5, 10, 20), 10, 3, 1);

        assertEquals(Map.of("acknowledgement", "administration.settings.days.range"), settings.problems());
        assertEquals("administration.settings.days.range",
                with(1, days(2, 5, null, 20), 10, 3, 1).problems().get("resolution.NORMAL"));
        assertEquals("administration.settings.days.range", with(1, days(2, 5, 10, 20), 10, 251, 1).problems().get("escalationLevel2"));
        assertEquals("administration.settings.leadTime.range", with(1, days(2, 5, 10, 20), 10, 3, 0).problems().get("notificationLeadTime"));
    }

    @Test
    void aMoreUrgentPriorityNeverGetsMoreTime() {
        assertEquals(Map.of("resolution.NORMAL", "administration.settings.resolution.order"),
                with(1, days(2, 5, 4, 20), 10, 3, 1).problems());
        assertEquals(Map.of("acknowledgement", "administration.settings.acknowledgement.afterResolution"),
                with(3, days(2, 5, 10, 20), 10, 3, 1).problems());
        assertEquals(Map.of(), with(2, days(2, 2, 2, 2), 1, 1, 1).problems());
    }

    @Test
    void goodwillLimitsAreEurosWithCentsAndTheManagersIsNotBelowTheHandlers() {
        assertEquals("administration.settings.goodwill.cents",
                limits(new BigDecimal("50.005"), new BigDecimal("500")).problems().get("goodwillLimit.HANDLER"));
        assertEquals("administration.settings.goodwill.range",
                limits(new BigDecimal("-1"), new BigDecimal("500")).problems().get("goodwillLimit.HANDLER"));
        assertEquals("administration.settings.goodwill.required",
                limits(new BigDecimal("50"), null).problems().get("goodwillLimit.MANAGER"));
        assertEquals("administration.settings.goodwill.managerBelowHandler",
                limits(new BigDecimal("75.50"), new BigDecimal("75.49")).problems().get("goodwillLimit.MANAGER"));

        SystemSettings valid = limits(new BigDecimal("75.5"), new BigDecimal("75.50"));
        assertTrue(valid.problems().isEmpty());
        assertEquals("75.50", valid.toStored().get("goodwill.limit.HANDLER"));
        assertEquals("0.00", limits(BigDecimal.ZERO, BigDecimal.ONE).toStored().get("goodwill.limit.HANDLER"));
    }

    private static SystemSettings with(Integer acknowledgement, Map<Priority, Integer> resolution, Integer followUp,
                                       Integer escalation, Integer leadTime) {
        return new SystemSettings(FederalState.BY, acknowledgement, resolution, followUp, escalation, leadTime,
                new BigDecimal("50.00"), new BigDecimal("500.00"));
    }

    private static SystemSettings limits(BigDecimal handler, BigDecimal manager) {
        return new SystemSettings(FederalState.BY, 1, days(2, 5, 10, 20), 10, 3, 1, handler, manager);
    }

    private static Map<Priority, Integer> days(Integer critical, Integer high, Integer normal, Integer low) {
        Map<Priority, Integer> days = new EnumMap<>(Priority.class);
        days.put(Priority.CRITICAL, critical);
        days.put(Priority.HIGH, high);
        days.put(Priority.NORMAL, normal);
        days.put(Priority.LOW, low);
        return days;
    }
}
