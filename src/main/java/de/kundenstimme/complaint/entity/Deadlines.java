package de.kundenstimme.complaint.entity;

import java.time.LocalDate;

/** The two deadlines a new case gets: the acknowledgement and the resolution. */
public record Deadlines(LocalDate acknowledgement, LocalDate resolution) {
}
