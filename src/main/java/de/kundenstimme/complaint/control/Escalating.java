package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.DeadlineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Raises one case and tells the people DOMAIN.md names: level 1 the managers, level 2 the head. */
@ApplicationScoped
public class Escalating {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    DeadlineNotices notices;

    /**
     * One case in a transaction of its own, so one failure does not stop the sweep. Returns
     * false when this deadline was already escalated to that level (a second run, a restart).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean byRule(long complaintId, int level, DeadlineKind kind, LocalDate deadline, Instant now) {
        Long already = em.createQuery("select count(e) from Escalation e where e.complaint.id = :id and e.level = :level"
                        + " and e.deadlineKind = :kind and e.deadlineDate = :deadline", Long.class)
                .setParameter("id", complaintId).setParameter("level", level)
                .setParameter("kind", kind).setParameter("deadline", deadline)
                .getSingleResult();
        if (already > 0) {
            return false;
        }
        Complaint complaint = em.find(Complaint.class, complaintId);
        complaint.escalate(level, kind, deadline, "deadline passed", SYSTEM, now);
        em.flush();
        notifyRecipients(complaint, level, kind, deadline, null, now);
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void byHand(Complaint complaint, String reason, String actor, LocalDate today, Instant now) {
        int level = Math.min(2, complaint.getEscalationLevel() + 1);
        complaint.escalate(level, DeadlineKind.MANUAL, today, reason, actor, now);
        notifyRecipients(complaint, level, DeadlineKind.MANUAL, today, reason, now);
    }

    private void notifyRecipients(Complaint complaint, int level, DeadlineKind kind, LocalDate deadline, String reason,
                                  Instant now) {
        for (User recipient : recipients(complaint.getDepartment(), level)) {
            notices.escalated(complaint, recipient, level, kind, deadline, reason, now);
        }
    }

    private List<User> recipients(Department department, int level) {
        if (level == 2 && department.getHead() != null && department.getHead().isActive()) {
            return List.of(department.getHead());
        }
        return em.createQuery("select distinct u from User u join u.roles r where u.department = :department"
                        + " and u.active = true and r = :role order by u.id", User.class)
                .setParameter("department", department)
                .setParameter("role", Role.MANAGER)
                .getResultList();
    }
}
