package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Absence;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Holidays and sick days of case workers with their deputies. An admin enters them for anyone,
 * a manager for the case workers of their own department; both checked here, not by the page.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class AbsenceRegister {

    /** Dates beyond these are typing errors (a year 0001, a 9999), not absences anyone plans. */
    private static final int MAX_YEARS_BACK = 1;
    private static final int MAX_YEARS_AHEAD = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessTime time;

    /** Absences that have not ended yet, the ones the caller may manage. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Absence> currentAndPlanned() {
        requireRight();
        return em.createNamedQuery(Absence.CURRENT_AND_PLANNED, Absence.class)
                .setParameter("day", time.today())
                .setHint("jakarta.persistence.loadgraph", em.getEntityGraph(Absence.WITH_PEOPLE))
                .getResultStream()
                .filter(a -> mayManage(a.getUser()))
                .toList();
    }

    /** The case workers whose absence the caller may enter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> caseWorkers() {
        requireRight();
        return em.createNamedQuery(User.CASE_WORKERS, User.class).getResultStream()
                .filter(this::mayManage)
                .sorted(Comparator.comparing((User u) -> u.getDepartment().getName()).thenComparing(User::getFullName))
                .toList();
    }

    /** Who can stand in for a case worker: the other active case workers of the same department. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> possibleDeputies(long userId) {
        requireRight();
        User user = em.find(User.class, userId);
        if (user == null || !mayManage(user)) {
            return List.of();
        }
        return em.createNamedQuery(User.HANDLERS_OF_DEPARTMENT, User.class)
                .setParameter("department", user.getDepartment())
                .getResultStream()
                .filter(u -> !u.getId().equals(user.getId()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return time.today();
    }

    /** Enters an absence; refuses a deputy from elsewhere, the person themself, and an overlap with another absence. */
    public Absence enter(@NotNull @Valid AbsenceDraft draft) {
        requireRight();
        Map<String, String> problems = new LinkedHashMap<>();
        User user = em.find(User.class, draft.userId());
        if (user == null || !user.isActive() || !user.worksCases() || user.getDepartment() == null) {
            throw new InvalidInput("userId", "administration.absence.user.unknown");
        }
        if (!mayManage(user)) {
            throw new AccessDenied("administration.absence.otherDepartment");
        }
        User deputy = em.find(User.class, draft.deputyId());
        if (deputy == null || !deputy.isActive() || !deputy.worksCases()) {
            problems.put("deputyId", "administration.absence.deputy.unknown");
        } else if (deputy.getId().equals(user.getId())) {
            problems.put("deputyId", "administration.absence.deputy.self");
        } else if (deputy.getDepartment() == null
                || !Objects.equals(deputy.getDepartment().getId(), user.getDepartment().getId())) {
            problems.put("deputyId", "administration.absence.deputy.otherDepartment");
        }
        if (draft.endsOn().isBefore(draft.startsOn())) {
            problems.put("endsOn", "administration.absence.endsBeforeStart");
        } else if (draft.endsOn().isBefore(time.today())) {
            problems.put("endsOn", "administration.absence.inThePast");
        } else if (draft.endsOn().isAfter(time.today().plusYears(MAX_YEARS_AHEAD))) {
            problems.put("endsOn", "administration.absence.endsTooLate");
        } else if (draft.startsOn().isBefore(time.today().minusYears(MAX_YEARS_BACK))) {
            problems.put("startsOn", "administration.absence.startsTooEarly");
        } else if (!em.createNamedQuery(Absence.OVERLAPPING, Absence.class)
                .setParameter("user", user)
                .setParameter("startsOn", draft.startsOn())
                .setParameter("endsOn", draft.endsOn())
                .getResultList().isEmpty()) {
            problems.put("startsOn", "administration.absence.overlap");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Absence absence = new Absence(user, deputy, draft.kind(), draft.startsOn(), draft.endsOn(),
                currentUser.username(), time.now());
        em.persist(absence);
        em.flush();
        return absence;
    }

    /**
     * Cancels an absence: a planned one is deleted, a running one ends yesterday (a colleague back
     * early), so the days already away stay on record.
     */
    public void cancel(long absenceId) {
        requireRight();
        Absence absence = em.find(Absence.class, absenceId);
        if (absence == null) {
            return;
        }
        if (!mayManage(absence.getUser())) {
            throw new AccessDenied("administration.absence.otherDepartment");
        }
        LocalDate today = time.today();
        if (absence.getStartsOn().isBefore(today)) {
            absence.endAfter(today.minusDays(1));
        } else {
            em.remove(absence);
        }
    }

    private boolean mayManage(User user) {
        if (currentUser.is(Role.ADMIN)) {
            return true;
        }
        User manager = currentUser.user();
        return currentUser.is(Role.MANAGER) && manager.getDepartment() != null && user.getDepartment() != null
                && Objects.equals(manager.getDepartment().getId(), user.getDepartment().getId());
    }

    private void requireRight() {
        if (!currentUser.is(Role.ADMIN) && !currentUser.is(Role.MANAGER)) {
            throw new AccessDenied("administration.absence.notAllowed");
        }
    }
}
