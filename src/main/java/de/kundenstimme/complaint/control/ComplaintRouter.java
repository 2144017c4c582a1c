package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.control.Absences;
import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The department's handlers with their open cases, counted in one grouped query over the owner
     * and status index: counted per handler in a subquery, MariaDB read every case a handler ever
     * had (a tenth of a second per capture at a million cases).
     */
    private List<RoutingRules.Workload> workloads(Category category) {
        List<User> handlers = em.createQuery("select u from User u join u.roles r where u.department = :department"
                        + " and u.active = true and r = de.kundenstimme.administration.entity.Role.HANDLER", User.class)
                .setParameter("department", category.getDepartment())
                .getResultList();
        if (handlers.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> open = new HashMap<>();
        em.createQuery("select c.owner.id, count(c) from Complaint c where c.owner in :handlers and c.status not in"
                        + " (de.kundenstimme.complaint.entity.ComplaintStatus.RESOLVED,"
                        + " de.kundenstimme.complaint.entity.ComplaintStatus.CLOSED,"
                        + " de.kundenstimme.complaint.entity.ComplaintStatus.REJECTED) group by c.owner.id", Object[].class)
                .setParameter("handlers", handlers)
                .getResultStream()
                .forEach(row -> open.put((Long) row[0], (Long) row[1]));
        return handlers.stream()
                .map(handler -> new RoutingRules.Workload(handler, open.getOrDefault(handler.getId(), 0L)))
                .toList();
    }
}
