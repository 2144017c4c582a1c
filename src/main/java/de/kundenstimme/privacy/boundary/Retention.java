package de.kundenstimme.privacy.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.privacy.control.Anonymisation;
import de.kundenstimme.privacy.control.RetentionPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The retention job: anonymises the cases closed longer than the retention period ago, then the
 * customers left with nothing but anonymised cases. Batch by batch, each in its own transaction
 * (see {@link Anonymisation}); an interrupted run leaves whole cases only, and the next run goes on
 * where it stopped, because it only looks at what is not anonymised yet.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Retention {

    static final int BATCH = 100;
    static final String REASON = "Aufbewahrungsfrist abgelaufen";

    @PersistenceContext
    EntityManager em;

    @Inject
    Anonymisation anonymisation;

    @Inject
    BusinessTime time;

    @Inject
    CurrentUser currentUser;

    /** What one run did. */
    public record Result(Instant closedBefore, int years, int complaints, int letters, int customers) {
    }

    /** The admin's run on demand. */
    public Result runNow() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("administration.adminOnly");
        }
        return run();
    }

    /** The timer's run. */
    public Result run() {
        RetentionPeriod period = RetentionPeriod.configured();
        Instant now = time.now();
        Instant cutoff = period.cutoff(now, BusinessTime.ZONE);
        int complaints = 0;
        int letters = 0;
        for (List<Long> batch = expiredCases(cutoff); !batch.isEmpty(); batch = expiredCases(cutoff)) {
            Anonymisation.Outcome outcome = anonymisation.retained(batch, REASON, now);
            complaints += outcome.complaints();
            letters += outcome.letters();
        }
        int customers = 0;
        for (long customerId : customersWithNothingLeft()) {
            customers += anonymisation.customer(customerId, Anonymisation.Cause.RETENTION, REASON, "system", now).customers();
        }
        return new Result(cutoff, period.years(), complaints, letters, customers);
    }

    private List<Long> expiredCases(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from complaint where status = 'CLOSED' and anonymised_at is null"
                        + " and closed_at < ?1 order by id")
                .setParameter(1, Timestamp.from(cutoff)).setMaxResults(BATCH).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Customers (not merged away) with cases, all of them anonymised. */
    private List<Long> customersWithNothingLeft() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from customer c where c.anonymised_at is null"
                        + " and c.merged_into_id is null"
                        + " and exists (select 1 from complaint x where x.customer_id = c.id)"
                        + " and not exists (select 1 from complaint x where x.customer_id = c.id and x.anonymised_at is null)"
                        + " order by c.id")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
