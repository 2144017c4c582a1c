package de.kundenstimme.intake.control;

import de.kundenstimme.intake.entity.TriageRule;

import java.util.List;
import java.util.Locale;

/**
 * Ranks a mention by the triage rules its text contains (case ignored): the sum of their
 * weights, and which ones matched, so the handler sees why it ranks high.
 */
public final class Triage {

    public record Ranking(int score, List<String> matchedTerms) {
    }

    private Triage() {
    }

    public static Ranking rank(String text, List<TriageRule> rules) {
        String lower = text == null ? "" : text.toLowerCase(Locale.GERMAN);
        List<TriageRule> matched = rules.stream()
                .filter(TriageRule::isActive)
                .filter(rule -> lower.contains(rule.getTerm().toLowerCase(Locale.GERMAN)))
                .toList();
        return new Ranking(matched.stream().mapToInt(TriageRule::getWeight).sum(),
                matched.stream().map(TriageRule::getTerm).toList());
    }
}
