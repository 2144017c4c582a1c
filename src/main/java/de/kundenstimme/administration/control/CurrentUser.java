package de.kundenstimme.administration.control;

import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/** The signed-in user of this request, loaded once. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext
    EntityManager em;

    private User user;

    /**
     * Whether an account is signed in: a caller principal alone does not say so, since WildFly names
     * one on error pages also when nobody signed in.
     */
    public boolean isSignedIn() {
        return account() != null;
    }

    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public User user() {
        User account = account();
        if (account == null) {
            throw new NoResultException("No account is signed in");
        }
        return account;
    }

    private User account() {
        String username = username();
        if (user == null && username != null) {
            user = em.createNamedQuery(User.BY_USERNAME, User.class)
                    .setParameter("username", username)
                    .getResultStream().findFirst().orElse(null);
        }
        return user;
    }

    public boolean is(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    /** Handlers and managers work cases; executives and admins do not see them. */
    public boolean worksCases() {
        return is(Role.HANDLER) || is(Role.MANAGER);
    }
}
