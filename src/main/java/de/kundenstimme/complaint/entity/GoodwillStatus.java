package de.kundenstimme.complaint.entity;

/** A goodwill proposal waits for a manager (PROPOSED) or is decided: GRANTED or DECLINED, never changed again. */
public enum GoodwillStatus {
    PROPOSED, GRANTED, DECLINED
}
