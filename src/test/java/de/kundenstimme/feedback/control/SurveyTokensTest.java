package de.kundenstimme.feedback.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurveyTokensTest {

    private final SurveyTokens tokens = new SurveyTokens();

    @Test
    void newTokensAreWellFormedAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = tokens.newToken();
            assertTrue(SurveyTokens.isWellFormed(token), token);
            assertTrue(seen.add(token), "no token twice");
        }
    }

    @Test
    void anAlteredTokenHashesToSomethingElse() {
        String token = tokens.newToken();
        String altered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');

        assertEquals(64, SurveyTokens.hash(token).length());
        assertNotEquals(SurveyTokens.hash(token), SurveyTokens.hash(altered));
    }

    @Test
    void textThatCannotBeATokenIsRecognisedWithoutLookUp() {
        assertFalse(SurveyTokens.isWellFormed(null));
        assertFalse(SurveyTokens.isWellFormed(""));
        assertFalse(SurveyTokens.isWellFormed("' OR 1=1 --"));
        assertFalse(SurveyTokens.isWellFormed(tokens.newToken() + "x"));
        assertFalse(SurveyTokens.isWellFormed("<script>alert(1)</script>aaaaaaaaaaaaaaaaaa"));
    }
}
