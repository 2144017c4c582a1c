package de.kundenstimme.complaint.boundary;

import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.complaint.control.ComplaintFilter;
import de.kundenstimme.complaint.control.ComplaintSearch;
import de.kundenstimme.complaint.control.ComplaintSort;
import de.kundenstimme.complaint.control.DeadlineNotices;
import de.kundenstimme.complaint.control.DeadlineSweep;
import de.kundenstimme.complaint.control.Escalating;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Escalation;
import de.kundenstimme.complaint.entity.NoteKind;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manager's review: the escalation queue of their department, escalating by hand, clearing
 * an escalation with a reason, a comment to the owner; and the sweep on demand for admins.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Escalations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Complaints complaints;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessTime time;

    @Inject
    ComplaintSearch search;

    @Inject
    Escalating escalating;

    @Inject
    DeadlineNotices notices;

    @Inject
    DeadlineSweep sweep;

    /** Oldest first: escalated and overdue open cases of the manager's department. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> queue(int offset, int size) {
        requireManager();
        return search.page(currentUser.user(), ComplaintFilter.of(ComplaintFilter.Scope.ESCALATED),
                ComplaintSort.RECEIVED_AT, true, offset, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long queueSize() {
        requireManager();
        return search.count(currentUser.user(), ComplaintFilter.of(ComplaintFilter.Scope.ESCALATED));
    }

    /** The open escalations of the given cases, by case id, for the queue's reason column. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<Escalation>> openEscalationsOf(List<Complaint> cases) {
        Map<Long, List<Escalation>> byCase = new HashMap<>();
        if (cases.isEmpty()) {
            return byCase;
        }
        List<Object[]> rows = em.createQuery("select e.complaint.id, e from Escalation e where e.complaint in :cases"
                        + " and e.clearedAt is null order by e.id", Object[].class)
                .setParameter("cases", cases)
                .getResultList();
        rows.forEach(row -> byCase.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((Escalation) row[1]));
        return byCase;
    }

    /** How many complaints each case's customer made before it: a hint of the customer's value. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> earlierComplaintsOf(List<Complaint> cases) {
        Map<Long, Long> counts = new HashMap<>();
        if (cases.isEmpty()) {
            return counts;
        }
        em.createQuery("select c.id, (select count(o) from Complaint o where o.customer = c.customer"
                        + " and o.receivedAt < c.receivedAt) from Complaint c where c in :cases", Object[].class)
                .setParameter("cases", cases)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public Complaint escalateByHand(@NotBlank String caseNumber, long expectedVersion,
                                    @NotBlank(message = "{complaint.escalation.reasonRequired}")
                                    @Size(max = 500, message = "{complaint.escalation.reasonSize}") String reason) {
        Complaint complaint = complaints.findForChange(caseNumber, expectedVersion);
        escalating.byHand(complaint, reason.strip(), currentUser.username(), time.today(), time.now());
        return complaints.flushed(complaint);
    }

    public Complaint clear(@NotBlank String caseNumber, long expectedVersion,
                           @NotBlank(message = "{complaint.escalation.clearReasonRequired}")
                           @Size(max = 2000, message = "{complaint.escalation.clearReasonSize}") String reason) {
        requireManager();
        Complaint complaint = complaints.findForChange(caseNumber, expectedVersion);
        complaint.clearEscalation(reason.strip(), currentUser.username(), time.now());
        return complaints.flushed(complaint);
    }

    public void commentToOwner(@NotBlank String caseNumber,
                               @NotBlank(message = "{complaint.note.required}")
                               @Size(max = 10000, message = "{complaint.note.size}") String comment) {
        requireManager();
        Complaint complaint = complaints.find(caseNumber);
        complaint.addNote(NoteKind.MANAGER_COMMENT, comment.strip(), currentUser.username(), time.now());
        notices.commentToOwner(complaint, currentUser.user(), comment.strip());
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeadlineSweep.Result runSweep() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new NotPermitted("complaint.case.notPermitted");
        }
        return sweep.sweep();
    }

    private void requireManager() {
        if (!currentUser.is(Role.MANAGER)) {
            throw new NotPermitted("complaint.case.notPermitted");
        }
    }
}
