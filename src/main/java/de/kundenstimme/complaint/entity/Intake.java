package de.kundenstimme.complaint.entity;

import java.time.Instant;

/** What the customer told us, as captured: the part of a complaint that comes from the intake. */
public record Intake(Channel channel, SocialNetwork socialNetwork, Instant receivedAt, Priority priority,
                     String subject, String verbatim, String desiredOutcome) {
}
