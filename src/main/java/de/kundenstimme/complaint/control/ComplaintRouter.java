package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Who gets a new case: the category's default owner, else the department's handler with the fewest open cases. */
@ApplicationScoped
public class ComplaintRouter {

    @PersistenceContext
    EntityManager em;

    public User ownerFor(Category category) {
        if (category.getDefaultOwner() != null && category.getDefaultOwner().isActive()) {
            return category.getDefaultOwner();
        }
        List<User> candidates = em.createQuery("select u from User u join u.roles r where u.department = :department"
                        + " and u.active = true and r = de.kundenstimme.administration.entity.Role.HANDLER"
                        + " order by (select count(c) from Complaint c where c.owner = u and c.status not in"
                        + " (de.kundenstimme.complaint.entity.ComplaintStatus.RESOLVED,"
                        + " de.kundenstimme.complaint.entity.ComplaintStatus.CLOSED,"
                        + " de.kundenstimme.complaint.entity.ComplaintStatus.REJECTED)), u.id", User.class)
                .setParameter("department", category.getDepartment())
                .setMaxResults(1)
                .getResultList();
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
