package de.kundenstimme.customer.entity;

/** How a source writes a person's name. */
public enum NameLayout {
    /** Given and last name in columns of their own. */
    SEPARATE,
    /** "Nachname, Vorname" in the last-name column. */
    LAST_COMMA_FIRST
}
