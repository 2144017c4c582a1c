package de.kundenstimme.customer.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.customer.control.CustomerLinking;
import de.kundenstimme.customer.entity.Customer;
import de.kundenstimme.customer.entity.CustomerHistoryEntry;
import de.kundenstimme.customer.entity.LinkDecision;
import de.kundenstimme.customer.entity.ReviewPair;
import de.kundenstimme.customer.entity.SourceRecord;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The people's side of linking: pairs the linker could not decide, merged or kept apart, and
 * the unmerge of a customer's source record. Every decision is kept, written to the customers'
 * history, and followed by every later linking.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class ReviewQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CustomerLinking linking;

    @Inject
    BusinessTime time;

    /**
     * One page of the open pairs in the given order, paged in the database; ties in id order so
     * pages never overlap. A last name (its start, either record's) narrows the pairs down.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewPair> page(int offset, int size, ReviewOrder order, boolean ascending, String lastName) {
        requireSteward();
        String direction = ascending ? " asc" : " desc";
        TypedQuery<ReviewPair> query = em.createQuery("select p from ReviewPair p join fetch p.first join fetch p.second"
                + narrowedTo(lastName) + " order by " + order.column + direction + ", p.id" + direction, ReviewPair.class);
        return withName(query, lastName).setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, size)).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long openCount(String lastName) {
        requireSteward();
        return withName(em.createQuery("select count(p) from ReviewPair p"
                + narrowedTo(lastName), Long.class), lastName).getSingleResult();
    }

    private static String narrowedTo(String lastName) {
        return lastName == null || lastName.isBlank() ? ""
                : " where p.first.lastName like :name escape '!' or p.second.lastName like :name escape '!'";
    }

    private static <T> TypedQuery<T> withName(TypedQuery<T> query, String lastName) {
        return lastName == null || lastName.isBlank() ? query : query.setParameter("name", Customers.likePrefix(lastName.strip()));
    }

    /** What the review queue can be sorted by; the column comes from here, never from the request. */
    public enum ReviewOrder {
        SCORE("p.score"), FOUND_AT("p.foundAt");

        private final String column;

        ReviewOrder(String column) {
            this.column = column;
        }
    }

    public void merge(long pairId) {
        decide(pairId, LinkDecision.Verdict.MERGE);
    }

    public void keepApart(long pairId) {
        decide(pairId, LinkDecision.Verdict.KEEP_APART);
    }

    /**
     * Separates one source record from its customer: kept apart from each of the customer's
     * other records, it becomes (again) a customer of its own, and the complaints of the
     * customer it came from move back with it.
     */
    public void unmerge(long customerId, long sourceRecordId) {
        requireSteward();
        Customer customer = em.find(Customer.class, customerId);
        List<SourceRecord> records = customer == null ? List.of() : linking.recordsOf(customer);
        SourceRecord separated = records.stream().filter(r -> r.getId() == sourceRecordId).findFirst().orElse(null);
        if (separated == null || records.size() < 2) {
            throw new InvalidInput("record", "customer.review.unmerge.notPossible");
        }
        Instant now = time.now();
        for (SourceRecord other : records) {
            if (other != separated) {
                record(separated.getId(), other.getId(), LinkDecision.Verdict.KEEP_APART, now);
            }
        }
        em.persist(new CustomerHistoryEntry(customer.getId(), now, currentUser.username(), "UNMERGE_REQUESTED",
                separated.getSource().getName() + " " + separated.getSourceKey()));
        linking.relinkAround(records, currentUser.username());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SourceRecord> recordsOf(Customer customer) {
        if (!currentUser.worksCases() && !currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("customer.review.notAllowed");
        }
        return linking.recordsOf(customer);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CustomerHistoryEntry> history(Customer customer) {
        if (!currentUser.worksCases() && !currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("customer.review.notAllowed");
        }
        return em.createNamedQuery(CustomerHistoryEntry.OF_CUSTOMER, CustomerHistoryEntry.class)
                .setParameter("customer", customer.getId()).getResultList();
    }

    private void decide(long pairId, LinkDecision.Verdict verdict) {
        requireSteward();
        ReviewPair pair = em.find(ReviewPair.class, pairId);
        if (pair == null) {
            throw new InvalidInput("pair", "customer.review.pair.gone");
        }
        Instant now = time.now();
        record(pair.getFirst().getId(), pair.getSecond().getId(), verdict, now);
        String detail = pair.getFirst().getSource().getName() + " " + pair.getFirst().getSourceKey() + " / "
                + pair.getSecond().getSource().getName() + " " + pair.getSecond().getSourceKey();
        for (SourceRecord side : List.of(pair.getFirst(), pair.getSecond())) {
            if (side.getCustomer() != null) {
                em.persist(new CustomerHistoryEntry(side.getCustomer().getId(), now, currentUser.username(),
                        verdict.name(), detail));
            }
        }
        linking.relinkAround(List.of(pair.getFirst(), pair.getSecond()), currentUser.username());
    }

    private void record(long first, long second, LinkDecision.Verdict verdict, Instant now) {
        LinkDecision decision = em.createNamedQuery(LinkDecision.OF_PAIR, LinkDecision.class)
                .setParameter("first", Math.min(first, second)).setParameter("second", Math.max(first, second))
                .getResultStream().findFirst().orElse(null);
        if (decision == null) {
            em.persist(new LinkDecision(first, second, verdict, currentUser.username(), now));
        } else {
            decision.decide(verdict, currentUser.username(), now);
        }
    }

    /** Deciding who is one customer needs a manager or the admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayDecide() {
        return currentUser.is(Role.MANAGER) || currentUser.is(Role.ADMIN);
    }

    private void requireSteward() {
        if (!mayDecide()) {
            throw new AccessDenied("customer.review.notAllowed");
        }
    }
}
