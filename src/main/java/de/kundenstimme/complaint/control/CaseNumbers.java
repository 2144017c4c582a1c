package de.kundenstimme.complaint.control;

import de.kundenstimme.complaint.entity.CaseNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Hands out BE-year-number without gaps: the year's row stays locked until the capturing
 * transaction ends, so concurrent captures wait for each other and a rollback returns the number.
 */
@ApplicationScoped
public class CaseNumbers {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        em.createNativeQuery("insert into case_number_sequence (year, last_value) values (?1, 1)"
                        + " on duplicate key update last_value = last_value + 1")
                .setParameter(1, year)
                .executeUpdate();
        Number value = (Number) em.createNativeQuery("select last_value from case_number_sequence where year = ?1")
                .setParameter(1, year)
                .getSingleResult();
        return CaseNumber.format(year, value.longValue());
    }
}
