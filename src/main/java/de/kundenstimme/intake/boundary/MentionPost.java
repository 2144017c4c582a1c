package de.kundenstimme.intake.boundary;

import de.kundenstimme.complaint.entity.SocialNetwork;

import java.time.Instant;

/** A post as the webhook delivers it, already checked for shape and size by {@link MentionWebhookResource}. */
public record MentionPost(SocialNetwork network, String externalId, String author, String text, String url,
                          Instant postedAt) {
}
