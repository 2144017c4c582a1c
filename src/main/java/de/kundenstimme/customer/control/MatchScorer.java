package de.kundenstimme.customer.control;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.List;

/**
 * How much two identities look like the same customer, from 0 (nothing alike) to 1 (all that
 * both know agrees). Each field both identities know adds its weight times its similarity;
 * names and streets by Jaro-Winkler, numbers and dates by Levenshtein distance. Too little
 * common knowledge lowers the score, so two records that share only a surname do not link.
 */
public final class MatchScorer {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);
    /** Below this Jaro-Winkler similarity two names count as different; above it they rise to 1. */
    private static final double NAME_FLOOR = 0.7;
    /** A different e-mail or phone says little (people have several), so it weighs only this share. */
    private static final double CONTACT_MISMATCH_SHARE = 0.25;
    /** Swapped given and last name are a common slip, but less likely than the order as given. */
    private static final double SWAPPED_NAME_FACTOR = 0.95;

    private static final double FIRST_NAME = 1.0;
    private static final double LAST_NAME = 1.5;
    private static final double COMPANY = 1.5;
    private static final double DATE_OF_BIRTH = 1.5;
    private static final double STREET = 1.0;
    private static final double HOUSE_NUMBER = 0.5;
    private static final double ADDRESS_SUPPLEMENT = 0.3;
    private static final double POSTAL_CODE = 0.8;
    private static final double CITY = 0.6;
    private static final double EMAIL = 2.0;
    private static final double PHONE = 2.0;
    /** The weight two identities must know in common for a full score. */
    private static final double MIN_EVIDENCE = 5.0;
    /**
     * A different given name and a different date of birth at one address are a household, not
     * one person: the score then counts only this share.
     */
    private static final double RELATIVES_FACTOR = 0.5;

    public double score(ComparableIdentity a, ComparableIdentity b) {
        Evidence evidence = new Evidence();
        names(a, b, evidence);
        evidence.add(COMPANY, a.company(), b.company(), nameSimilarity(a.company(), b.company()));
        evidence.add(DATE_OF_BIRTH, a.dateOfBirth(), b.dateOfBirth(), dateSimilarity(a.dateOfBirth(), b.dateOfBirth()));
        evidence.add(STREET, a.street(), b.street(), nameSimilarity(a.street(), b.street()));
        evidence.add(HOUSE_NUMBER, a.houseNumber(), b.houseNumber(), codeSimilarity(a.houseNumber(), b.houseNumber()));
        evidence.add(ADDRESS_SUPPLEMENT, a.addressSupplement(), b.addressSupplement(),
                nameSimilarity(a.addressSupplement(), b.addressSupplement()));
        evidence.add(POSTAL_CODE, a.postalCode(), b.postalCode(), codeSimilarity(a.postalCode(), b.postalCode()));
        evidence.add(CITY, a.city(), b.city(), nameSimilarity(a.city(), b.city()));
        contacts(EMAIL, a.emails(), b.emails(), evidence);
        contacts(PHONE, a.phones(), b.phones(), evidence);
        return relatives(a, b) || neighbours(a, b) ? RELATIVES_FACTOR * evidence.score() : evidence.score();
    }

    /**
     * Whether the two certainly are different people: both know a date of birth and an address,
     * and neither the dates nor the postal codes nor the streets have anything in common. A
     * cluster never holds such a pair, however others link them.
     */
    public boolean contradicts(ComparableIdentity a, ComparableIdentity b) {
        return a.dateOfBirth() != null && b.dateOfBirth() != null && dateSimilarity(a.dateOfBirth(), b.dateOfBirth()) == 0
                && a.postalCode() != null && b.postalCode() != null && codeSimilarity(a.postalCode(), b.postalCode()) == 0
                && a.street() != null && b.street() != null && nameSimilarity(a.street(), b.street()) == 0;
    }

    private static boolean relatives(ComparableIdentity a, ComparableIdentity b) {
        return a.firstName() != null && b.firstName() != null && a.dateOfBirth() != null && b.dateOfBirth() != null
                && nameSimilarity(a.firstName(), b.firstName()) == 0 && nameSimilarity(a.firstName(), b.lastName()) == 0
                && dateSimilarity(a.dateOfBirth(), b.dateOfBirth()) == 0;
    }

    /**
     * Two surnames with nothing in common, given names unknown or different too, and no e-mail,
     * phone or date of birth shared: people of one house (a flat block, a couple), not one person.
     */
    private static boolean neighbours(ComparableIdentity a, ComparableIdentity b) {
        return a.lastName() != null && b.lastName() != null && nameSimilarity(a.lastName(), b.lastName()) == 0
                && nameSimilarity(a.lastName(), b.firstName()) == 0 && nameSimilarity(a.firstName(), b.lastName()) == 0
                && nameSimilarity(a.firstName(), b.firstName()) < 1
                && dateSimilarity(a.dateOfBirth(), b.dateOfBirth()) < 1
                && a.emails().stream().noneMatch(b.emails()::contains) && a.phones().stream().noneMatch(b.phones()::contains);
    }

    private static void names(ComparableIdentity a, ComparableIdentity b, Evidence evidence) {
        double asGiven = pairSimilarity(a.firstName(), b.firstName(), a.lastName(), b.lastName());
        double swapped = SWAPPED_NAME_FACTOR * pairSimilarity(a.firstName(), b.lastName(), a.lastName(), b.firstName());
        boolean swap = swapped > asGiven && a.firstName() != null && b.lastName() != null
                && a.lastName() != null && b.firstName() != null;
        if (swap) {
            evidence.weighted(FIRST_NAME + LAST_NAME, swapped);
        } else {
            evidence.add(FIRST_NAME, a.firstName(), b.firstName(), nameSimilarity(a.firstName(), b.firstName()));
            evidence.add(LAST_NAME, a.lastName(), b.lastName(), nameSimilarity(a.lastName(), b.lastName()));
        }
    }

    private static double pairSimilarity(String firstA, String firstB, String lastA, String lastB) {
        return (FIRST_NAME * nameSimilarity(firstA, firstB) + LAST_NAME * nameSimilarity(lastA, lastB))
                / (FIRST_NAME + LAST_NAME);
    }

    static double nameSimilarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double similarity = JARO_WINKLER.apply(a, b);
        return Math.max(0, (similarity - NAME_FLOOR) / (1 - NAME_FLOOR));
    }

    /** Equal is 1, one typo or two digits swapped half, anything else 0. */
    static double codeSimilarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        int distance = LEVENSHTEIN.apply(a, b);
        return distance == 0 ? 1 : (distance == 1 && a.length() > 1) || transposed(a, b) ? 0.5 : 0;
    }

    /** Dates as yyyyMMdd: equal is 1; one digit off, two digits swapped or day and month swapped 0.7. */
    static double dateSimilarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        if (LEVENSHTEIN.apply(a, b) == 1 || transposed(a, b) || dayMonthSwapped(a, b)) {
            return 0.7;
        }
        return 0;
    }

    private static boolean transposed(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }

    private static boolean dayMonthSwapped(String a, String b) {
        return a.length() == 8 && b.length() == 8 && a.substring(0, 4).equals(b.substring(0, 4))
                && a.substring(4, 6).equals(b.substring(6, 8)) && a.substring(6, 8).equals(b.substring(4, 6));
    }

    private static void contacts(double weight, List<String> a, List<String> b, Evidence evidence) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        boolean shared = a.stream().anyMatch(b::contains);
        evidence.weighted(shared ? weight : weight * CONTACT_MISMATCH_SHARE, shared ? 1 : 0);
    }

    private static final class Evidence {
        private double weight;
        private double agreement;

        void add(double fieldWeight, String a, String b, double similarity) {
            if (a != null && b != null) {
                weighted(fieldWeight, similarity);
            }
        }

        void weighted(double fieldWeight, double similarity) {
            weight += fieldWeight;
            agreement += fieldWeight * similarity;
        }

        double score() {
            return weight == 0 ? 0 : agreement / Math.max(weight, MIN_EVIDENCE);
        }
    }
}
