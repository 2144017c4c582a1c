package de.kundenstimme.correspondence.entity;

/** The kinds of letter DOMAIN.md names; those with a gift may carry one from the catalogue. */
public enum LetterType {
    ACKNOWLEDGEMENT, INTERIM, FINAL_ANSWER, FOLLOW_UP, APOLOGY_WITH_GIFT;

    public boolean takesGift() {
        return this == FOLLOW_UP || this == APOLOGY_WITH_GIFT;
    }
}
