package de.kundenstimme.administration.boundary;

import de.kundenstimme.complaint.control.FederalState;
import de.kundenstimme.complaint.entity.Priority;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin's settings as typed values: the deadline table in business days, the holiday region,
 * the notification lead time and the goodwill limits per role in EUR with cents. Stored as the
 * rows of {@code app_setting}; the names are the ones every component reads.
 */
public record SystemSettings(FederalState holidayRegion, Integer acknowledgementDays, Map<Priority, Integer> resolutionDays,
                             Integer followUpDays, Integer escalationLevel2Days, Integer notificationLeadDays,
                             BigDecimal goodwillLimitHandler, BigDecimal goodwillLimitManager) {

    static final int MAX_DEADLINE_DAYS = 250;
    static final int MAX_LEAD_DAYS = 30;
    static final BigDecimal MAX_GOODWILL_LIMIT = new BigDecimal("9999999999.99");

    public SystemSettings {
        resolutionDays = resolutionDays == null ? new EnumMap<>(Priority.class) : new EnumMap<>(resolutionDays);
    }

    /** The settings as stored; a value that is missing or unreadable comes back empty, for the admin to fill in. */
    public static SystemSettings of(Map<String, String> stored) {
        Map<Priority, Integer> resolution = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            resolution.put(priority, integer(stored.get("deadline.resolution." + priority.name())));
        }
        FederalState region = null;
        try {
            region = FederalState.valueOf(stored.getOrDefault("holiday.region", ""));
        } catch (IllegalArgumentException unknown) {
            // left empty: the settings page asks for it
        }
        return new SystemSettings(region, integer(stored.get("deadline.acknowledgement")), resolution,
                integer(stored.get("deadline.follow-up")), integer(stored.get("deadline.escalation.level2")),
                integer(stored.get("notification.lead-time")), amount(stored.get("goodwill.limit.HANDLER")),
                amount(stored.get("goodwill.limit.MANAGER")));
    }

    /** Each field that is wrong, with the message key that says why; empty when all is well. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (holidayRegion == null) {
            problems.put("holidayRegion", "administration.settings.holidayRegion.required");
        }
        checkDays("acknowledgement", acknowledgementDays, problems);
        for (Priority priority : Priority.values()) {
            checkDays("resolution." + priority.name(), resolutionDays.get(priority), problems);
        }
        checkDays("followUp", followUpDays, problems);
        checkDays("escalationLevel2", escalationLevel2Days, problems);
        if (notificationLeadDays == null || notificationLeadDays < 1 || notificationLeadDays > MAX_LEAD_DAYS) {
            problems.put("notificationLeadTime", "administration.settings.leadTime.range");
        }
        if (problems.isEmpty()) {
            checkOrder(problems);
        }
        checkAmount("goodwillLimit.HANDLER", goodwillLimitHandler, problems);
        checkAmount("goodwillLimit.MANAGER", goodwillLimitManager, problems);
        if (!problems.containsKey("goodwillLimit.HANDLER") && !problems.containsKey("goodwillLimit.MANAGER")
                && goodwillLimitManager.compareTo(goodwillLimitHandler) < 0) {
            problems.put("goodwillLimit.MANAGER", "administration.settings.goodwill.managerBelowHandler");
        }
        return problems;
    }

    /** The rows to store; amounts always with two decimals ("50.00"). */
    public Map<String, String> toStored() {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("holiday.region", holidayRegion.name());
        stored.put("deadline.acknowledgement", acknowledgementDays.toString());
        resolutionDays.forEach((priority, days) -> stored.put("deadline.resolution." + priority.name(), days.toString()));
        stored.put("deadline.follow-up", followUpDays.toString());
        stored.put("deadline.escalation.level2", escalationLevel2Days.toString());
        stored.put("notification.lead-time", notificationLeadDays.toString());
        stored.put("goodwill.limit.HANDLER", goodwillLimitHandler.setScale(2).toPlainString());
        stored.put("goodwill.limit.MANAGER", goodwillLimitManager.setScale(2).toPlainString());
        return stored;
    }

    /** A more urgent priority never gets more time, and the acknowledgement never comes after a resolution. */
    private void checkOrder(Map<String, String> problems) {
        Priority[] byUrgency = Priority.values();
        for (int i = 1; i < byUrgency.length; i++) {
            if (resolutionDays.get(byUrgency[i]) < resolutionDays.get(byUrgency[i - 1])) {
                problems.put("resolution." + byUrgency[i].name(), "administration.settings.resolution.order");
            }
        }
        if (acknowledgementDays > resolutionDays.get(Priority.CRITICAL)) {
            problems.put("acknowledgement", "administration.settings.acknowledgement.afterResolution");
        }
    }

    private static void checkDays(String field, Integer days, Map<String, String> problems) {
        if (days == null || days < 1 || days > MAX_DEADLINE_DAYS) {
            problems.put(field, "administration.settings.days.range");
        }
    }

    private static void checkAmount(String field, BigDecimal amount, Map<String, String> problems) {
        if (amount == null) {
            problems.put(field, "administration.settings.goodwill.required");
        } else if (amount.signum() < 0 || amount.compareTo(MAX_GOODWILL_LIMIT) > 0) {
            problems.put(field, "administration.settings.goodwill.range");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.put(field, "administration.settings.goodwill.cents");
        }
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal amount(String value) {
        try {
            return value == null ? null : new BigDecimal(value.strip()).setScale(2);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
