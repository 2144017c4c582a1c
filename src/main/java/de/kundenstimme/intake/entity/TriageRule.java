package de.kundenstimme.intake.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** A word or phrase that ranks a mention up in the triage queue by its weight. */
@Entity
@NamedQuery(name = TriageRule.ALL, query = "select r from TriageRule r order by r.weight desc, r.term")
@NamedQuery(name = TriageRule.ACTIVE, query = "select r from TriageRule r where r.active = true")
public class TriageRule {

    public static final String ALL = "TriageRule.all";
    public static final String ACTIVE = "TriageRule.active";
    public static final int TERM_MAX = 100;
    public static final int WEIGHT_MAX = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String term;
    private int weight;
    private boolean active;

    protected TriageRule() {
    }

    public TriageRule(String term, int weight) {
        this.term = term;
        this.weight = weight;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getTerm() {
        return term;
    }

    public int getWeight() {
        return weight;
    }

    public boolean isActive() {
        return active;
    }

    public void change(int newWeight, boolean nowActive) {
        this.weight = newWeight;
        this.active = nowActive;
    }
}
