package de.kundenstimme.customer.control;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the golden record of one cluster of source identities, attribute by attribute. */
public final class Survivorship {

    private static final Comparator<SourceIdentity> MOST_TRUSTED = Comparator
            .comparingInt(SourceIdentity::trustRank)
            .thenComparing(SourceIdentity::updatedAt, Comparator.reverseOrder())
            .thenComparingLong(SourceIdentity::id);
    private static final Comparator<SourceIdentity> MOST_RECENT = Comparator
            .comparing(SourceIdentity::updatedAt, Comparator.reverseOrder())
            .thenComparing(MOST_TRUSTED);

    private Survivorship() {
    }

    public static GoldenRecord of(List<SourceIdentity> cluster) {
        if (cluster.isEmpty()) {
            throw new IllegalArgumentException("A golden record needs at least one source identity");
        }
        Map<CustomerAttribute, GoldenRecord.Survivor> values = new EnumMap<>(CustomerAttribute.class);
        Optional<SourceIdentity> addressSource = addressSource(cluster);
        for (CustomerAttribute attribute : CustomerAttribute.values()) {
            Optional<SourceIdentity> winner = switch (attribute.rule()) {
                case TRUST_RANK -> best(cluster, attribute, MOST_TRUSTED);
                case MOST_RECENT -> best(cluster, attribute, MOST_RECENT);
                case MOST_COMPLETE -> best(cluster, attribute,
                        Comparator.comparingInt((SourceIdentity identity) -> completeness(attribute.of(identity.fields())))
                                .reversed().thenComparing(MOST_TRUSTED));
                case ADDRESS -> addressSource.filter(identity -> attribute.of(identity.fields()) != null);
            };
            winner.ifPresent(identity -> values.put(attribute, new GoldenRecord.Survivor(
                    attribute.of(identity.fields()), identity.id(), identity.source())));
        }
        return new GoldenRecord(values);
    }

    /** Letters and digits as linking compares them, so "Jürgen" is no less complete than "Juergen". */
    private static int completeness(String value) {
        String normalised = Normalization.text(value);
        return normalised == null ? 0 : normalised.length();
    }

    private static Optional<SourceIdentity> best(List<SourceIdentity> cluster, CustomerAttribute attribute,
                                                 Comparator<SourceIdentity> order) {
        return cluster.stream().filter(identity -> attribute.of(identity.fields()) != null).min(order);
    }

    /** The most recent record with street, postal code and city; failing that, the one knowing most of them. */
    private static Optional<SourceIdentity> addressSource(List<SourceIdentity> cluster) {
        Comparator<SourceIdentity> completeness = Comparator.comparingInt(Survivorship::addressParts).reversed();
        return cluster.stream().filter(identity -> addressParts(identity) > 0)
                .min(completeness.thenComparing(MOST_RECENT));
    }

    private static int addressParts(SourceIdentity identity) {
        var fields = identity.fields();
        return (fields.street() != null ? 1 : 0) + (fields.postalCode() != null ? 1 : 0) + (fields.city() != null ? 1 : 0);
    }
}
