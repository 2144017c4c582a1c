package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.control.PasswordPolicy;
import de.kundenstimme.administration.control.Passwords;
import de.kundenstimme.administration.control.VerifiedCredentials;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The signed-in user's own account: their language and password. */
@ApplicationScoped
@Transactional
public class Accounts {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Event<VerifiedCredentials.AccountChanged> accountChanged;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String languageOfCurrentUser() {
        return currentUser.isSignedIn() ? currentUser.user().getLanguage() : null;
    }

    public void changeLanguage(String language) {
        if (currentUser.isSignedIn()) {
            em.find(User.class, currentUser.user().getId()).setLanguage("en".equals(language) ? "en" : "de");
        }
    }

    /** A new password by the policy, only with the current one, so a forgotten open session is not enough. */
    public void changePassword(String currentPassword, String newPassword) {
        User user = em.find(User.class, currentUser.user().getId());
        if (!passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInput("currentPassword", "account.password.currentWrong");
        }
        PasswordPolicy.violations(user.getUsername(), newPassword).stream().findFirst()
                .ifPresent(key -> {
                    throw new InvalidInput("newPassword", key);
                });
        user.changePasswordHash(passwords.hash(newPassword));
        accountChanged.fire(new VerifiedCredentials.AccountChanged(user.getUsername()));
    }
}
