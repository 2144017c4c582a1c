package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.MappedField;
import de.kundenstimme.customer.entity.NameLayout;
import de.kundenstimme.customer.entity.SourceKind;
import de.kundenstimme.customer.entity.StreetLayout;

import java.util.Map;
import java.util.stream.Collectors;

/** A source as the admin fills it in; id null for a new one. */
public record SourceDraft(Long id, String name, Long departmentId, SourceKind kind, int trustRank,
                          Map<MappedField, String> mapping, NameLayout nameLayout, StreetLayout streetLayout,
                          String jdbcUrl, String jdbcUser, String jdbcPassword, String sqlQuery) {

    public SourceDraft {
        mapping = mapping.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().strip()));
    }
}
