package de.kundenstimme.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** Two source records the linker could not decide on: a person merges them or keeps them apart. */
@Entity
@Table(name = "review_pair")
public class ReviewPair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "first_record_id")
    private SourceRecord first;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "second_record_id")
    private SourceRecord second;
    private double score;
    @Column(name = "found_at")
    private Instant foundAt;

    protected ReviewPair() {
    }

    public ReviewPair(SourceRecord first, SourceRecord second, double score, Instant foundAt) {
        this.first = first;
        this.second = second;
        this.score = score;
        this.foundAt = foundAt;
    }

    public Long getId() {
        return id;
    }

    public SourceRecord getFirst() {
        return first;
    }

    public SourceRecord getSecond() {
        return second;
    }

    public double getScore() {
        return score;
    }

    public Instant getFoundAt() {
        return foundAt;
    }
}
