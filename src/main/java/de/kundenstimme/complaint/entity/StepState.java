package de.kundenstimme.complaint.entity;

public enum StepState {
    OPEN, DONE, CANCELLED
}
