package de.kundenstimme.intake.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

import java.time.Instant;

/**
 * The record that an e-mail of the mailbox has been taken in, written in the same transaction as
 * its case or timeline entry: the proof, after a crash, that it must not be taken in again.
 */
@Entity
@NamedQuery(name = IntakeMessage.COUNT_BY_KEY, query = "select count(m) from IntakeMessage m where m.messageKey = :key")
public class IntakeMessage {

    public static final String COUNT_BY_KEY = "IntakeMessage.countByKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String messageKey;
    private long complaintId;
    private boolean reply;
    private Instant processedAt;

    protected IntakeMessage() {
    }

    public IntakeMessage(String messageKey, long complaintId, boolean reply, Instant processedAt) {
        this.messageKey = messageKey;
        this.complaintId = complaintId;
        this.reply = reply;
        this.processedAt = processedAt;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public boolean isReply() {
        return reply;
    }
}
