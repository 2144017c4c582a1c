package de.kundenstimme.customer.control;

import de.kundenstimme.customer.entity.MappedField;
import de.kundenstimme.customer.entity.NameLayout;
import de.kundenstimme.customer.entity.StreetLayout;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowMappingTest {

    private final RowMapping combined = new RowMapping(Map.of(MappedField.SOURCE_KEY, "Nr", MappedField.LAST_NAME, "Name",
            MappedField.STREET, "Anschrift", MappedField.DATE_OF_BIRTH, "Geboren", MappedField.PHONES, "Telefon"),
            NameLayout.LAST_COMMA_FIRST, StreetLayout.WITH_HOUSE_NUMBER);

    @Test
    void lastCommaFirstAndStreetWithNumberAreSplit() {
        RowMapping.MappedRow row = combined.map(Map.of("Nr", "V-1", "Name", "Müller, Jürgen",
                "Anschrift", "Hauptstr. 12a", "Geboren", "15.03.1970", "Telefon", "030 123456; 0171 2345678"));

        assertEquals("V-1", row.sourceKey());
        assertEquals("Jürgen", row.fields().firstName());
        assertEquals("Müller", row.fields().lastName());
        assertEquals("Hauptstr.", row.fields().street());
        assertEquals("12a", row.fields().houseNumber());
        assertEquals(LocalDate.of(1970, 3, 15), row.fields().dateOfBirth());
        assertEquals(List.of("030 123456", "0171 2345678"), row.fields().phones());
    }

    @Test
    void houseNumberRangesAndSpacedLettersStayWithTheNumber() {
        assertEquals("3-5", combined.map(Map.of("Nr", "1", "Name", "A", "Anschrift", "Am Markt 3-5")).fields().houseNumber());
        assertEquals("9b", combined.map(Map.of("Nr", "1", "Name", "A", "Anschrift", "Gartenstraße 9 b")).fields().houseNumber());
    }

    @Test
    void isoDatesAreReadToo() {
        assertEquals(LocalDate.of(1988, 9, 9),
                combined.map(Map.of("Nr", "1", "Name", "A", "Geboren", "1988-09-09")).fields().dateOfBirth());
    }

    @Test
    void malformedRowsAreRejectedWithTheReason() {
        assertEquals("customer.import.rejected.noKey", combined.map(Map.of("Name", "Schulz, Anna")).rejection());
        assertEquals("customer.import.rejected.noName", combined.map(Map.of("Nr", "7")).rejection());
        assertEquals("customer.import.rejected.dateOfBirth",
                combined.map(Map.of("Nr", "7", "Name", "A", "Geboren", "31.02.1990")).rejection());
        assertEquals("customer.import.rejected.tooLong", combined.map(Map.of("Nr", "7", "Name", "x".repeat(101))).rejection());
    }

    @Test
    void hostileTextIsKeptAsGiven() {
        RowMapping.MappedRow row = combined.map(Map.of("Nr", "'; drop table customer; --", "Name", "<script>alert(1)</script>"));

        assertTrue(!row.isRejected());
        assertEquals("<script>alert(1)</script>", row.fields().lastName());
        assertEquals("'; drop table customer; --", row.sourceKey());
    }
}
