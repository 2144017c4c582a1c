package de.kundenstimme.complaint.boundary;

/** The caller sees the case but their role may not do this (e.g. a handler deciding goodwill). */
public class NotPermitted extends RuntimeException {

    private final String messageKey;

    public NotPermitted(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
