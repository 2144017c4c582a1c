package de.kundenstimme.correspondence.boundary;

import de.kundenstimme.administration.control.Settings;
import de.kundenstimme.complaint.control.DeadlinePolicy;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Nachfassbrief: when a resolved case's follow-up deadline (business days after resolution,
 * admin setting deadline.follow-up) has come, a follow-up letter draft is made for the owner to
 * finish, once per case. Safe to run twice: a case that has one is skipped.
 */
@ApplicationScoped
public class FollowUpLetters {

    private static final Logger LOG = Logger.getLogger(FollowUpLetters.class.getName());
    private static final int DEFAULT_DAYS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    Letters letters;

    @Inject
    BusinessTime time;

    /** Drafts every follow-up letter that is due; returns how many. Each case in its own transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int draftDue() {
        LocalDate today = time.today();
        int days = followUpDays();
        // Business days are never fewer than calendar days, so older resolutions are the only candidates.
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = em.createNativeQuery("select c.id, c.resolved_at from complaint c"
                        + " where c.status in ('RESOLVED', 'CLOSED') and c.resolved_at < ?1 and not exists"
                        + " (select 1 from letter l where l.complaint_id = c.id and l.letter_type = 'FOLLOW_UP') order by c.id")
                .setParameter(1, Timestamp.from(today.minusDays(days - 1L).atStartOfDay(BusinessTime.ZONE).toInstant()))
                .getResultList();
        int drafted = 0;
        for (Object[] row : candidates) {
            LocalDate resolved = BusinessTime.dateOf(toInstant(row[1]));
            if (deadlines.businessDaysBetween(resolved, today) < days) {
                continue;
            }
            try {
                if (letters.draftFollowUp(((Number) row[0]).longValue())) {
                    drafted++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "No follow-up letter for case " + row[0] + " now; the next run tries again", e);
            }
        }
        int result = drafted;
        LOG.info(() -> "Follow-up letters drafted for " + today + ": " + result);
        return result;
    }

    private int followUpDays() {
        try {
            return Integer.parseInt(settings.all().getOrDefault("deadline.follow-up", "" + DEFAULT_DAYS).strip());
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
