package de.kundenstimme.complaint.entity;

/** A manager's answer to a goodwill proposal above the proposer's limit. */
public enum GoodwillDecision {
    APPROVE, DECLINE
}
