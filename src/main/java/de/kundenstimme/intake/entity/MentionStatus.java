package de.kundenstimme.intake.entity;

/** Where a mention stands in triage. */
public enum MentionStatus {
    OPEN, CONVERTED, DISMISSED
}
