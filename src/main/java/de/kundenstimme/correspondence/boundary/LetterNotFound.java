package de.kundenstimme.correspondence.boundary;

/** No such letter, one of another department's case, or nothing to print: the caller learns no more. */
public class LetterNotFound extends RuntimeException {

    private final String messageKey;

    public LetterNotFound(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
