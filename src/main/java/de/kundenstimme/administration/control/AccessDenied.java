package de.kundenstimme.administration.control;

/**
 * The caller's role or department does not allow this, whatever the page showed: every permission
 * is checked on the server. Carries a message key of the i18n bundle saying what is not allowed.
 */
public class AccessDenied extends RuntimeException {

    private final String messageKey;

    public AccessDenied(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
