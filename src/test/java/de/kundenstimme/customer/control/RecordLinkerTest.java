package de.kundenstimme.customer.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static de.kundenstimme.customer.control.Identities.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordLinkerTest {

    private final RecordLinker linker = new RecordLinker(new Normalization("DE"), LinkThresholds.STANDARD);

    private static final SourceIdentity SALES = person(1, "Vertrieb", "Jürgen", "Müller", "1970-03-15",
            "Hauptstraße", "12", "10115", "Berlin", "030 123456", null);
    private static final SourceIdentity BILLING = person(2, "Buchhaltung", "Juergen", "Mueller", null,
            "Hauptstr.", "12", "10115", "Berlin", null, "j.mueller@example.de");
    private static final SourceIdentity SUPPORT = person(3, "Support", "J.", "Müller", null, null, null, null,
            null, null, "J.Mueller@example.de");
    private static final SourceIdentity STRANGER = person(4, "Vertrieb", "Anna", "Schulz", "1988-09-09",
            "Seeweg", "3", "20095", "Hamburg", null, null);

    private static Set<Set<Long>> clusters(RecordLinker.Linkage linkage) {
        Set<Set<Long>> clusters = new HashSet<>();
        linkage.clusters().forEach(cluster -> clusters.add(Set.copyOf(cluster)));
        return clusters;
    }

    @Test
    void recordsOfOneCustomerJoinTransitively() {
        RecordLinker.Linkage linkage = linker.link(List.of(SALES, BILLING, SUPPORT, STRANGER), ReviewDecisions.NONE);

        assertEquals(Set.of(Set.of(1L, 2L, 3L), Set.of(4L)), clusters(linkage));
    }

    @Test
    void aChainDoesNotGlueTwoPeopleTogether() {
        SourceIdentity berlin = person(10, "Vertrieb", "Thomas", "Weber", "1970-01-01", "Hauptstraße", "1",
                "10115", "Berlin", null, "t.weber@example.de");
        SourceIdentity ambiguous = person(11, "Support", "Thomas", "Weber", null, null, null, null, null,
                "089 55555", "t.weber@example.de");
        SourceIdentity munich = person(12, "Versand", "Thomas", "Weber", "1990-05-05", "Seeweg", "5", "80331",
                "München", "089 55555", null);

        RecordLinker.Linkage linkage = linker.link(List.of(berlin, ambiguous, munich), ReviewDecisions.NONE);

        assertEquals(2, linkage.clusters().size());
        assertFalse(clusters(linkage).stream().anyMatch(cluster -> cluster.containsAll(Set.of(10L, 12L))));
        assertEquals(1, linkage.reviewPairs().size(), "the link that was refused goes to review");
    }

    @Test
    void pairsBetweenTheThresholdsGoToReview() {
        SourceIdentity shop = person(20, "Vertrieb", "Sabine", "Krüger", null, null, null, "04109",
                "Leipzig", null, null);
        SourceIdentity billing = person(21, "Buchhaltung", "Sabine", "Krüger", null, null, null, null,
                null, null, null);

        RecordLinker.Linkage linkage = linker.link(List.of(shop, billing), ReviewDecisions.NONE);

        assertEquals(2, linkage.clusters().size());
        assertEquals(List.of(new IdentityPair(20, 21)), linkage.reviewPairs().stream().map(ScoredPair::pair).toList());
    }

    @Test
    void aKeepApartDecisionHoldsOnTheNextRun() {
        ReviewDecisions decisions = new ReviewDecisions(Set.of(), Set.of(new IdentityPair(2, 1)));

        RecordLinker.Linkage linkage = linker.link(List.of(SALES, BILLING, STRANGER), decisions);

        assertEquals(Set.of(Set.of(1L), Set.of(2L), Set.of(4L)), clusters(linkage));
        assertTrue(linkage.reviewPairs().isEmpty(), "a decided pair is not asked again");
    }

    @Test
    void aMergeDecisionLinksWhatTheScoreWouldNot() {
        ReviewDecisions decisions = new ReviewDecisions(Set.of(new IdentityPair(1, 4)), Set.of());

        RecordLinker.Linkage linkage = linker.link(List.of(SALES, STRANGER), decisions);

        assertEquals(Set.of(Set.of(1L, 4L)), clusters(linkage));
    }

    @Test
    void everyIdentityEndsUpInExactlyOneCluster() {
        RecordLinker.Linkage linkage = linker.link(List.of(SALES, BILLING, SUPPORT, STRANGER), ReviewDecisions.NONE);

        assertEquals(4, linkage.clusters().stream().mapToInt(List::size).sum());
    }

    @Test
    void aRelinkComparesOnlyTheChangedRecordsAndKeepsTheOtherClustersAsTheyWere() {
        RecordLinker.Linkage before = linker.link(List.of(SALES, BILLING, SUPPORT, STRANGER), ReviewDecisions.NONE);
        SourceIdentity movedStranger = person(4, "Vertrieb", "Jürgen", "Müller", "1970-03-15", "Hauptstraße", "12",
                "10115", "Berlin", null, null);

        RecordLinker.Linkage after = linker.relink(List.of(SALES, BILLING, SUPPORT, movedStranger), Set.of(4L),
                before.clusters(), ReviewDecisions.NONE);

        assertEquals(Set.of(Set.of(1L, 2L, 3L, 4L)), clusters(after), "the changed record joins the customer it now matches");
        assertTrue(after.comparisons() <= 3, "only pairs with the changed record are compared: " + after.comparisons());
    }

    @Test
    void aRelinkKeepsAClusterTogetherThatItDoesNotCompareAgain() {
        RecordLinker.Linkage before = linker.link(List.of(SALES, BILLING, SUPPORT), ReviewDecisions.NONE);
        SourceIdentity newcomer = person(5, "Versand", "Anna", "Schulz", "1988-09-09", "Seeweg", "3", "20095",
                "Hamburg", null, null);

        RecordLinker.Linkage after = linker.relink(List.of(SALES, BILLING, SUPPORT, STRANGER, newcomer), Set.of(5L),
                List.of(before.clusters().get(0), List.of(4L)), ReviewDecisions.NONE);

        assertEquals(Set.of(Set.of(1L, 2L, 3L), Set.of(4L, 5L)), clusters(after));
        assertTrue(after.reviewPairs().stream().allMatch(pair -> pair.first() == 5 || pair.second() == 5));
    }
}
