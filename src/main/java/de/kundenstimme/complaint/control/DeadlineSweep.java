package de.kundenstimme.complaint.control;

import de.kundenstimme.complaint.entity.DeadlineKind;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the cases past a deadline and escalates them (level 1 at once, level 2 when the
 * configured business days more have passed), and reminds owners before a deadline. Safe to run
 * twice or after a restart: what was done is recorded and found again. Cases waiting for the
 * customer are paused and not escalated for their resolution deadline.
 */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());
    private static final String ACKNOWLEDGEMENT_OPEN = "c.status = 'NEW'";
    private static final String RESOLUTION_OPEN =
            "c.status in ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_DEPARTMENT')";

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessTime time;

    @Inject
    DeadlinePolicy policy;

    @Inject
    Escalating escalating;

    @Inject
    Reminding reminding;

    /** What one run did. */
    public record Result(int escalatedToLevelOne, int escalatedToLevelTwo, int reminders) {
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Result sweep() {
        LocalDate today = time.today();
        Instant now = time.now();
        int levelOne = escalate(1, DeadlineKind.ACKNOWLEDGEMENT, "acknowledgement_due", ACKNOWLEDGEMENT_OPEN, today, now)
                + escalate(1, DeadlineKind.RESOLUTION, "resolution_due", RESOLUTION_OPEN, today, now);
        int levelTwo = escalate(2, DeadlineKind.ACKNOWLEDGEMENT, "acknowledgement_due", ACKNOWLEDGEMENT_OPEN, today, now)
                + escalate(2, DeadlineKind.RESOLUTION, "resolution_due", RESOLUTION_OPEN, today, now);
        LocalDate horizon = policy.reminderHorizon(today);
        int reminders = remind(DeadlineKind.ACKNOWLEDGEMENT, "acknowledgement_due", ACKNOWLEDGEMENT_OPEN, today, horizon, now)
                + remind(DeadlineKind.RESOLUTION, "resolution_due", RESOLUTION_OPEN, today, horizon, now);
        Result result = new Result(levelOne, levelTwo, reminders);
        LOG.info(() -> "Deadline sweep for " + today + ": " + result);
        return result;
    }

    private int escalate(int level, DeadlineKind kind, String column, String openStates, LocalDate today, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = em.createNativeQuery("select c.id, c." + column + " from complaint c where "
                        + openStates + " and c." + column + " < ?1 and not exists (select 1 from escalation e"
                        + " where e.complaint_id = c.id and e.level = ?2 and e.deadline_kind = ?3"
                        + " and e.deadline_date = c." + column + ") order by c.id")
                .setParameter(1, today)
                .setParameter(2, level)
                .setParameter(3, kind.name())
                .getResultList();
        int done = 0;
        for (Object[] row : candidates) {
            LocalDate deadline = toLocalDate(row[1]);
            if (level == 2 && !policy.isDueForLevelTwo(deadline, today)) {
                continue;
            }
            try {
                if (escalating.byRule(((Number) row[0]).longValue(), level, kind, deadline, now)) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Case " + row[0] + " could not be escalated now; the next sweep tries again", e);
            }
        }
        return done;
    }

    private int remind(DeadlineKind kind, String column, String openStates, LocalDate today, LocalDate horizon, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from complaint c where " + openStates
                        + " and c.owner_id is not null and c." + column + " between ?1 and ?2 and not exists"
                        + " (select 1 from deadline_notification n where n.complaint_id = c.id and n.recipient_id = c.owner_id"
                        + " and n.kind = ?3 and n.deadline_date = c." + column + ") order by c.id")
                .setParameter(1, today)
                .setParameter(2, horizon)
                .setParameter(3, "REMINDER_" + kind.name())
                .getResultList();
        int done = 0;
        for (Number id : ids) {
            try {
                if (reminding.remind(id.longValue(), kind, now)) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "No reminder for case " + id + " now; the next sweep tries again", e);
            }
        }
        return done;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
