package de.kundenstimme.reporting.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.reporting.control.BusinessCalendar;
import de.kundenstimme.reporting.control.Evaluation;
import de.kundenstimme.reporting.control.Figures;
import de.kundenstimme.reporting.control.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures for whoever may see them: executives for the company or any department, managers
 * only for their own department. Read outside a transaction, straight from the database.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Reporting {

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessTime time;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Evaluation evaluation;

    @PersistenceContext
    EntityManager em;

    /** The figures of a period, for the department with this code or, for executives, all (null). */
    public Figures figures(Period period, String departmentCode) {
        Department department = permittedDepartment(departmentCode);
        LocalDate today = time.today();
        calendar.coverConfiguredRegion(today.isAfter(period.to()) ? today : period.to());
        return evaluation.figures(period, department == null ? null : department.getId(),
                department == null ? null : department.getCode(), today);
    }

    /** The departments the caller may choose; a manager only their own. */
    public List<Department> departments() {
        if (currentUser.is(Role.EXECUTIVE)) {
            return em.createNamedQuery(Department.ALL, Department.class).getResultList();
        }
        requireManager();
        return List.of(currentUser.user().getDepartment());
    }

    public boolean seesCompany() {
        return currentUser.is(Role.EXECUTIVE);
    }

    /** Only managers look at cases behind a figure; executives see aggregates only. */
    public boolean mayDrillDown() {
        return currentUser.is(Role.MANAGER);
    }

    private Department permittedDepartment(String code) {
        boolean blank = code == null || code.isBlank();
        if (currentUser.is(Role.EXECUTIVE)) {
            return blank ? null : em.createNamedQuery(Department.BY_CODE, Department.class)
                    .setParameter("code", code.strip()).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInput("department", "reporting.department.unknown"));
        }
        requireManager();
        Department own = currentUser.user().getDepartment();
        if (own == null || (!blank && !own.getCode().equals(code.strip()))) {
            throw new AccessDenied("reporting.department.notOwn");
        }
        return own;
    }

    private void requireManager() {
        if (!currentUser.is(Role.MANAGER)) {
            throw new AccessDenied("reporting.notPermitted");
        }
    }
}
