package de.kundenstimme.administration.entity;

/** Why a case worker is away. */
public enum AbsenceKind {
    HOLIDAY, SICKNESS
}
