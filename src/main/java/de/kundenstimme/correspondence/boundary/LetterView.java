package de.kundenstimme.correspondence.boundary;

import de.kundenstimme.correspondence.entity.Letter;

import java.time.Instant;

/** A letter as the REST API shows it; the PDF is its own resource. */
public record LetterView(long id, String caseNumber, String letterType, String language, String subject, String body,
                         String status, String author, Instant createdAt, Instant submittedAt, String reviewer,
                         Instant reviewedAt, String reviewComment, String channel, Instant sentAt, String sentBy,
                         String gift, Long goodwillId, long version) {

    public static LetterView of(Letter l) {
        return new LetterView(l.getId(), l.getComplaint().getCaseNumber(), l.getLetterType().name(), l.getLanguage(),
                l.getSubject(), l.getBody(), l.getStatus().name(), l.getAuthor(), l.getCreatedAt(), l.getSubmittedAt(),
                l.getReviewer(), l.getReviewedAt(), l.getReviewComment(),
                l.getChannel() == null ? null : l.getChannel().name(), l.getSentAt(), l.getSentBy(),
                l.getGift() == null ? null : l.getGift().getName(), l.getGoodwill() == null ? null : l.getGoodwill().getId(),
                l.getVersion());
    }
}
