package de.kundenstimme.administration.entity;

/** How a category finds the owner of a new case. */
public enum Routing {
    /** The category's default owner (or the deputy while they are absent). */
    DEFAULT_OWNER,
    /** The department's handler with the fewest open cases. */
    ROUND_ROBIN
}
