package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The signed-in user's own account: their language. */
@ApplicationScoped
@Transactional
public class Accounts {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String languageOfCurrentUser() {
        return currentUser.isSignedIn() ? currentUser.user().getLanguage() : null;
    }

    public void changeLanguage(String language) {
        if (currentUser.isSignedIn()) {
            em.find(User.class, currentUser.user().getId()).setLanguage("en".equals(language) ? "en" : "de");
        }
    }
}
