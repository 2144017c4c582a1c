package de.kundenstimme.intake.control;

import java.time.Instant;
import java.util.List;

/**
 * One e-mail from the mailbox as the intake needs it: who wrote, about what, in which words,
 * with which files. {@code key} identifies the message across polls (its Message-ID).
 */
public record IncomingMail(String key, String fromAddress, String fromName, String subject, String text,
                           Instant sentAt, List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
