package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.control.Absences;
import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Who gets a new case: the category's routing applied to today's handlers and absences (see {@link RoutingRules}). */
@ApplicationScoped
public class ComplaintRouter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Absences absences;

    @Inject
    BusinessTime time;

    public User ownerFor(Category category) {
        return RoutingRules.ownerFor(category, workloads(category), absences.on(time.today())).orElse(null);
    }

    private List<RoutingRules.Workload> workloads(Category category) {
        return em.createQuery("select u, (select count(c) from Complaint c where c.owner = u and c.status not in"
                        + " (de.kundenstimme.complaint.entity.ComplaintStatus.RESOLVED,"
                        + " de.kundenstimme.complaint.entity.ComplaintStatus.CLOSED,"
                        + " de.kundenstimme.complaint.entity.ComplaintStatus.REJECTED))"
                        + " from User u join u.roles r where u.department = :department and u.active = true"
                        + " and r = de.kundenstimme.administration.entity.Role.HANDLER", Object[].class)
                .setParameter("department", category.getDepartment())
                .getResultStream()
                .map(row -> new RoutingRules.Workload((User) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
