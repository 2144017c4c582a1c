package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.Complaint;

/**
 * Fired inside the transaction that closed a case, so what observers do (the satisfaction
 * survey) commits or rolls back with the closing.
 */
public record CaseClosed(Complaint complaint) {
}
