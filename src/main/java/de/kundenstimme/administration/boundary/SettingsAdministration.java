package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.control.Settings;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import java.util.Map;
import java.util.logging.Logger;

/**
 * The deadline table, holiday region, notification lead time and goodwill limits, kept by the
 * admin. New cases get the deadlines saved here; running cases keep theirs until a manager
 * recalculates them.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class SettingsAdministration {

    private static final Logger LOG = Logger.getLogger(SettingsAdministration.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SystemSettings current() {
        requireAdmin();
        return SystemSettings.of(settings.all());
    }

    /** Saves all settings or, when one is wrong, none. */
    public SystemSettings save(@NotNull SystemSettings changed) {
        requireAdmin();
        Map<String, String> problems = changed.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, String> stored = changed.toStored();
        settings.save(stored);
        LOG.info(() -> "Settings changed by " + currentUser.username() + ": " + stored);
        return SystemSettings.of(settings.all());
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("administration.adminOnly");
        }
    }
}
