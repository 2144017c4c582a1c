package de.kundenstimme.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Hands out customer numbers K-0000001, K-0000002, ... in a transaction of their own, so the
 * counter's row is locked for a moment and not for the whole capture. Customer numbers need not
 * be gap-free: a capture that fails afterwards leaves its number unused.
 */
@ApplicationScoped
public class CustomerNumbers {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String next() {
        em.createNativeQuery("update customer_number_sequence set last_value = last_value + 1 where id = 1").executeUpdate();
        Number next = (Number) em.createNativeQuery("select last_value from customer_number_sequence where id = 1")
                .getSingleResult();
        return String.format("K-%07d", next.longValue());
    }
}
