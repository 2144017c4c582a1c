package de.kundenstimme.intake.entity;

import de.kundenstimme.complaint.entity.SocialNetwork;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A public post about the company (Online-Erwähnung) in triage: it becomes a complaint or is
 * dismissed with a reason, once. The time from its arrival to that decision is its first response.
 */
@Entity
@NamedQuery(name = Mention.OPEN_QUEUE, query = "select m from Mention m where m.status = de.kundenstimme.intake.entity.MentionStatus.OPEN"
        + " order by m.score desc, m.receivedAt, m.id")
@NamedQuery(name = Mention.BY_EXTERNAL, query = "select m from Mention m where m.network = :network and m.externalId = :externalId")
@NamedQuery(name = Mention.HANDLED_SINCE, query = "select m from Mention m where m.handledAt >= :since")
public class Mention {

    public static final String OPEN_QUEUE = "Mention.openQueue";
    public static final String BY_EXTERNAL = "Mention.byExternal";
    public static final String HANDLED_SINCE = "Mention.handledSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SocialNetwork network;
    private String externalId;
    private String author;
    private String text;
    private String url;
    private Instant postedAt;
    private Instant receivedAt;
    private int score;
    private String matchedTerms;
    @Enumerated(EnumType.STRING)
    private MentionStatus status;
    private String dismissalReason;
    private String publicReply;
    private Long complaintId;
    private String handledBy;
    private Instant handledAt;

    @Version
    private long version;

    protected Mention() {
    }

    public Mention(SocialNetwork network, String externalId, String author, String text, String url, Instant postedAt,
                   Instant receivedAt, int score, String matchedTerms) {
        this.network = Objects.requireNonNull(network, "network");
        this.externalId = externalId;
        this.author = author;
        this.text = text;
        this.url = url;
        this.postedAt = postedAt;
        this.receivedAt = receivedAt;
        this.score = score;
        this.matchedTerms = matchedTerms;
        this.status = MentionStatus.OPEN;
    }

    /** Turned into a complaint: the public reply given and the case it became. */
    public void convert(long caseId, String reply, String actor, Instant now) {
        requireOpen();
        this.complaintId = caseId;
        this.publicReply = reply;
        handled(MentionStatus.CONVERTED, actor, now);
    }

    /** Not answered, for the reason given (e.g. a blanket insult with no concern). */
    public void dismiss(String reason, String actor, Instant now) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A dismissal needs a reason");
        }
        this.dismissalReason = reason.strip();
        handled(MentionStatus.DISMISSED, actor, now);
    }

    public Duration firstResponseTime() {
        return handledAt == null ? null : Duration.between(receivedAt, handledAt);
    }

    private void requireOpen() {
        if (status != MentionStatus.OPEN) {
            throw new IllegalStateException("Mention " + id + " is already " + status);
        }
    }

    private void handled(MentionStatus newStatus, String actor, Instant now) {
        this.status = newStatus;
        this.handledBy = actor;
        this.handledAt = now;
    }

    public Long getId() {
        return id;
    }

    public SocialNetwork getNetwork() {
        return network;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public String getUrl() {
        return url;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public int getScore() {
        return score;
    }

    public String getMatchedTerms() {
        return matchedTerms;
    }

    public MentionStatus getStatus() {
        return status;
    }

    public String getDismissalReason() {
        return dismissalReason;
    }

    public String getPublicReply() {
        return publicReply;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public long getVersion() {
        return version;
    }
}
