package de.kundenstimme.complaint.entity;

/**
 * Where a complaint stands in its lifecycle. The permitted moves between these states are
 * defined by {@link LifecycleAction}.
 */
public enum ComplaintStatus {
    NEW,
    ACKNOWLEDGED,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    WAITING_FOR_DEPARTMENT,
    RESOLVED,
    CLOSED,
    REJECTED;

    /** Open cases make up the backlog; resolved, closed and rejected ones only come back by reopening. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED && this != REJECTED;
    }

    public boolean isWaiting() {
        return this == WAITING_FOR_CUSTOMER || this == WAITING_FOR_DEPARTMENT;
    }
}
