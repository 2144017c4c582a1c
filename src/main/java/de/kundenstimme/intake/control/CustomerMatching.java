package de.kundenstimme.intake.control;

import de.kundenstimme.customer.entity.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * A customer who writes in is linked to the customer we know under the same e-mail address
 * (the column's collation ignores case), the oldest one if several share it.
 */
@ApplicationScoped
public class CustomerMatching {

    @PersistenceContext
    EntityManager em;

    public Optional<Customer> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c from Customer c where c.email = :email order by c.id", Customer.class)
                .setParameter("email", email.strip())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
