package de.kundenstimme.complaint.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The only transitions a complaint may take. Each action names the states it may start from
 * and the single state it leads to; anything not listed here is refused.
 */
public enum LifecycleAction {
    ACKNOWLEDGE(ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.NEW),
    START(ComplaintStatus.IN_PROGRESS, ComplaintStatus.ACKNOWLEDGED),
    WAIT_FOR_CUSTOMER(ComplaintStatus.WAITING_FOR_CUSTOMER, ComplaintStatus.IN_PROGRESS),
    WAIT_FOR_DEPARTMENT(ComplaintStatus.WAITING_FOR_DEPARTMENT, ComplaintStatus.IN_PROGRESS),
    RESUME(ComplaintStatus.IN_PROGRESS,
            ComplaintStatus.WAITING_FOR_CUSTOMER, ComplaintStatus.WAITING_FOR_DEPARTMENT),
    RESOLVE(ComplaintStatus.RESOLVED, ComplaintStatus.IN_PROGRESS),
    CLOSE(ComplaintStatus.CLOSED, ComplaintStatus.RESOLVED),
    REJECT(ComplaintStatus.REJECTED, ComplaintStatus.IN_PROGRESS),
    REOPEN(ComplaintStatus.IN_PROGRESS,
            ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED, ComplaintStatus.REJECTED);

    private final ComplaintStatus target;
    private final Set<ComplaintStatus> sources;

    LifecycleAction(ComplaintStatus target, ComplaintStatus firstSource, ComplaintStatus... moreSources) {
        this.target = target;
        this.sources = EnumSet.of(firstSource, moreSources);
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return sources.contains(Objects.requireNonNull(status, "status"));
    }

    public ComplaintStatus target() {
        return target;
    }

    /** Rejecting and reopening overrule an earlier judgement, so the case history must say why. */
    public boolean requiresReason() {
        return this == REJECT || this == REOPEN;
    }

    /** A case counts as resolved only once a solution has been agreed with the customer. */
    public boolean requiresAgreedSolution() {
        return this == RESOLVE;
    }

    /** The actions that may be taken on a case in the given state, in declaration order. */
    public static List<LifecycleAction> availableFrom(ComplaintStatus status) {
        Objects.requireNonNull(status, "status");
        return Arrays.stream(values()).filter(action -> action.allowedFrom(status)).toList();
    }
}
