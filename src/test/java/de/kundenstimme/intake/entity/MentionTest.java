package de.kundenstimme.intake.entity;

import de.kundenstimme.complaint.entity.SocialNetwork;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MentionTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

    private static Mention mention() {
        return new Mention(SocialNetwork.FACEBOOK, "fb-1", "@erika", "Ich hasse euch", null, RECEIVED, RECEIVED, 3, "hasse");
    }

    @Test
    void dismissingNeedsAReasonAndRecordsTheFirstResponseTime() {
        Mention mention = mention();
        assertThrows(IllegalArgumentException.class, () -> mention.dismiss("  ", "handler.service", RECEIVED));
        assertNull(mention.firstResponseTime());

        mention.dismiss(" Pauschale Beleidigung ohne Anliegen ", "handler.service", RECEIVED.plus(Duration.ofMinutes(95)));

        assertEquals(MentionStatus.DISMISSED, mention.getStatus());
        assertEquals("Pauschale Beleidigung ohne Anliegen", mention.getDismissalReason());
        assertEquals(Duration.ofMinutes(95), mention.firstResponseTime());
    }

    @Test
    void aMentionIsDecidedOnlyOnce() {
        Mention mention = mention();
        mention.convert(17, "Bitte schreiben Sie uns eine Direktnachricht.", "handler.service", RECEIVED.plusSeconds(60));

        assertEquals(MentionStatus.CONVERTED, mention.getStatus());
        assertEquals(17L, mention.getComplaintId());
        assertThrows(IllegalStateException.class, () -> mention.dismiss("doch nicht", "handler.service2", RECEIVED.plusSeconds(120)));
        assertThrows(IllegalStateException.class, () -> mention.convert(18, "x", "handler.service2", RECEIVED.plusSeconds(120)));
        assertEquals(Duration.ofSeconds(60), mention.firstResponseTime());
    }
}
