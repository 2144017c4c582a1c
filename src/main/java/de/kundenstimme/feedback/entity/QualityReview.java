package de.kundenstimme.feedback.entity;

import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.entity.Complaint;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/** One closed case of a handler under review (Qualitätsprüfung): drawn at random, scored once by a manager. */
@Entity
@NamedQuery(name = QualityReview.OF_HANDLER, query = "select q from QualityReview q join fetch q.complaint"
        + " where q.handler = :handler order by q.reviewMonth desc, q.id")
public class QualityReview {

    public static final String OF_HANDLER = "QualityReview.ofHandler";
    public static final int COMMENT_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handler_id")
    private User handler;

    private String reviewMonth;
    private String drawnBy;
    private Instant drawnAt;

    @Embedded
    private Checklist checklist;

    @Column(name = "review_comment")
    private String comment;
    private String scoredBy;
    private Instant scoredAt;

    @Version
    private long version;

    protected QualityReview() {
    }

    public QualityReview(Complaint complaint, User handler, String reviewMonth, String drawnBy, Instant drawnAt) {
        this.complaint = Objects.requireNonNull(complaint, "complaint");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.reviewMonth = reviewMonth;
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    /** Scores every item of the checklist; a review is scored once. */
    public void score(Checklist result, String text, String reviewer, Instant now) {
        if (scoredAt != null) {
            throw new IllegalStateException("Review " + id + " is scored already");
        }
        if (result == null || !result.complete()) {
            throw new IllegalArgumentException("Every item of the checklist must be scored");
        }
        this.checklist = result;
        this.comment = text == null || text.isBlank() ? null : text.strip();
        this.scoredBy = reviewer;
        this.scoredAt = now;
    }

    public boolean isScored() {
        return scoredAt != null;
    }

    public Long getId() {
        return id;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public User getHandler() {
        return handler;
    }

    public String getReviewMonth() {
        return reviewMonth;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public String getComment() {
        return comment;
    }

    public String getScoredBy() {
        return scoredBy;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public long getVersion() {
        return version;
    }
}
