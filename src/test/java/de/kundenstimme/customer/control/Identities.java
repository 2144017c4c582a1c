package de.kundenstimme.customer.control;

import de.kundenstimme.customer.entity.CustomerFields;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Source identities for the linking tests, written the way departments write them. */
final class Identities {

    private Identities() {
    }

    static SourceIdentity person(long id, String source, String first, String last, String dateOfBirth,
                                 String street, String houseNumber, String postalCode, String city,
                                 String phone, String email) {
        return identity(id, source, 1, Instant.parse("2026-01-01T00:00:00Z"), new CustomerFields(null, null, first,
                last, null, dateOfBirth == null ? null : LocalDate.parse(dateOfBirth), street, houseNumber, null,
                postalCode, city, null, phone == null ? List.of() : List.of(phone),
                email == null ? List.of() : List.of(email)));
    }

    static SourceIdentity identity(long id, String source, int trustRank, Instant updatedAt, CustomerFields fields) {
        return new SourceIdentity(id, source, trustRank, updatedAt, fields);
    }

    static ComparableIdentity comparable(SourceIdentity identity) {
        return ComparableIdentity.of(identity, new Normalization("DE"));
    }
}
