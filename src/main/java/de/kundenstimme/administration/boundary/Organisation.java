package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The departments with their heads, kept by the admin. */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Organisation {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> departments() {
        requireAdmin();
        return em.createQuery("select d from Department d left join fetch d.head order by d.name", Department.class)
                .getResultList();
    }

    /** The people who can head a department: its own active users. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> membersOf(long departmentId) {
        requireAdmin();
        Department department = em.find(Department.class, departmentId);
        return department == null ? List.of() : em.createNamedQuery(User.OF_DEPARTMENT, User.class)
                .setParameter("department", department)
                .getResultList();
    }

    /** Creates a department (draft without id) or changes one; refuses a code in use and a head from elsewhere. */
    public Department save(@NotNull @Valid DepartmentDraft draft) {
        requireAdmin();
        String code = draft.code().strip().toUpperCase(Locale.ROOT);
        Map<String, String> problems = new LinkedHashMap<>();
        Department department = draft.id() == null ? null : em.find(Department.class, draft.id());
        if (draft.id() != null && department == null) {
            throw new InvalidInput("id", "administration.department.unknown");
        }
        Department sameCode = em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
        if (sameCode != null && (department == null || !sameCode.getId().equals(department.getId()))) {
            problems.put("code", "administration.department.code.taken");
        }
        User head = null;
        if (draft.headId() != null) {
            head = em.find(User.class, draft.headId());
            if (head == null || !head.isActive() || department == null || head.getDepartment() == null
                    || !Objects.equals(head.getDepartment().getId(), department.getId())) {
                problems.put("headId", "administration.department.head.otherDepartment");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (department == null) {
            department = new Department(code, draft.name().strip());
            em.persist(department);
        } else {
            department.setCode(code);
            department.setName(draft.name().strip());
        }
        department.setHead(head);
        em.flush();
        return department;
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("administration.adminOnly");
        }
    }
}
