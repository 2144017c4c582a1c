package de.kundenstimme.feedback.entity;

import jakarta.persistence.Embeddable;

/**
 * The quality review's checklist: polite, listened (verbatim recorded), customer involved in the
 * solution, thanks given, deadlines kept, follow-up done. The score is the share of items met.
 */
@Embeddable
public record Checklist(Boolean polite, Boolean listened, Boolean customerInvolved, Boolean thanksGiven,
                        Boolean deadlinesKept, Boolean followUpDone) {

    public static final int ITEMS = 6;

    public boolean complete() {
        return polite != null && listened != null && customerInvolved != null && thanksGiven != null
                && deadlinesKept != null && followUpDone != null;
    }

    public int met() {
        int met = 0;
        for (Boolean item : new Boolean[]{polite, listened, customerInvolved, thanksGiven, deadlinesKept, followUpDone}) {
            if (Boolean.TRUE.equals(item)) {
                met++;
            }
        }
        return met;
    }
}
