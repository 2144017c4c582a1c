package de.kundenstimme.complaint.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SubjectWordsTest {

    @Test
    void everyWordOfThreeLettersOrMoreMustBeginAWordOfTheSubject() {
        assertEquals("+display*", SubjectWords.booleanQuery("Display"));
        assertEquals("+kaffee* +tropft*", SubjectWords.booleanQuery("  Kaffee   tropft "));
        assertEquals("+ärger* +über*", SubjectWords.booleanQuery("Ärger über"));
        assertEquals("+km200*", SubjectWords.booleanQuery("KM200"));
    }

    @Test
    void shortWordsAndPartsWithOtherCharactersAreLeftToLike() {
        assertNull(SubjectWords.booleanQuery("ab"));
        assertNull(SubjectWords.booleanQuery("50%"));
        assertNull(SubjectWords.booleanQuery("A_B"));
        assertNull(SubjectWords.booleanQuery("KM-200"));
        assertEquals("+aktion*", SubjectWords.booleanQuery("Aktion 50% A_B zu"));
    }

    @Test
    void operatorsOfTheBooleanModeNeverReachTheQuery() {
        assertNull(SubjectWords.booleanQuery("-defekt"));
        assertNull(SubjectWords.booleanQuery("\"defekt\""));
        assertEquals("+marke*", SubjectWords.booleanQuery("marke OR '1'='1 defekt* (x) @3 ~y >z"));
    }

    @Test
    void wordsLongerThanTheIndexKeepsAreLeftToLike() {
        assertNull(SubjectWords.booleanQuery("a".repeat(SubjectWords.MAX_LENGTH + 1)));
        assertEquals("+" + "a".repeat(SubjectWords.MAX_LENGTH) + "*", SubjectWords.booleanQuery("a".repeat(SubjectWords.MAX_LENGTH)));
    }
}
