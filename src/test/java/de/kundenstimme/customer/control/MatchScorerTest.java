package de.kundenstimme.customer.control;

import org.junit.jupiter.api.Test;

import static de.kundenstimme.customer.control.Identities.comparable;
import static de.kundenstimme.customer.control.Identities.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchScorerTest {

    private final MatchScorer scorer = new MatchScorer();
    private final LinkThresholds thresholds = LinkThresholds.STANDARD;

    private double score(SourceIdentity a, SourceIdentity b) {
        return scorer.score(comparable(a), comparable(b));
    }

    @Test
    void theSamePersonSpelledDifferentlyLinks() {
        SourceIdentity sales = person(1, "Vertrieb", "Jürgen", "Müller", "1970-03-15", "Hauptstraße", "12",
                "10115", "Berlin", "030 123456", null);
        SourceIdentity billing = person(2, "Buchhaltung", "Juergen", "Mueller", "1970-03-15", "Hauptstr.", "12",
                "10115", "Berlin", "+49 30 123456", null);
        assertEquals(1.0, score(sales, billing), 1e-9);
    }

    @Test
    void aTypoAndAMissingFieldStillLink() {
        SourceIdentity sales = person(1, "Vertrieb", "Katharina", "Schmidt", "1985-07-02", "Lindenweg", "4",
                "80331", "München", null, "k.schmidt@example.de");
        SourceIdentity shipping = person(2, "Versand", "Katharina", "Schmitt", null, "Lindenweg", "4",
                "80331", "Muenchen", null, null);
        assertEquals(LinkThresholds.Verdict.LINK, thresholds.verdict(score(sales, shipping)));
    }

    @Test
    void swappedGivenAndLastNameStillLink() {
        SourceIdentity sales = person(1, "Vertrieb", "Peter", "Hansen", "1960-01-20", "Am Deich", "7",
                "25813", "Husum", null, null);
        SourceIdentity support = person(2, "Support", "Hansen", "Peter", "1960-01-20", "Am Deich", "7",
                "25813", "Husum", null, null);
        assertEquals(LinkThresholds.Verdict.LINK, thresholds.verdict(score(sales, support)));
    }

    @Test
    void familyMembersAtOneAddressDoNotLink() {
        SourceIdentity father = person(1, "Vertrieb", "Klaus", "Becker", "1955-11-03", "Gartenstraße", "9",
                "50667", "Köln", null, null);
        SourceIdentity daughter = person(2, "Vertrieb", "Lena", "Becker", "1991-04-27", "Gartenstraße", "9",
                "50667", "Köln", null, null);
        assertEquals(LinkThresholds.Verdict.NO_LINK, thresholds.verdict(score(father, daughter)));
    }

    @Test
    void neighboursOfOneHouseDoNotLink() {
        SourceIdentity one = person(1, "Erfassung", null, "Verjährt", null, "Am Markt", "1", "50667", "Köln", null,
                "kunde.1@example.de");
        SourceIdentity other = person(2, "Erfassung", null, "Aufbewahrt", null, "Am Markt", "1", "50667", "Köln", null,
                "kunde.2@example.de");
        assertEquals(LinkThresholds.Verdict.NO_LINK, thresholds.verdict(score(one, other)));
    }

    @Test
    void aSharedSurnameAloneIsNotEnough() {
        SourceIdentity one = person(1, "Vertrieb", null, "Meyer", null, null, null, "20095", null, null, null);
        SourceIdentity other = person(2, "Support", null, "Meyer", null, null, null, "20095", null, null, null);
        assertTrue(score(one, other) < thresholds.link());
    }

    @Test
    void aSharedEmailAddressWeighsHeavily() {
        SourceIdentity shop = person(1, "Vertrieb", "A.", "Wagner", null, null, null, null, null, null,
                "anna.wagner@example.de");
        SourceIdentity support = person(2, "Support", "Anna", "Wagner", null, null, null, null, null, null,
                "Anna.Wagner@Example.de");
        assertEquals(LinkThresholds.Verdict.LINK, thresholds.verdict(score(shop, support)));
    }

    @Test
    void datesWithOneSlipAreClose() {
        assertEquals(1.0, MatchScorer.dateSimilarity("19700315", "19700315"));
        assertEquals(0.7, MatchScorer.dateSimilarity("19700315", "19700316"));
        assertEquals(0.7, MatchScorer.dateSimilarity("19700315", "19700351"));
        assertEquals(0.7, MatchScorer.dateSimilarity("19700312", "19701203"));
        assertEquals(0.0, MatchScorer.dateSimilarity("19700315", "19851122"));
    }

    @Test
    void namesFarApartCountAsDifferent() {
        assertEquals(0.0, MatchScorer.nameSimilarity("klaus", "lena"));
        assertTrue(MatchScorer.nameSimilarity("schmidt", "schmitt") > 0.7);
    }

    @Test
    void thresholdsSortScoresIntoThreeVerdicts() {
        LinkThresholds lines = new LinkThresholds(0.8, 0.6);
        assertEquals(LinkThresholds.Verdict.LINK, lines.verdict(0.8));
        assertEquals(LinkThresholds.Verdict.REVIEW, lines.verdict(0.7));
        assertEquals(LinkThresholds.Verdict.NO_LINK, lines.verdict(0.59));
    }
}
