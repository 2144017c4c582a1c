package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.CustomerFields;
import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.SourceRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Keeps each source's records current by the source's own customer number (delta import). */
@ApplicationScoped
public class SourceRecords {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome store(CustomerSource source, String sourceKey, CustomerFields fields, Instant now) {
        SourceRecord existing = em.createNamedQuery(SourceRecord.BY_KEY, SourceRecord.class)
                .setParameter("source", source).setParameter("key", sourceKey)
                .getResultStream().findFirst().orElse(null);
        if (existing == null) {
            em.persist(new SourceRecord(source, sourceKey, fields, now));
            return Outcome.NEW;
        }
        return existing.update(fields, now) ? Outcome.CHANGED : Outcome.UNCHANGED;
    }

    public enum Outcome { NEW, CHANGED, UNCHANGED }
}
