package de.kundenstimme.correspondence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The PDF exactly as it was sent, with its SHA-256. Written once: the entity offers no change and
 * the database's triggers refuse any update or deletion.
 */
@Entity
@Table(name = "letter_archive")
@NamedQuery(name = ArchivedLetter.OF_LETTER, query = "select a from ArchivedLetter a where a.letterId = :letterId")
@NamedQuery(name = ArchivedLetter.POSTED_BETWEEN, query = "select a from ArchivedLetter a where a.channel ="
        + " de.kundenstimme.correspondence.entity.LetterChannel.POST and a.sentAt >= :from and a.sentAt < :to"
        + " and a.complaintId in (select c.id from Complaint c where c.department.id = :departmentId) order by a.sentAt, a.id")
public class ArchivedLetter {

    public static final String OF_LETTER = "ArchivedLetter.ofLetter";
    public static final String POSTED_BETWEEN = "ArchivedLetter.postedBetween";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "letter_id")
    private Long letterId;
    @Column(name = "complaint_id")
    private Long complaintId;
    private byte[] pdf;
    private String sha256;
    @Enumerated(EnumType.STRING)
    private LetterChannel channel;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "sent_by")
    private String sentBy;

    protected ArchivedLetter() {
    }

    public ArchivedLetter(Letter letter, byte[] pdf, String sha256) {
        this.letterId = letter.getId();
        this.complaintId = letter.getComplaint().getId();
        this.pdf = pdf.clone();
        this.sha256 = sha256;
        this.channel = letter.getChannel();
        this.sentAt = letter.getSentAt();
        this.sentBy = letter.getSentBy();
    }

    public Long getId() {
        return id;
    }

    public Long getLetterId() {
        return letterId;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }

    public String getSha256() {
        return sha256;
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
}
