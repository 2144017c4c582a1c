package de.kundenstimme.correspondence.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SalutationTest {

    @Test
    void addressesWomenAndMenWithTitleInGermanAndEnglish() {
        assertEquals("Sehr geehrte Frau Weiß,", Salutation.of("Frau", "Erika", "Weiß", null, "de"));
        assertEquals("Sehr geehrter Herr Dr. Özdemir,", Salutation.of("Herr Dr.", "Cem", "Özdemir", null, "de"));
        assertEquals("Dear Ms Weiß,", Salutation.of("Frau", "Erika", "Weiß", null, "en"));
        assertEquals("Dear Mr Prof. Smith,", Salutation.of("Herr Prof.", "John", "Smith", null, "en"));
    }

    @Test
    void diversePersonsAndUnknownFormsAreAddressedByFullName() {
        assertEquals("Guten Tag Alex Berger,", Salutation.of("Divers", "Alex", "Berger", null, "de"));
        assertEquals("Guten Tag Berger,", Salutation.of(null, null, "Berger", null, "de"));
        assertEquals("Dear Alex Berger,", Salutation.of(null, "Alex", "Berger", null, "en"));
    }

    @Test
    void companiesAndNamelessCustomersGetTheNeutralForm() {
        assertEquals("Sehr geehrte Damen und Herren,", Salutation.of("Firma", null, "Egal", "Muster AG", "de"));
        assertEquals("Sehr geehrte Damen und Herren,", Salutation.of("Frau", null, null, "Muster AG", "de"));
        assertEquals("Dear Sir or Madam,", Salutation.of(null, null, " ", "Muster AG", "en"));
    }
}
