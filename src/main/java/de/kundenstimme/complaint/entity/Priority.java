package de.kundenstimme.complaint.entity;

/** Urgency of a complaint; it selects the default resolution deadline. */
public enum Priority {
    CRITICAL,
    HIGH,
    NORMAL,
    LOW
}
