package de.kundenstimme.complaint.entity;

/**
 * A change the lifecycle or a case's rules refuse. Carries a message key of the i18n bundle
 * and its arguments so the UI and the API can say why in the user's language.
 */
public class LifecycleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public LifecycleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
