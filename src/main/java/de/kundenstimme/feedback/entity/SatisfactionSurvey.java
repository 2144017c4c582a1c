package de.kundenstimme.feedback.entity;

import de.kundenstimme.complaint.entity.Complaint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The satisfaction survey of one closed case (Beschwerdezufriedenheitsbefragung): sent once,
 * answered at most once, and only within thirty days.
 */
@Entity
@NamedQuery(name = SatisfactionSurvey.BY_TOKEN_HASH,
        query = "select s from SatisfactionSurvey s join fetch s.complaint where s.tokenHash = :tokenHash")
@NamedQuery(name = SatisfactionSurvey.BY_COMPLAINT,
        query = "select s from SatisfactionSurvey s where s.complaint = :complaint")
public class SatisfactionSurvey {

    public static final String BY_TOKEN_HASH = "SatisfactionSurvey.byTokenHash";
    public static final String BY_COMPLAINT = "SatisfactionSurvey.byComplaint";
    public static final Duration VALIDITY = Duration.ofDays(30);
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    private String tokenHash;
    private String sentTo;
    private Instant sentAt;
    private Instant expiresAt;
    private Instant answeredAt;
    private Integer satisfaction;
    private Integer recommendation;
    @Column(name = "comment_text")
    private String comment;

    @Version
    private long version;

    protected SatisfactionSurvey() {
    }

    public SatisfactionSurvey(Complaint complaint, String tokenHash, String sentTo, Instant sentAt) {
        this.complaint = Objects.requireNonNull(complaint, "complaint");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.sentTo = Objects.requireNonNull(sentTo, "sentTo");
        this.sentAt = sentAt;
        this.expiresAt = sentAt.plus(VALIDITY);
    }

    public SurveyState stateAt(Instant now) {
        if (answeredAt != null) {
            return SurveyState.ANSWERED;
        }
        return now.isBefore(expiresAt) ? SurveyState.OPEN : SurveyState.EXPIRED;
    }

    /** Takes the customer's answer; refuses scores outside the scales and a second or late answer. */
    public void answer(int satisfaction, int recommendation, String comment, Instant now) {
        SurveyState state = stateAt(now);
        if (state != SurveyState.OPEN) {
            throw new IllegalStateException("The survey is " + state + " and takes no answer");
        }
        if (satisfaction < 1 || satisfaction > 5) {
            throw new IllegalArgumentException("satisfaction must be 1 to 5: " + satisfaction);
        }
        if (recommendation < 0 || recommendation > 10) {
            throw new IllegalArgumentException("recommendation must be 0 to 10: " + recommendation);
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("comment longer than " + COMMENT_MAX);
        }
        this.satisfaction = satisfaction;
        this.recommendation = recommendation;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public String getSentTo() {
        return sentTo;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public Integer getRecommendation() {
        return recommendation;
    }

    public String getComment() {
        return comment;
    }
}
