package de.kundenstimme.complaint.entity;

/** The network a {@link Channel#SOCIAL_MEDIA} complaint was posted on. */
public enum SocialNetwork {
    TWITTER_X,
    FACEBOOK,
    INSTAGRAM,
    OTHER
}
