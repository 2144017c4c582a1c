package de.kundenstimme.complaint.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
            "2026, 123,    BE-2026-000123",
            "2026, 1,      BE-2026-000001",
            "2026, 999999, BE-2026-999999",
            "2027, 45678,  BE-2027-045678",
            "1000, 10,     BE-1000-000010",
            "9999, 100000, BE-9999-100000"
    })
    void formatsYearAndZeroPaddedSequence(int year, long sequence, String expected) {
        String formatted = CaseNumber.format(year, sequence);
        assertEquals(expected, formatted);
        assertTrue(CaseNumber.isValid(formatted));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE})
    void sequenceOutOfRangeIsRejected(long sequence) {
        assertThrows(IllegalArgumentException.class, () -> CaseNumber.format(2026, sequence));
    }

    @ParameterizedTest
    @ValueSource(ints = {999, 10_000, 0, -2026})
    void yearWithoutFourDigitsIsRejected(int year) {
        assertThrows(IllegalArgumentException.class, () -> CaseNumber.format(year, 1));
    }

    @Test
    void formatUsesAsciiDigitsWhateverTheDefaultLocale() {
        Locale previous = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertEquals("BE-2026-000123", CaseNumber.format(2026, 123));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, previous);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE-2026-000123", "BE-2026-000001", "BE-2026-999999", "BE-1999-000000"})
    void acceptsWellFormedNumbers(String caseNumber) {
        assertTrue(CaseNumber.isValid(caseNumber));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "BE-2026-00123",
            "BE-2026-0001234",
            "BE-26-000123",
            "BE-20260-000123",
            "be-2026-000123",
            "XY-2026-000123",
            "BE_2026_000123",
            "BE-2026-000123 ",
            " BE-2026-000123",
            "BE-2026-000123\n",
            "BE-2026-00012A",
            "BE-\u0662\u0660\u0662\u0666-000123"
    })
    void rejectsMalformedNumbers(String caseNumber) {
        assertFalse(CaseNumber.isValid(caseNumber));
    }
}
