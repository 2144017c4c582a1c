package de.kundenstimme.customer.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NormalizationTest {

    private final Normalization normalization = new Normalization("DE");

    @Test
    void umlautsAndSharpSAreSpelledOut() {
        assertEquals(Normalization.name("Mueller"), Normalization.name("Müller"));
        assertEquals("weiss", Normalization.name("Weiß"));
        assertEquals("goetz", Normalization.name("GÖTZ"));
    }

    @Test
    void caseWhitespaceAndAccentsDoNotMatter() {
        assertEquals("jose maria", Normalization.name("  José   MARÍA "));
        assertEquals("mueller luedenscheidt", Normalization.name("Müller-Lüdenscheidt"));
    }

    @Test
    void aValueWithoutLettersOrDigitsIsMissing() {
        assertNull(Normalization.name(" - "));
        assertNull(Normalization.name(null));
    }

    @Test
    void streetAbbreviationsMeanTheSameStreet() {
        String full = Normalization.street("Hauptstraße");
        assertEquals("hauptstrasse", full);
        assertEquals(full, Normalization.street("Hauptstr."));
        assertEquals(full, Normalization.street("Haupt-Str."));
        assertEquals(full, Normalization.street("HAUPTSTRASSE"));
        assertEquals(Normalization.street("Berliner Straße"), Normalization.street("Berliner Str."));
        assertEquals(Normalization.street("Marktplatz"), Normalization.street("Markt-Pl."));
    }

    @Test
    void phoneNumbersBecomeE164() {
        assertEquals("+4930123456", normalization.phone("030 / 123 456"));
        assertEquals("+4930123456", normalization.phone("+49 (0)30 123456"));
        assertEquals("+4930123456", normalization.phone("0049 30 123456"));
        assertEquals("+442079460958", normalization.phone("+44 20 7946 0958"));
    }

    @Test
    void somethingThatIsNoPhoneNumberIsMissing() {
        assertNull(normalization.phone("bitte anrufen"));
        assertNull(normalization.phone("12"));
    }

    @Test
    void emailAddressesAreCompared() {
        assertEquals("erika.muster@example.de", Normalization.email("  Erika.Muster@Example.DE "));
        assertNull(Normalization.email("erika at example.de"));
    }

    @Test
    void postalCodesAndHouseNumbersIgnoreSpacing() {
        assertEquals("SW1A1AA", Normalization.postalCode("sw1a 1aa"));
        assertEquals("12a", Normalization.houseNumber("12 A"));
    }
}
