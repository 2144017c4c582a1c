package de.kundenstimme.administration.entity;

/** The roles of DOMAIN.md; their names are the Jakarta Security groups. */
public enum Role {
    HANDLER, MANAGER, EXECUTIVE, ADMIN
}
