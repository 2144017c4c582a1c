package de.kundenstimme.testing;

import de.kundenstimme.intake.control.WebhookSignature;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Plays the social-media monitoring service that calls the mentions webhook, signing with the
 * secret the build gives the server (it.webhook.secret) unless told otherwise.
 */
public final class MentionSender {

    public static final String SECRET = System.getProperty("it.webhook.secret");
    private final URL base;

    public MentionSender(URL base) {
        this.base = base;
    }

    /** Signed now, with a fresh nonce and the shared secret. */
    public Api.Reply send(String body) {
        return send(body, now(), UUID.randomUUID().toString(), SECRET);
    }

    public Api.Reply send(String body, String timestamp, String nonce, String secret) {
        return sendSigned(body, timestamp, nonce,
                WebhookSignature.header(secret, timestamp, nonce, body.getBytes(StandardCharsets.UTF_8)));
    }

    public Api.Reply sendSigned(String body, String timestamp, String nonce, String signature) {
        Api api = Api.anonymous(base);
        return api.send(api.request("mentions/webhook")
                .header("Content-Type", "application/json")
                .header("X-Kundenstimme-Timestamp", timestamp)
                .header("X-Kundenstimme-Nonce", nonce)
                .header("X-Kundenstimme-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }
}
