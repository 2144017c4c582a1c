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

import java.time.Instant;
import java.time.LocalDate;

/** A case raised to level 1 or 2, by rule for a passed deadline or by hand, until a manager clears it. */
@Entity
public class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;
    private int level;
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    private DeadlineKind deadlineKind;
    @Column(name = "deadline_date")
    private LocalDate deadlineDate;
    private String reason;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "escalated_by")
    private String escalatedBy;
    @Column(name = "cleared_at")
    private Instant clearedAt;
    @Column(name = "cleared_by")
    private String clearedBy;
    @Column(name = "clear_reason")
    private String clearReason;

    protected Escalation() {
    }

    Escalation(Complaint complaint, int level, DeadlineKind deadlineKind, LocalDate deadlineDate, String reason,
               String escalatedBy, Instant escalatedAt) {
        this.complaint = complaint;
        this.level = level;
        this.deadlineKind = deadlineKind;
        this.deadlineDate = deadlineDate;
        this.reason = reason;
        this.escalatedBy = escalatedBy;
        this.escalatedAt = escalatedAt;
    }

    void clear(String reason, String actor, Instant now) {
        this.clearReason = reason;
        this.clearedBy = actor;
        this.clearedAt = now;
    }

    public boolean isOpen() {
        return clearedAt == null;
    }

    public Long getId() {
        return id;
    }

    public int getLevel() {
        return level;
    }

    public DeadlineKind getDeadlineKind() {
        return deadlineKind;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public String getReason() {
        return reason;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getEscalatedBy() {
        return escalatedBy;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public String getClearReason() {
        return clearReason;
    }
}
