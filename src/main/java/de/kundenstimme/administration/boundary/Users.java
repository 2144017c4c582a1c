package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.control.PasswordPolicy;
import de.kundenstimme.administration.control.Passwords;
import de.kundenstimme.administration.control.VerifiedCredentials;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts, kept by the admin: who may sign in, in which department, with which roles. A
 * new account gets a password by the policy; the admin can set a new one, never read one.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Users {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Passwords passwords;

    @Inject
    Event<VerifiedCredentials.AccountChanged> accountChanged;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> all() {
        requireAdmin();
        return em.createQuery("select u from User u left join fetch u.department order by u.active desc, u.fullName",
                User.class).getResultList();
    }

    public User save(@NotNull @Valid UserDraft draft) {
        requireAdmin();
        Map<String, String> problems = new LinkedHashMap<>();
        User user = draft.id() == null ? null : em.find(User.class, draft.id());
        if (draft.id() != null && user == null) {
            throw new InvalidInput("id", "administration.user.unknown");
        }
        if (user == null && !em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", draft.username())
                .getResultList().isEmpty()) {
            problems.put("username", "administration.user.username.taken");
        }
        Department department = draft.departmentId() == null ? null : em.find(Department.class, draft.departmentId());
        if (draft.departmentId() != null && department == null) {
            problems.put("departmentId", "administration.department.unknown");
        }
        boolean worksCases = draft.roles().contains(Role.HANDLER) || draft.roles().contains(Role.MANAGER);
        if (worksCases && department == null) {
            problems.put("departmentId", "administration.user.department.required");
        }
        if (user == null) {
            PasswordPolicy.violations(draft.username(), draft.password()).stream().findFirst()
                    .ifPresent(key -> problems.put("password", key));
        }
        if (user != null && user.getId().equals(currentUser.user().getId())
                && (!draft.active() || !draft.roles().contains(Role.ADMIN))) {
            problems.put("roles", "administration.user.notYourself");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String fullName = draft.fullName().strip();
        String email = draft.email().strip();
        if (user == null) {
            user = new User(draft.username(), passwords.hash(draft.password()), fullName, email, department, draft.roles());
            em.persist(user);
        }
        user.update(fullName, email, department, draft.roles(), draft.active());
        accountChanged.fire(new VerifiedCredentials.AccountChanged(user.getUsername()));
        return user;
    }

    /** The admin sets a new password, e.g. when a user forgot theirs; it must meet the policy too. */
    public void setPassword(long userId, String password) {
        requireAdmin();
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new InvalidInput("id", "administration.user.unknown");
        }
        PasswordPolicy.violations(user.getUsername(), password).stream().findFirst()
                .ifPresent(key -> {
                    throw new InvalidInput("newPassword", key);
                });
        user.changePasswordHash(passwords.hash(password));
        accountChanged.fire(new VerifiedCredentials.AccountChanged(user.getUsername()));
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("administration.adminOnly");
        }
    }
}
