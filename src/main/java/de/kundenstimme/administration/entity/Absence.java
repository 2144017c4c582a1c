package de.kundenstimme.administration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A case worker's holiday or sickness from one day to another, both included, and the colleague
 * of the same department who stands in meanwhile.
 */
@Entity
@NamedQuery(name = Absence.COVERING, query = "select a from Absence a join fetch a.user join fetch a.deputy"
        + " where a.startsOn <= :day and a.endsOn >= :day")
@NamedQuery(name = Absence.OVERLAPPING, query = "select a from Absence a where a.user = :user"
        + " and a.startsOn <= :endsOn and a.endsOn >= :startsOn")
@NamedQuery(name = Absence.CURRENT_AND_PLANNED, query = "select a from Absence a where a.endsOn >= :day"
        + " order by a.startsOn, a.id")
@NamedEntityGraph(name = Absence.WITH_PEOPLE, attributeNodes = {@NamedAttributeNode(value = "user", subgraph = "user"),
        @NamedAttributeNode("deputy")}, subgraphs = @NamedSubgraph(name = "user", attributeNodes = @NamedAttributeNode("department")))
public class Absence {

    public static final String COVERING = "Absence.covering";
    public static final String OVERLAPPING = "Absence.overlapping";
    public static final String CURRENT_AND_PLANNED = "Absence.currentAndPlanned";
    /** The absent person with their department and the deputy, for showing a list. */
    public static final String WITH_PEOPLE = "Absence.withPeople";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne
    @JoinColumn(name = "user_id")
    private User user;
    @ManyToOne
    @JoinColumn(name = "deputy_id")
    private User deputy;
    @Enumerated(EnumType.STRING)
    private AbsenceKind kind;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Absence() {
    }

    /** @throws IllegalArgumentException for a deputy who is the person themself or a period that ends before it starts */
    public Absence(User user, User deputy, AbsenceKind kind, LocalDate startsOn, LocalDate endsOn, String createdBy,
                   Instant createdAt) {
        if (user == deputy || user.getId() != null && user.getId().equals(deputy.getId())) {
            throw new IllegalArgumentException("Nobody can stand in for themself");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("An absence cannot end before it starts");
        }
        this.user = user;
        this.deputy = deputy;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Ends a running absence after {@code lastDay}, e.g. when a sick colleague is back early. */
    public void endAfter(LocalDate lastDay) {
        if (lastDay.isBefore(startsOn)) {
            throw new IllegalArgumentException("An absence cannot end before it starts");
        }
        this.endsOn = lastDay;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public User getDeputy() {
        return deputy;
    }

    public AbsenceKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
