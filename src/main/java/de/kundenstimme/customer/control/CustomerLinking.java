package de.kundenstimme.customer.control;

import de.kundenstimme.customer.boundary.Customers;
import de.kundenstimme.customer.entity.ContactData;
import de.kundenstimme.customer.entity.Customer;
import de.kundenstimme.customer.entity.CustomerFields;
import de.kundenstimme.customer.entity.CustomerHistoryEntry;
import de.kundenstimme.customer.entity.LinkDecision;
import de.kundenstimme.customer.entity.ReviewPair;
import de.kundenstimme.customer.entity.SourceRecord;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Links all source records again and brings the customers in line with the result. A source
 * record keeps the customer it first belonged to; a merge folds that customer into the
 * cluster's customer (merged_into) and moves its complaints there, remembering where they came
 * from, so an unmerge revives the folded customer and moves its complaints back. Review pairs
 * are replaced by the linker's current ones; people's decisions are followed.
 */
@ApplicationScoped
public class CustomerLinking {

    private static final String DEFAULT_REGION = "DE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Customers customers;

    @Inject
    BusinessTime time;

    @Transactional(Transactional.TxType.MANDATORY)
    public void relink(String actor) {
        Instant now = time.now();
        List<SourceRecord> records = em.createNamedQuery(SourceRecord.ALL, SourceRecord.class).getResultList();
        Map<Long, SourceRecord> byId = records.stream().collect(Collectors.toMap(SourceRecord::getId, Function.identity()));
        List<SourceIdentity> identities = records.stream().map(CustomerLinking::identity).toList();
        RecordLinker.Linkage linkage = new RecordLinker(new Normalization(DEFAULT_REGION), LinkThresholds.STANDARD)
                .link(identities, decisions());

        List<List<SourceRecord>> clusters = linkage.clusters().stream()
                .map(ids -> ids.stream().map(byId::get).toList())
                .sorted(Comparator.comparingInt((List<SourceRecord> c) -> c.size()).reversed()
                        .thenComparingLong(c -> c.stream().mapToLong(SourceRecord::getId).min().orElseThrow()))
                .toList();
        Map<List<SourceRecord>, Customer> roots = new LinkedHashMap<>();
        Set<Long> claimed = new HashSet<>();
        for (List<SourceRecord> cluster : clusters) {
            Customer root = owners(cluster).stream().filter(owner -> !claimed.contains(owner.getId())).findFirst()
                    .orElse(null);
            if (root != null) {
                claimed.add(root.getId());
            }
            roots.put(cluster, root);
        }
        Set<Customer> moved = new HashSet<>();
        for (Map.Entry<List<SourceRecord>, Customer> entry : roots.entrySet()) {
            Customer root = entry.getValue();
            if (root == null) {
                root = customers.create(new ContactData(null, null, null, null, null, null, null, null, null), now);
                history(root, now, actor, "CREATED", null);
            } else if (root.getMergedInto() != null) {
                root.unmerge();
                moved.add(root);
                history(root, now, actor, "UNMERGED", null);
            }
            for (SourceRecord member : entry.getKey()) {
                Customer own = member.getCustomer();
                if (own == null || (!own.equals(root) && claimed.contains(own.getId()))) {
                    member.setCustomer(root);
                } else if (!own.equals(root) && !root.equals(own.getMergedInto())) {
                    own.mergeInto(root);
                    moved.add(own);
                    history(root, now, actor, "MERGED", own.getCustomerNumber());
                }
            }
            adoptGoldenRecord(root, entry.getKey());
        }
        repointComplaints(moved);
        replaceReviewPairs(linkage.reviewPairs(), byId, now);
    }

    /** The customers the cluster's records belong to, those holding most of them first. */
    private static List<Customer> owners(List<SourceRecord> cluster) {
        Map<Customer, Long> counts = cluster.stream().filter(r -> r.getCustomer() != null)
                .collect(Collectors.groupingBy(SourceRecord::getCustomer, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Customer, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().getId()))
                .map(Map.Entry::getKey).toList();
    }

