package de.kundenstimme.complaint.control;

import de.kundenstimme.complaint.entity.Complaint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeat complainants, computed and never stored: how many complaints a customer made in the
 * twelve months up to a case's receipt, that case included. From the third one on the case is
 * marked. Counted in the database on ix_complaint_customer (customer_id, received_at), for a whole
 * page of cases in one grouped query.
 */
@ApplicationScoped
public class RepeatComplaints {

    /** The customer's third complaint within twelve months is a repeat complaint. */
    public static final int THRESHOLD = 3;

    // Earlier means received earlier, or at the same instant and captured earlier (lower id).
    private static final String COUNT = "select c.id, count(*) from complaint c"
            + " join complaint o on o.customer_id = c.customer_id"
            + " and o.received_at >= date_sub(c.received_at, interval 12 month)"
            + " and (o.received_at < c.received_at or (o.received_at = c.received_at and o.id <= c.id))"
            + " where c.id in (:ids) group by c.id";

    @PersistenceContext
    EntityManager em;

    public static boolean isRepeat(int complaintsIn12Months) {
        return complaintsIn12Months >= THRESHOLD;
    }

    public int countFor(Complaint complaint) {
        return countsFor(List.of(complaint.getId())).getOrDefault(complaint.getId(), 1);
    }

    /** Case id to the number of the customer's complaints in the twelve months up to that case. */
    public Map<Long, Integer> countsFor(Collection<Long> complaintIds) {
        if (complaintIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        // No transaction changes a case's customer or receipt and then counts, so nothing pending needs
        // flushing first; an auto-flush would dirty-check every entity the caller holds, for nothing.
        List<Object[]> rows = em.createNativeQuery(COUNT).setParameter("ids", complaintIds)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return counts;
    }

    public Map<Long, Integer> countsOf(Collection<Complaint> complaints) {
        return countsFor(complaints.stream().map(Complaint::getId).toList());
    }
}
