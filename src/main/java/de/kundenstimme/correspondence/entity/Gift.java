package de.kundenstimme.correspondence.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

import java.math.BigDecimal;

/** A present from the admin's catalogue; its value in EUR becomes goodwill when a letter carries it. */
@Entity
@NamedQuery(name = Gift.ACTIVE, query = "select g from Gift g where g.active = true order by g.name")
public class Gift {

    public static final String ACTIVE = "Gift.active";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private BigDecimal value;
    private boolean active = true;

    protected Gift() {
    }

    public Gift(String name, BigDecimal value) {
        this.name = name;
        this.value = value;
    }

    public void change(String newName, BigDecimal newValue, boolean nowActive) {
        this.name = newName;
        this.value = newValue;
        this.active = nowActive;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getValue() {
        return value;
    }

    public boolean isActive() {
        return active;
    }
}
