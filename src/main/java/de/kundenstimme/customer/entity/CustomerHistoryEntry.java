package de.kundenstimme.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One thing that happened to a customer: linked, merged, kept apart, unmerged. */
@Entity
@Table(name = "customer_history")
@NamedQuery(name = CustomerHistoryEntry.OF_CUSTOMER,
        query = "select h from CustomerHistoryEntry h where h.customerId = :customer order by h.occurredAt desc, h.id desc")
public class CustomerHistoryEntry {

    public static final String OF_CUSTOMER = "CustomerHistoryEntry.ofCustomer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_id")
    private long customerId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String action;
    private String detail;

    protected CustomerHistoryEntry() {
    }

    public CustomerHistoryEntry(long customerId, Instant occurredAt, String actor, String action, String detail) {
        this.customerId = customerId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
