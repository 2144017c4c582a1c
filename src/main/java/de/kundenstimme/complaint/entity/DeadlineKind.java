package de.kundenstimme.complaint.entity;

/** Which deadline an escalation or a reminder is about; MANUAL for an escalation by hand. */
public enum DeadlineKind {
    ACKNOWLEDGEMENT, RESOLUTION, MANUAL
}
