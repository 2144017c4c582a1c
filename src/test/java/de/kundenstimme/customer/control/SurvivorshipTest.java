package de.kundenstimme.customer.control;

import de.kundenstimme.customer.entity.CustomerFields;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SurvivorshipTest {

    private static final Instant OLD = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant NEW = Instant.parse("2026-01-01T00:00:00Z");

    private final SourceIdentity billing = new SourceIdentity(1, "Buchhaltung", 1, OLD, new CustomerFields("Frau",
            "Dr.", "E.", "Mustermann", null, LocalDate.of(1964, 8, 12), "Heidestraße", "17", null, "51147", "Köln",
            "DE", List.of("+49221123456"), List.of()));
    private final SourceIdentity shipping = new SourceIdentity(2, "Versand", 3, NEW, new CustomerFields(null,
            null, "Erika", "Musterfrau", null, LocalDate.of(1964, 8, 21), "Seestraße", "2", "c/o Meier", "80331",
            "München", "DE", List.of(), List.of("erika@example.de")));

    @Test
    void namesAndBirthDateComeFromTheMostTrustedSource() {
        GoldenRecord golden = Survivorship.of(List.of(shipping, billing));

        assertEquals("Mustermann", golden.value(CustomerAttribute.LAST_NAME));
        assertEquals("Buchhaltung", golden.source(CustomerAttribute.LAST_NAME));
        assertEquals("1964-08-12", golden.value(CustomerAttribute.DATE_OF_BIRTH));
        assertEquals("Dr.", golden.value(CustomerAttribute.TITLE));
    }

    @Test
    void theGivenNameIsTheMostCompleteSpelling() {
        GoldenRecord golden = Survivorship.of(List.of(billing, shipping));

        assertEquals("Erika", golden.value(CustomerAttribute.FIRST_NAME));
        assertEquals("Versand", golden.source(CustomerAttribute.FIRST_NAME));
    }

    @Test
    void theAddressIsTheMostRecentOneAndStaysTogether() {
        GoldenRecord golden = Survivorship.of(List.of(billing, shipping));

        assertEquals("Seestraße", golden.value(CustomerAttribute.STREET));
        assertEquals("2", golden.value(CustomerAttribute.HOUSE_NUMBER));
        assertEquals("80331", golden.value(CustomerAttribute.POSTAL_CODE));
        assertEquals("München", golden.value(CustomerAttribute.CITY));
        assertEquals("Versand", golden.source(CustomerAttribute.CITY));
    }

    @Test
    void contactsComeFromWhoeverHasThem() {
        GoldenRecord golden = Survivorship.of(List.of(billing, shipping));

        assertEquals("+49221123456", golden.value(CustomerAttribute.PHONE));
        assertEquals("Buchhaltung", golden.source(CustomerAttribute.PHONE));
        assertEquals("erika@example.de", golden.value(CustomerAttribute.EMAIL));
        assertEquals("Versand", golden.source(CustomerAttribute.EMAIL));
    }

    @Test
    void anAttributeNoSourceKnowsStaysEmpty() {
        GoldenRecord golden = Survivorship.of(List.of(billing));

        assertNull(golden.value(CustomerAttribute.COMPANY));
        assertNull(golden.source(CustomerAttribute.COMPANY));
    }
}
