package de.kundenstimme.complaint.control;

import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.ComplaintStatus;
import de.kundenstimme.complaint.entity.Priority;

import java.time.LocalDate;

/**
 * What the complaint list and GET /complaints may narrow by. The department is not a choice:
 * the search always adds the caller's own.
 */
public record ComplaintFilter(Scope scope, ComplaintStatus status, Long categoryId, Channel channel, Long ownerId,
                              Priority priority, LocalDate receivedFrom, LocalDate receivedTo, String subjectText) {

    public enum Scope {
        MINE, DEPARTMENT, OVERDUE,
        /** The manager's escalation queue: escalated or overdue open cases. */
        ESCALATED
    }

    public static ComplaintFilter of(Scope scope) {
        return new ComplaintFilter(scope, null, null, null, null, null, null, null, null);
    }
}
