package de.kundenstimme.customer.control;

/**
 * The two lines on the match score: at or above {@code link} two identities are the same
 * customer; between {@code review} and {@code link} a person decides; below, they are apart.
 */
public record LinkThresholds(double link, double review) {

    /** One configuration for every data set: measured on FEBRL, see the README. */
    public static final LinkThresholds STANDARD = new LinkThresholds(0.55, 0.45);

    public LinkThresholds {
        if (review < 0 || review > link || link > 1) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 <= review <= link <= 1");
        }
    }

    public Verdict verdict(double score) {
        return score >= link ? Verdict.LINK : score >= review ? Verdict.REVIEW : Verdict.NO_LINK;
    }

    public enum Verdict { LINK, REVIEW, NO_LINK }
}
