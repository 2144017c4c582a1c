package de.kundenstimme.intake.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

import java.time.Instant;

/** A file the customer sent with a complaint or a reply, kept exactly as received. */
@Entity
public class ComplaintAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long complaintId;
    private String fileName;
    private String contentType;
    private int sizeBytes;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private Instant receivedAt;

    protected ComplaintAttachment() {
    }

    public ComplaintAttachment(long complaintId, String fileName, String contentType, byte[] content, Instant receivedAt) {
        this.complaintId = complaintId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
