package de.kundenstimme.complaint.entity;

/** The channel through which a complaint reached the company (Eingangskanal). */
public enum Channel {
    PHONE,
    LETTER,
    EMAIL,
    WEB_FORM,
    SOCIAL_MEDIA,
    CHAT,
    SMS,
    IN_PERSON;

    /** Only social-media complaints record the network ({@link SocialNetwork}) they were posted on. */
    public boolean hasNetwork() {
        return this == SOCIAL_MEDIA;
    }
}
