package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.control.CustomerNumbers;
import de.kundenstimme.customer.entity.ContactData;
import de.kundenstimme.customer.entity.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Finding the customer on the phone, and taking in a new one with their first complaint. */
@ApplicationScoped
public class Customers {

    private static final int MAX_HITS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerNumbers customerNumbers;

    /**
     * By customer number, e-mail or phone exactly, or by the start of the last name, the company
     * or "first last". The columns' collation ignores case, so the indexes serve every branch.
     */
    public List<Customer> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String term = text.strip();
        String[] words = term.split("\\s+", 2);
        String firstWord = likePrefix(words[0]);
        String restWords = words.length > 1 ? likePrefix(words[1]) : firstWord;
        return em.createQuery("select c from Customer c where c.mergedInto is null and (c.customerNumber = :exact or c.email = :exact"
                        + " or c.phone = :exact or c.lastName like :prefix escape '!' or c.company like :prefix escape '!'"
                        + " or (c.firstName like :first escape '!' and c.lastName like :rest escape '!'))"
                        + " order by c.lastName, c.firstName, c.id", Customer.class)
                .setParameter("exact", term)
                .setParameter("prefix", likePrefix(term))
                .setParameter("first", firstWord)
                .setParameter("rest", restWords)
                .setMaxResults(MAX_HITS)
                .getResultList();
    }

    /** The text as the start of a LIKE pattern, its wildcards taken literally (escape '!'). */
    static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    public Customer find(long id) {
        return em.find(Customer.class, id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Customer create(ContactData contact, Instant now) {
        Customer customer = new Customer(customerNumbers.next(), contact, now);
        em.persist(customer);
        return customer;
    }
}