    private void adoptGoldenRecord(Customer customer, List<SourceRecord> cluster) {
        GoldenRecord golden = Survivorship.of(cluster.stream().map(CustomerLinking::identity).toList());
        String born = golden.value(CustomerAttribute.DATE_OF_BIRTH);
        String phone = golden.value(CustomerAttribute.PHONE);
        String email = golden.value(CustomerAttribute.EMAIL);
        CustomerFields fields = new CustomerFields(golden.value(CustomerAttribute.SALUTATION),
                golden.value(CustomerAttribute.TITLE), golden.value(CustomerAttribute.FIRST_NAME),
                golden.value(CustomerAttribute.LAST_NAME), golden.value(CustomerAttribute.COMPANY),
                born == null ? null : LocalDate.parse(born), golden.value(CustomerAttribute.STREET),
                golden.value(CustomerAttribute.HOUSE_NUMBER), golden.value(CustomerAttribute.ADDRESS_SUPPLEMENT),
                golden.value(CustomerAttribute.POSTAL_CODE), golden.value(CustomerAttribute.CITY),
                golden.value(CustomerAttribute.COUNTRY), phone == null ? List.of() : List.of(phone),
                email == null ? List.of() : List.of(email));
        Map<String, String> sources = new HashMap<>();
        golden.values().forEach((attribute, survivor) -> sources.put(attribute.name(), survivor.source()));
        customer.adopt(fields, sources);
    }

    /**
     * Every complaint of a customer that was folded in or revived goes to the customer its
     * original customer now belongs to; the first move remembers that original customer.
     */
    private void repointComplaints(Set<Customer> moved) {
        for (Customer customer : moved) {
            em.createNativeQuery("insert into complaint_customer_move (complaint_id, from_customer_id)"
                            + " select c.id, c.customer_id from complaint c where c.customer_id = ?1"
                            + " and not exists (select 1 from complaint_customer_move m where m.complaint_id = c.id)")
                    .setParameter(1, customer.getId()).executeUpdate();
        }
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> moves = em.createNativeQuery("select complaint_id, from_customer_id from complaint_customer_move")
                .getResultList();
        for (Object[] move : moves) {
            Customer root = em.find(Customer.class, ((Number) move[1]).longValue());
            while (root.getMergedInto() != null) {
                root = root.getMergedInto();
            }
            em.createNativeQuery("update complaint set customer_id = ?1 where id = ?2 and customer_id <> ?1")
                    .setParameter(1, root.getId()).setParameter(2, ((Number) move[0]).longValue()).executeUpdate();
        }
        em.createNativeQuery("delete m from complaint_customer_move m join complaint c on c.id = m.complaint_id"
                + " where c.customer_id = m.from_customer_id").executeUpdate();
    }

    private void replaceReviewPairs(List<ScoredPair> pairs, Map<Long, SourceRecord> byId, Instant now) {
        em.createQuery("delete from ReviewPair").executeUpdate();
        for (ScoredPair pair : pairs) {
            em.persist(new ReviewPair(byId.get(pair.pair().first()), byId.get(pair.pair().second()), pair.score(), now));
        }
    }

    private ReviewDecisions decisions() {
        Set<IdentityPair> merged = new HashSet<>();
        Set<IdentityPair> keptApart = new HashSet<>();
        for (LinkDecision decision : em.createNamedQuery(LinkDecision.ALL, LinkDecision.class).getResultList()) {
            IdentityPair pair = new IdentityPair(decision.getFirstRecordId(), decision.getSecondRecordId());
            (decision.getVerdict() == LinkDecision.Verdict.MERGE ? merged : keptApart).add(pair);
        }
        return new ReviewDecisions(merged, keptApart);
    }

    private void history(Customer customer, Instant now, String actor, String action, String detail) {
        em.persist(new CustomerHistoryEntry(customer.getId(), now, actor, action, detail));
    }

    static SourceIdentity identity(SourceRecord record) {
        return new SourceIdentity(record.getId(), record.getSource().getName(), record.getSource().getTrustRank(),
                record.getUpdatedAt(), record.fields());
    }

    /** The ids of the source records that are this customer now, for the unmerge. */
    public List<SourceRecord> recordsOf(Customer customer) {
        return new ArrayList<>(em.createNamedQuery(SourceRecord.OF_CUSTOMER, SourceRecord.class)
                .setParameter("customer", customer).getResultList());
    }
}
