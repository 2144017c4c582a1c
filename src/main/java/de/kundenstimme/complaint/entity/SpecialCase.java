package de.kundenstimme.complaint.entity;

/**
 * Special cases a handler flags on a case because they need extra care: a complaint addressed to
 * the board, a threat of legal action, a threat of going public.
 */
public enum SpecialCase {
    ADDRESSED_TO_BOARD("addressedToBoard"),
    LEGAL_THREAT("legalThreat"),
    PUBLIC_THREAT("publicThreat");

    private final String field;

    SpecialCase(String field) {
        this.field = field;
    }

    /** The name of the flag in the history and the API. */
    public String field() {
        return field;
    }
}
