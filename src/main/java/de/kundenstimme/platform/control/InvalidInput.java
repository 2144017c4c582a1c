package de.kundenstimme.platform.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that passed the annotations but not the business rules: each field with the
 * message key that says what is wrong. Shown as Faces messages or a 400 problem.
 */
public class InvalidInput extends RuntimeException {

    private final transient Map<String, String> fieldMessageKeys;

    public InvalidInput(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    public InvalidInput(Map<String, String> fieldMessageKeys) {
        super(String.join(", ", fieldMessageKeys.keySet()));
        this.fieldMessageKeys = new LinkedHashMap<>(fieldMessageKeys);
    }

    public Map<String, String> fieldMessageKeys() {
        return Map.copyOf(fieldMessageKeys);
    }
}
