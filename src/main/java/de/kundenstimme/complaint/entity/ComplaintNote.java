package de.kundenstimme.complaint.entity;

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
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of a case's notes and communication timeline. */
@Entity
@Table(name = "complaint_note")
public class ComplaintNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;
    @Enumerated(EnumType.STRING)
    private NoteKind kind;
    private String text;
    private String author;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ComplaintNote() {
    }

    ComplaintNote(Complaint complaint, NoteKind kind, String text, String author, Instant createdAt) {
        this.complaint = complaint;
        this.kind = kind;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public NoteKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
