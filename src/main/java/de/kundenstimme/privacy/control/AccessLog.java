package de.kundenstimme.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Records every view of a customer's personal data: who, when, which customer, on which way in.
 * In a transaction of its own, so a view is on record even when the work around it fails.
 */
@ApplicationScoped
public class AccessLog {

    /** The ways in to a customer's data that are recorded. */
    public enum Purpose { CASE_VIEW, CASE_API, PRIVACY_EXPORT }

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void viewed(long customerId, String viewer, Purpose purpose, Instant at) {
        em.createNativeQuery("insert into personal_data_access (customer_id, viewed_by, viewed_at, purpose)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, customerId)
                .setParameter(2, viewer)
                .setParameter(3, Timestamp.from(at))
                .setParameter(4, purpose.name())
                .executeUpdate();
    }

    /** One customer's record of views, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> of(long customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select viewed_by, viewed_at, purpose from personal_data_access"
                        + " where customer_id = ?1 order by viewed_at desc, id desc")
                .setParameter(1, customerId)
                .getResultList();
        return rows.stream().map(r -> new Entry((String) r[0], toInstant(r[1]), (String) r[2])).toList();
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : Timestamp.valueOf((LocalDateTime) value).toInstant();
    }

    /** One view. */
    public record Entry(String viewedBy, Instant viewedAt, String purpose) {
    }
}
