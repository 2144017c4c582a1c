package de.kundenstimme.correspondence.entity;

import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Goodwill;
import de.kundenstimme.complaint.entity.LifecycleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A letter on a case. Guards the four-eyes rule itself: only a draft is edited, whoever wrote the
 * text last is its author, and the author never approves it. Only an approved letter is sent.
 */
@Entity
@NamedQuery(name = Letter.OF_CASE, query = "select l from Letter l where l.complaint.id = :complaintId order by l.createdAt desc, l.id desc")
@NamedQuery(name = Letter.IN_REVIEW_OF_DEPARTMENT, query = "select l from Letter l where l.complaint.department.id = :departmentId"
        + " and l.status = de.kundenstimme.correspondence.entity.LetterStatus.IN_REVIEW order by l.submittedAt, l.id")
@NamedEntityGraph(name = Letter.WITH_CASE_AND_CUSTOMER,
        attributeNodes = {@NamedAttributeNode(value = "complaint", subgraph = "case"), @NamedAttributeNode("gift")},
        subgraphs = @NamedSubgraph(name = "case", attributeNodes = @NamedAttributeNode("customer")))
public class Letter {

    public static final String OF_CASE = "Letter.ofCase";
    public static final String IN_REVIEW_OF_DEPARTMENT = "Letter.inReviewOfDepartment";
    /** What the letter's screens show beside the letter: its case, customer and gift. */
    public static final String WITH_CASE_AND_CUSTOMER = "Letter.withCaseAndCustomer";
    /** The author of letters the system drafts; whoever submits such a draft takes it over. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;
    @Enumerated(EnumType.STRING)
    @Column(name = "letter_type")
    private LetterType letterType;
    private String language;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private LetterStatus status = LetterStatus.DRAFT;
    private String author;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    private String reviewer;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_comment")
    private String reviewComment;
    @Enumerated(EnumType.STRING)
    private LetterChannel channel;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "sent_by")
    private String sentBy;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "gift_id")
    private Gift gift;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goodwill_id")
    private Goodwill goodwill;
    @Version
    private long version;

    protected Letter() {
    }

    public Letter(Complaint complaint, LetterType letterType, String language, String subject, String body,
                  String author, Instant now) {
        this.complaint = complaint;
        this.letterType = letterType;
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** New text for a draft; the editor becomes the author, so they cannot approve it either. */
    public void edit(String newSubject, String newBody, String actor, Instant now) {
        require(LetterStatus.DRAFT);
        subject = newSubject;
        body = newBody;
        author = actor;
        updatedAt = now;
    }

    /** A gift from the catalogue and the goodwill that books its value on the case. */
    public void attachGift(Gift chosen, Goodwill booked, String actor, Instant now) {
        require(LetterStatus.DRAFT);
        if (!letterType.takesGift()) {
            throw new LifecycleViolation("correspondence.letter.noGiftForType", "correspondence.type." + letterType.name());
        }
        if (gift != null) {
            throw new LifecycleViolation("correspondence.letter.giftAlready");
        }
        gift = chosen;
        goodwill = booked;
        updatedAt = now;
        author = actor;
    }

    public void submit(String actor, Instant now) {
        require(LetterStatus.DRAFT);
        if (SYSTEM.equals(author)) {
            author = actor;
        }
        status = LetterStatus.IN_REVIEW;
        submittedAt = now;
        reviewer = null;
        reviewedAt = null;
        updatedAt = now;
    }

    /** The second pair of eyes: anyone but the author. */
    public void approve(String actor, String comment, Instant now) {
        require(LetterStatus.IN_REVIEW);
        if (author.equalsIgnoreCase(actor)) {
            throw new LifecycleViolation("correspondence.letter.ownLetter");
        }
        review(LetterStatus.APPROVED, actor, comment, now);
    }

    /** Back to the author with a comment saying what to change. */
    public void returnToDraft(String actor, String comment, Instant now) {
        require(LetterStatus.IN_REVIEW);
        if (comment == null || comment.isBlank()) {
            throw new LifecycleViolation("correspondence.letter.commentRequired");
        }
        review(LetterStatus.DRAFT, actor, comment, now);
    }

    public void markSent(LetterChannel via, String actor, Instant now) {
        require(LetterStatus.APPROVED);
        status = LetterStatus.SENT;
        channel = via;
        sentAt = now;
        sentBy = actor;
        updatedAt = now;
    }

    private void review(LetterStatus outcome, String actor, String comment, Instant now) {
        status = outcome;
        reviewer = actor;
        reviewedAt = now;
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        updatedAt = now;
    }

    private void require(LetterStatus expected) {
        if (status != expected) {
            throw new LifecycleViolation("correspondence.letter.wrongStatus", "correspondence.status." + status.name(),
                    "correspondence.status." + expected.name());
        }
    }

    public boolean isEditable() {
        return status == LetterStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public LetterType getLetterType() {
        return letterType;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public LetterStatus getStatus() {
        return status;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public LetterChannel getChannel() {
        return channel;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Gift getGift() {
        return gift;
    }

    public Goodwill getGoodwill() {
        return goodwill;
    }

    public long getVersion() {
        return version;
    }
}
