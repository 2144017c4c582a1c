package de.kundenstimme.platform.control;

/** A plain-text e-mail waiting for its transaction to commit. */
public record OutgoingMail(String to, String subject, String body) {
}
