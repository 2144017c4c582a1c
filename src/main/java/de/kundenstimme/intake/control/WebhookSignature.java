package de.kundenstimme.intake.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The signature of a webhook call: HMAC-SHA256 with the shared secret over
 * "{timestamp}.{nonce}.{body}", sent as "sha256=&lt;hex&gt;". The timestamp (epoch seconds) must be
 * within five minutes of our clock; the nonce is remembered for longer than that, so a recorded
 * call cannot be played again.
 */
public final class WebhookSignature {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String PREFIX = "sha256=";

    public enum Verdict { VALID, UNSIGNED, FORGED, STALE }

    private WebhookSignature() {
    }

    public static Verdict check(String secret, String timestamp, String nonce, byte[] body, String signature, Instant now) {
        if (isBlank(timestamp) || isBlank(nonce) || isBlank(signature)) {
            return Verdict.UNSIGNED;
        }
        if (!timestamp.matches("\\d{1,12}") || !nonce.matches("[A-Za-z0-9_-]{8,100}") || !signature.startsWith(PREFIX)) {
            return Verdict.FORGED;
        }
        byte[] expected = sign(secret, timestamp, nonce, body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return Verdict.FORGED;
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return Verdict.FORGED;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        return Duration.between(sent, now).abs().compareTo(TOLERANCE) > 0 ? Verdict.STALE : Verdict.VALID;
    }

    /** The header value a sender computes; also used by the tests that play the sender. */
    public static String header(String secret, String timestamp, String nonce, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(sign(secret, timestamp, nonce, body));
    }

    private static byte[] sign(String secret, String timestamp, String nonce, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "." + nonce + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
