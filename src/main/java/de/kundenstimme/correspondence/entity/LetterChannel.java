package de.kundenstimme.correspondence.entity;

/** How an approved letter leaves the house: e-mailed as PDF, or printed and posted. */
public enum LetterChannel {
    EMAIL, POST
}
