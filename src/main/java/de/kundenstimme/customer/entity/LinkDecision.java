package de.kundenstimme.customer.entity;

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

/** A person's latest word on whether two source records are one customer; every later linking obeys it. */
@Entity
@Table(name = "link_decision")
@NamedQuery(name = LinkDecision.ALL, query = "select d from LinkDecision d")
@NamedQuery(name = LinkDecision.OF_PAIR,
        query = "select d from LinkDecision d where d.firstRecordId = :first and d.secondRecordId = :second")
public class LinkDecision {

    public static final String ALL = "LinkDecision.all";
    public static final String OF_PAIR = "LinkDecision.ofPair";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "first_record_id")
    private long firstRecordId;
    @Column(name = "second_record_id")
    private long secondRecordId;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected LinkDecision() {
    }

    public LinkDecision(long firstRecordId, long secondRecordId, Verdict verdict, String decidedBy, Instant decidedAt) {
        this.firstRecordId = Math.min(firstRecordId, secondRecordId);
        this.secondRecordId = Math.max(firstRecordId, secondRecordId);
        decide(verdict, decidedBy, decidedAt);
    }

    public void decide(Verdict verdict, String decidedBy, Instant decidedAt) {
        this.verdict = verdict;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public long getFirstRecordId() {
        return firstRecordId;
    }

    public long getSecondRecordId() {
        return secondRecordId;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public enum Verdict { MERGE, KEEP_APART }
}
