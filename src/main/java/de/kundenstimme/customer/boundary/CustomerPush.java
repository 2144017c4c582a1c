package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.control.CustomerLinking;
import de.kundenstimme.customer.control.RowMapping;
import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.MappedField;
import de.kundenstimme.customer.entity.SourceKind;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Records a department's system sends: each one stored by its customer number like an imported
 * row, a malformed one rejected with its position and reason, then the new and changed ones linked.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class CustomerPush {

    static final int MAX_RECORDS = 1000;
    /** The JSON names a pushing system uses, one per field of the customer model. */
    static final Map<MappedField, String> FIELD_NAMES = fieldNames();

    @PersistenceContext
    EntityManager em;

    @Inject
    SourceRecords sourceRecords;

    @Inject
    CustomerLinking linking;

    @Inject
    BusinessTime time;

    /** The source when the token is its push token, otherwise null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerSource authorise(long sourceId, String token) {
        CustomerSource source = em.find(CustomerSource.class, sourceId);
        if (source == null || source.getKind() != SourceKind.PUSH || source.getPushToken() == null || token == null) {
            return null;
        }
        boolean same = MessageDigest.isEqual(source.getPushToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
        return same ? source : null;
    }

    public Outcome receive(CustomerSource pushing, List<Map<String, String>> records) {
        CustomerSource source = em.merge(pushing);
        RowMapping mapping = new RowMapping(FIELD_NAMES, source.getNameLayout(), source.getStreetLayout());
        Instant now = time.now();
        int[] counts = new int[SourceRecords.Outcome.values().length];
        List<Rejected> rejected = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            RowMapping.MappedRow row = mapping.map(records.get(i));
            if (row.isRejected()) {
                rejected.add(new Rejected(i, row.rejection()));
            } else {
                counts[sourceRecords.store(source, row.sourceKey(), row.fields(), now).ordinal()]++;
            }
        }
        linking.relinkPending("push:" + source.getName());
        return new Outcome(counts[SourceRecords.Outcome.NEW.ordinal()], counts[SourceRecords.Outcome.CHANGED.ordinal()],
                counts[SourceRecords.Outcome.UNCHANGED.ordinal()], rejected);
    }

    private static Map<MappedField, String> fieldNames() {
        Map<MappedField, String> names = new EnumMap<>(MappedField.class);
        for (MappedField field : MappedField.values()) {
            String[] words = field.name().toLowerCase(java.util.Locale.ROOT).split("_");
            StringBuilder name = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            names.put(field, name.toString());
        }
        names.put(MappedField.SOURCE_KEY, "customerNumber");
        return Map.copyOf(names);
    }

    public record Outcome(int added, int changed, int unchanged, List<Rejected> rejected) {
    }

    /** The position of a record in the request and why it was not taken. */
    public record Rejected(int index, String reason) {
    }
}
