package de.kundenstimme.correspondence.entity;

/** Four eyes: a draft is reviewed by someone other than its author before it may be sent. */
public enum LetterStatus {
    DRAFT, IN_REVIEW, APPROVED, SENT
}
