package de.kundenstimme.intake.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static de.kundenstimme.intake.control.WebhookSignature.Verdict.FORGED;
import static de.kundenstimme.intake.control.WebhookSignature.Verdict.STALE;
import static de.kundenstimme.intake.control.WebhookSignature.Verdict.UNSIGNED;
import static de.kundenstimme.intake.control.WebhookSignature.Verdict.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WebhookSignatureTest {

    private static final String SECRET = "geteiltes-geheimnis";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String TIMESTAMP = String.valueOf(NOW.getEpochSecond());
    private static final String NONCE = "nonce-0001";
    private static final byte[] BODY = "{\"text\":\"schlecht\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aCorrectlySignedFreshCallIsValid() {
        String signature = WebhookSignature.header(SECRET, TIMESTAMP, NONCE, BODY);

        assertEquals(VALID, WebhookSignature.check(SECRET, TIMESTAMP, NONCE, BODY, signature, NOW));
        assertEquals(VALID, WebhookSignature.check(SECRET, TIMESTAMP, NONCE, BODY, signature, NOW.plusSeconds(299)));
    }

    @Test
    void missingHeadersMeanUnsigned() {
        String signature = WebhookSignature.header(SECRET, TIMESTAMP, NONCE, BODY);

        assertEquals(UNSIGNED, WebhookSignature.check(SECRET, TIMESTAMP, NONCE, BODY, null, NOW));
        assertEquals(UNSIGNED, WebhookSignature.check(SECRET, null, NONCE, BODY, signature, NOW));
        assertEquals(UNSIGNED, WebhookSignature.check(SECRET, TIMESTAMP, " ", BODY, signature, NOW));
    }

    @Test
    void anyChangeOrAnotherSecretIsForged() {
        String signature = WebhookSignature.header(SECRET, TIMESTAMP, NONCE, BODY);
        byte[] changed = "{\"text\":\"schlecht!\"}".getBytes(StandardCharsets.UTF_8);

        assertEquals(FORGED, WebhookSignature.check(SECRET, TIMESTAMP, NONCE, changed, signature, NOW));
        assertEquals(FORGED, WebhookSignature.check(SECRET, TIMESTAMP, "nonce-0002", BODY, signature, NOW));
        assertEquals(FORGED, WebhookSignature.check(SECRET, String.valueOf(NOW.getEpochSecond() + 1), NONCE, BODY, signature, NOW));
        assertEquals(FORGED, WebhookSignature.check("anderes-geheimnis", TIMESTAMP, NONCE, BODY, signature, NOW));
        assertEquals(FORGED, WebhookSignature.check(SECRET, TIMESTAMP, NONCE, BODY, "sha256=zz", NOW));
        assertEquals(FORGED, WebhookSignature.check(SECRET, TIMESTAMP, NONCE, BODY, signature.substring(7), NOW));
        assertEquals(FORGED, WebhookSignature.check(SECRET, "gestern", NONCE, BODY, signature, NOW));
    }

    @Test
    void aCallOlderOrNewerThanFiveMinutesIsStale() {
        String signature = WebhookSignature.header(SECRET, TIMESTAMP, NONCE, BODY);

        assertEquals(STALE, WebhookSignature.check(SECRET, TIMESTAMP, NONCE, BODY, signature, NOW.plusSeconds(301)));
        assertEquals(STALE, WebhookSignature.check(SECRET, TIMESTAMP, NONCE, BODY, signature, NOW.minusSeconds(301)));
    }
}
