package de.kundenstimme.customer.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The merged customer: for every attribute the value that survived and the identity it came from. */
public record GoldenRecord(Map<CustomerAttribute, Survivor> values) {

    public GoldenRecord {
        values = Collections.unmodifiableMap(values.isEmpty()
                ? new EnumMap<>(CustomerAttribute.class) : new EnumMap<>(values));
    }

    public String value(CustomerAttribute attribute) {
        Survivor survivor = values.get(attribute);
        return survivor == null ? null : survivor.value();
    }

    /** The name of the source the attribute came from, or null when no source knows it. */
    public String source(CustomerAttribute attribute) {
        Survivor survivor = values.get(attribute);
        return survivor == null ? null : survivor.source();
    }

    /** A value and where it came from. */
    public record Survivor(String value, long identityId, String source) {
    }
}
