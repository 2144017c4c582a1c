package de.kundenstimme.customer.entity;

/** How a source writes the street. */
public enum StreetLayout {
    /** Street and house number in columns of their own. */
    SEPARATE,
    /** "Hauptstr. 12a" in the street column. */
    WITH_HOUSE_NUMBER
}
