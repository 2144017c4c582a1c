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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Links source records and brings the customers in line with the result, incrementally: only
 * the records new or changed since they were last linked (and those a person decided on) are
 * compared again, with the records they meet in a block; every record of the customers all of
 * these belong to takes part with its customer as it was; the other customers stay as they are. A source record
 * keeps the customer it first belonged to; a merge folds that customer into the cluster's
 * customer (merged_into) and moves its complaints there, remembering where they came from, so
 * an unmerge revives the folded customer and moves its complaints back. The review pairs of the
 * relinked records are replaced by the linker's current ones; people's decisions are followed.
 */
@ApplicationScoped
public class CustomerLinking {

    private static final String DEFAULT_REGION = "DE";
    /** Ids or keys per SQL statement, well below the limits of the database and the driver. */
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Customers customers;

    @Inject
    BusinessTime time;

    private final Normalization normalization = new Normalization(DEFAULT_REGION);

    /** Links the records that are new or changed since they were last linked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void relinkPending(String actor) {
        relinkAround(em.createNamedQuery(SourceRecord.PENDING, SourceRecord.class).getResultList(), actor);
    }

    /**
     * Links the given records again (new or changed ones, a pair a person decided on, a captured
     * customer's record): with the records a new or changed one meets in a block, and with all
     * records of the customers involved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void relinkAround(Collection<SourceRecord> records, String actor) {
        if (records.isEmpty()) {
            return;
        }
        Map<Long, SourceRecord> scope = new HashMap<>();
        records.forEach(record -> scope.put(record.getId(), record));
        Set<Long> touched = new HashSet<>(scope.keySet());
        Set<Long> wanted = blockNeighbours(storeBlockKeys(records.stream().filter(r -> !r.isKeyed()).toList()));
        wanted.removeAll(scope.keySet());
        load(wanted).forEach(record -> scope.put(record.getId(), record));
        Set<Long> roots = scope.values().stream().map(SourceRecord::getCustomer).filter(Objects::nonNull)
                .map(CustomerLinking::rootOf).map(Customer::getId).collect(Collectors.toSet());
        recordsOfCustomers(roots).forEach(record -> scope.putIfAbsent(record.getId(), record));
        link(scope, touched, actor, time.now());
    }

    private void link(Map<Long, SourceRecord> scope, Set<Long> touched, String actor, Instant now) {
        List<SourceIdentity> identities = scope.values().stream().sorted(Comparator.comparing(SourceRecord::getId))
                .map(CustomerLinking::identity).toList();
        List<List<Long>> previous = new ArrayList<>(scope.values().stream().filter(r -> r.getCustomer() != null)
                .collect(Collectors.groupingBy(r -> rootOf(r.getCustomer()).getId(),
                        Collectors.mapping(SourceRecord::getId, Collectors.toList()))).values());
        RecordLinker.Linkage linkage = new RecordLinker(normalization, LinkThresholds.STANDARD)
                .relink(identities, touched, previous, decisions(scope.keySet()));
        Set<Customer> involved = scope.values().stream().map(SourceRecord::getCustomer).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));

        List<List<SourceRecord>> clusters = linkage.clusters().stream()
                .map(ids -> ids.stream().map(scope::get).toList())
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
        involved.addAll(moved);
        repointComplaints(moved, involved);
        Map<Long, Integer> clusterOf = new HashMap<>();
        for (int c = 0; c < linkage.clusters().size(); c++) {
            for (long id : linkage.clusters().get(c)) {
                clusterOf.put(id, c);
            }
        }
        replaceReviewPairs(linkage.reviewPairs(), scope, touched, clusterOf, now);
    }

    /** Stores the block keys of the records as they are now; returns all their keys. */
    private Set<Long> storeBlockKeys(List<SourceRecord> records) {
        Set<Long> all = new HashSet<>();
        for (List<SourceRecord> chunk : chunks(records)) {
            // only changed records have keys to drop; a delete of none would still lock the gap new records go into
            List<Long> keyedBefore = numbers(em.createNativeQuery("select distinct record_id from source_record_block"
                    + " where record_id in (" + joined(chunk.stream().map(SourceRecord::getId).toList()) + ")").getResultList());
            if (!keyedBefore.isEmpty()) {
                em.createNativeQuery("delete from source_record_block where record_id in (" + joined(keyedBefore) + ")")
                        .executeUpdate();
            }
            StringBuilder values = new StringBuilder();
            for (SourceRecord record : chunk) {
                Set<Long> keys = Blocking.keys(ComparableIdentity.of(identity(record), normalization)).stream()
                        .map(Blocking::hash).collect(Collectors.toSet());
                for (long key : keys) {
                    values.append(values.isEmpty() ? "(" : ",(").append(key).append(',').append(record.getId()).append(')');
                }
                all.addAll(keys);
                record.markKeyed();
            }
            if (!values.isEmpty()) {
                em.createNativeQuery("insert into source_record_block (block_key, record_id) values " + values).executeUpdate();
            }
        }
        return all;
    }

    /** The records sharing a key; blocks too large to say anything are left out, as the linker does. */
    private Set<Long> blockNeighbours(Set<Long> keys) {
        Set<Long> neighbours = new HashSet<>();
        for (List<Long> chunk : chunks(new ArrayList<>(keys))) {
            List<Long> usable = numbers(em.createNativeQuery("select block_key from source_record_block where block_key in ("
                    + joined(chunk) + ") group by block_key having count(*) between 2 and " + RecordLinker.MAX_BLOCK_SIZE)
                    .getResultList());
            if (!usable.isEmpty()) {
                neighbours.addAll(numbers(em.createNativeQuery("select record_id from source_record_block where block_key in ("
                        + joined(usable) + ")").getResultList()));
            }
        }
        return neighbours;
    }

