package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.control.Settings;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.entity.Goodwill;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Logger;

/**
 * How much goodwill a person may grant on their own: the highest of the limits an admin set for
 * their roles (settings goodwill.limit.ROLE). A role without a readable limit grants nothing alone.
 */
@ApplicationScoped
public class GoodwillLimits {

    public static final String SETTING_PREFIX = "goodwill.limit.";
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(Goodwill.SCALE);
    private static final Logger LOG = Logger.getLogger(GoodwillLimits.class.getName());

    @Inject
    Settings settings;

    /** Read fresh each time, so a changed limit applies to the next proposal. */
    public BigDecimal of(User user) {
        return highest(user.getRoles(), settings.all());
    }

    public static BigDecimal highest(Collection<Role> roles, Map<String, String> settings) {
        BigDecimal highest = NONE;
        for (Role role : roles) {
            BigDecimal limit = parse(settings.get(SETTING_PREFIX + role.name()), role);
            if (limit.compareTo(highest) > 0) {
                highest = limit;
            }
        }
        return highest;
    }

    private static BigDecimal parse(String value, Role role) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        try {
            BigDecimal limit = new BigDecimal(value.strip());
            return limit.signum() < 0 ? NONE : limit.setScale(Goodwill.SCALE, RoundingMode.DOWN);
        } catch (NumberFormatException e) {
            LOG.warning(() -> "Goodwill limit of " + role + " is not an amount: '" + value + "'; treated as 0.00");
            return NONE;
        }
    }
}
