package de.kundenstimme.correspondence.boundary;

import java.util.Set;

/** A template names placeholders the system does not know; the names are told back. */
public class UnknownPlaceholders extends RuntimeException {

    private final String names;

    public UnknownPlaceholders(Set<String> unknown) {
        super("Unknown placeholders: " + unknown);
        this.names = String.join(", ", unknown.stream().map(n -> "{{" + n + "}}").toList());
    }

    /** "{{kundenName}}, {{foo}}" as the user wrote them. */
    public String getNames() {
        return names;
    }
}