    private List<SourceRecord> load(Set<Long> ids) {
        List<SourceRecord> records = new ArrayList<>();
        for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
            records.addAll(em.createQuery("select r from SourceRecord r join fetch r.source where r.id in :ids",
                    SourceRecord.class).setParameter("ids", chunk).getResultList());
        }
        return records;
    }

    private List<SourceRecord> recordsOfCustomers(Set<Long> roots) {
        List<SourceRecord> records = new ArrayList<>();
        for (List<Long> chunk : chunks(new ArrayList<>(roots))) {
            records.addAll(em.createQuery("select r from SourceRecord r join fetch r.source left join r.customer c"
                            + " where c.id in :roots or c.mergedInto.id in :roots", SourceRecord.class)
                    .setParameter("roots", chunk).getResultList());
        }
        return records;
    }

    private static Customer rootOf(Customer customer) {
        Customer root = customer;
        while (root.getMergedInto() != null) {
            root = root.getMergedInto();
        }
        return root;
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
     * original customer now belongs to; the first move remembers that original customer. Only
     * the moves of the customers this linking involved can change.
     */
    private void repointComplaints(Set<Customer> moved, Set<Customer> involved) {
        for (Customer customer : moved) {
            em.createNativeQuery("insert into complaint_customer_move (complaint_id, from_customer_id)"
                            + " select c.id, c.customer_id from complaint c where c.customer_id = ?1"
                            + " and not exists (select 1 from complaint_customer_move m where m.complaint_id = c.id)")
                    .setParameter(1, customer.getId()).executeUpdate();
        }
        em.flush();
        for (List<Long> chunk : chunks(involved.stream().map(Customer::getId).toList())) {
            @SuppressWarnings("unchecked")
            List<Object[]> moves = em.createNativeQuery("select complaint_id, from_customer_id from complaint_customer_move"
                    + " where from_customer_id in (" + joined(chunk) + ")").getResultList();
            for (Object[] move : moves) {
                Customer root = rootOf(em.find(Customer.class, ((Number) move[1]).longValue()));
                em.createNativeQuery("update complaint set customer_id = ?1 where id = ?2 and customer_id <> ?1")
                        .setParameter(1, root.getId()).setParameter(2, ((Number) move[0]).longValue()).executeUpdate();
            }
            em.createNativeQuery("delete m from complaint_customer_move m join complaint c on c.id = m.complaint_id"
                    + " where c.customer_id = m.from_customer_id and m.from_customer_id in (" + joined(chunk) + ")")
                    .executeUpdate();
        }
    }

    /**
     * Brings the review pairs this linking looked at in line with the linker's: those of a new or
     * changed record, and those whose records are now one customer. Only what differs is written,
     * so linkings side by side (two captures) do not collide on pairs neither of them changed; a
     * pair between two records the linking did not compare stays as it was found.
     */
    private void replaceReviewPairs(List<ScoredPair> pairs, Map<Long, SourceRecord> scope, Set<Long> touched,
                                    Map<Long, Integer> clusterOf, Instant now) {
        Map<IdentityPair, ScoredPair> wanted = new HashMap<>();
        pairs.forEach(pair -> wanted.put(pair.pair(), pair));
        Set<Object> seen = new HashSet<>();
        for (List<Long> chunk : chunks(new ArrayList<>(scope.keySet()))) {
            String ids = joined(chunk);
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("select id, first_record_id, second_record_id, score from review_pair"
                    + " where first_record_id in (" + ids + ") or second_record_id in (" + ids + ")").getResultList();
            for (Object[] row : found) {
                if (!seen.add(row[0])) {
                    continue;
                }
                IdentityPair pair = new IdentityPair(((Number) row[1]).longValue(), ((Number) row[2]).longValue());
                boolean concerned = touched.contains(pair.first()) || touched.contains(pair.second())
                        || clusterOf.containsKey(pair.first()) && clusterOf.get(pair.first()).equals(clusterOf.get(pair.second()));
                ScoredPair kept = wanted.remove(pair);
                if (kept == null && concerned) {
                    em.createNativeQuery("delete from review_pair where id = ?1").setParameter(1, row[0]).executeUpdate();
                } else if (kept != null && kept.score() != ((Number) row[3]).doubleValue()) {
                    em.createNativeQuery("update review_pair set score = ?1 where id = ?2")
                            .setParameter(1, kept.score()).setParameter(2, row[0]).executeUpdate();
                }
            }
        }
        for (ScoredPair pair : wanted.values()) {
            em.persist(new ReviewPair(scope.get(pair.pair().first()), scope.get(pair.pair().second()), pair.score(), now));
        }
    }

    /** The decisions on pairs of the given records. */
    private ReviewDecisions decisions(Set<Long> records) {
        Set<IdentityPair> merged = new HashSet<>();
        Set<IdentityPair> keptApart = new HashSet<>();
        for (LinkDecision decision : em.createNamedQuery(LinkDecision.ALL, LinkDecision.class).getResultList()) {
            if (records.contains(decision.getFirstRecordId()) && records.contains(decision.getSecondRecordId())) {
                IdentityPair pair = new IdentityPair(decision.getFirstRecordId(), decision.getSecondRecordId());
                (decision.getVerdict() == LinkDecision.Verdict.MERGE ? merged : keptApart).add(pair);
            }
        }
        return new ReviewDecisions(merged, keptApart);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** Numbers for an IN list: ids and key hashes of ours, never anything a user typed. */
    private static String joined(List<Long> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> numbers(List<?> column) {
        return column.stream().map(value -> ((Number) value).longValue()).toList();
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
