package de.kundenstimme.intake.control;

import de.kundenstimme.intake.entity.TriageRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TriageTest {

    private static List<TriageRule> rules() {
        TriageRule off = new TriageRule("egal", 9);
        off.change(9, false);
        return List.of(new TriageRule("schlecht", 2), new TriageRule("funktioniert nicht", 4), new TriageRule("Kundenstimme", 1), off);
    }

    @Test
    void addsTheWeightsOfTheTermsTheTextContainsIgnoringCase() {
        Triage.Ranking ranking = Triage.rank("Die App von KUNDENSTIMME funktioniert nicht. Echt SCHLECHT!", rules());

        assertEquals(7, ranking.score());
        assertEquals(List.of("schlecht", "funktioniert nicht", "Kundenstimme"), ranking.matchedTerms());
    }

    @Test
    void switchedOffRulesAndTextsWithoutTermsScoreNothing() {
        assertEquals(0, Triage.rank("Mir ist alles egal.", rules()).score());
        assertEquals(0, Triage.rank("Schöner Tag heute", rules()).score());
        assertEquals(0, Triage.rank(null, rules()).score());
    }
}
