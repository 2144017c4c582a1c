package de.kundenstimme.correspondence.entity;

import de.kundenstimme.complaint.entity.LifecycleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The four-eyes rule as the letter itself guards it, whoever calls. */
class LetterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theAuthorCannotApproveButAColleagueCan() {
        Letter letter = letter("anna");
        letter.submit("anna", NOW);

        LifecycleViolation refused = assertThrows(LifecycleViolation.class, () -> letter.approve("ANNA", null, NOW));
        assertEquals("correspondence.letter.ownLetter", refused.getMessageKey());
        letter.approve("bernd", "passt", NOW);

        assertEquals(LetterStatus.APPROVED, letter.getStatus());
        assertEquals("bernd", letter.getReviewer());
    }

    @Test
    void whoeverEditsADraftBecomesItsAuthorAndMayNotApproveIt() {
        Letter letter = letter("anna");
        letter.submit("anna", NOW);
        letter.returnToDraft("bernd", "Bitte Termin nennen", NOW);
        letter.edit("Betreff", "<p>Neuer Text</p>", "bernd", NOW);
        letter.submit("bernd", NOW);

        assertThrows(LifecycleViolation.class, () -> letter.approve("bernd", null, NOW));
        letter.approve("anna", null, NOW);
        assertEquals(LetterStatus.APPROVED, letter.getStatus());
    }

    @Test
    void aReturnNeedsACommentAndOnlyApprovedLettersAreSent() {
        Letter letter = letter("anna");
        assertThrows(LifecycleViolation.class, () -> letter.markSent(LetterChannel.EMAIL, "anna", NOW), "a draft is not sent");
        letter.submit("anna", NOW);

        assertThrows(LifecycleViolation.class, () -> letter.returnToDraft("bernd", " ", NOW));
        assertThrows(LifecycleViolation.class, () -> letter.edit("x", "<p>x</p>", "anna", NOW), "no edits in review");
        letter.approve("bernd", null, NOW);
        letter.markSent(LetterChannel.POST, "bernd", NOW);

        assertEquals(LetterStatus.SENT, letter.getStatus());
        assertThrows(LifecycleViolation.class, () -> letter.edit("x", "<p>x</p>", "anna", NOW), "a sent letter never changes");
    }

    @Test
    void aSystemDraftBelongsToWhoeverSubmitsIt() {
        Letter letter = letter(Letter.SYSTEM);
        letter.submit("anna", NOW);

        assertEquals("anna", letter.getAuthor());
        assertThrows(LifecycleViolation.class, () -> letter.approve("anna", null, NOW));
    }

    @Test
    void onlyFollowUpAndApologyLettersCarryAGift() {
        Letter interim = new Letter(null, LetterType.INTERIM, "de", "Betreff", "<p>Text</p>", "anna", NOW);
        Gift flowers = new Gift("Blumen", new BigDecimal("35.00"));

        assertThrows(LifecycleViolation.class, () -> interim.attachGift(flowers, null, "anna", NOW));
        Letter followUp = new Letter(null, LetterType.FOLLOW_UP, "de", "Betreff", "<p>Text</p>", "anna", NOW);
        followUp.attachGift(flowers, null, "anna", NOW);
        assertThrows(LifecycleViolation.class, () -> followUp.attachGift(flowers, null, "anna", NOW), "one gift per letter");
    }

    private static Letter letter(String author) {
        return new Letter(null, LetterType.ACKNOWLEDGEMENT, "de", "Betreff", "<p>Text</p>", author, NOW);
    }
}
