package de.kundenstimme.administration.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseWithADigitPasses() {
        assertEquals(List.of(), PasswordPolicy.violations("sabine", "Regen über Köln 7"));
    }

    @Test
    void tooShortAndLettersOnlyAreBothNamed() {
        assertEquals(List.of("administration.password.tooShort", "administration.password.letterAndOther"),
                PasswordPolicy.violations("sabine", "kurz"));
    }

    @Test
    void digitsOnlyAreRefusedHoweverLong() {
        assertEquals(List.of("administration.password.letterAndOther"),
                PasswordPolicy.violations("sabine", "12345678901234567890"));
    }

    @Test
    void theUserNameInsideThePasswordIsRefusedWhateverItsCase() {
        assertTrue(PasswordPolicy.violations("handler.service", "x-HANDLER.SERVICE-2026")
                .contains("administration.password.containsUsername"));
    }

    @Test
    void commonPasswordsAreRefused() {
        assertEquals(List.of("administration.password.common"), PasswordPolicy.violations("sabine", "Passwort1234"));
    }

    @Test
    void emptyAndOverlongAreRefused() {
        assertEquals(List.of("administration.password.required"), PasswordPolicy.violations("sabine", ""));
        assertEquals(List.of("administration.password.required"), PasswordPolicy.violations("sabine", null));
        assertTrue(PasswordPolicy.violations("sabine", "a1".repeat(65)).contains("administration.password.tooLong"));
    }
}
