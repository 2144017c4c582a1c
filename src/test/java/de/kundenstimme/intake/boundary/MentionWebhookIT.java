package de.kundenstimme.intake.boundary;

import de.kundenstimme.intake.control.WebhookSignature;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.MentionSender;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mentions webhook as a social-media monitoring service calls it: signed calls are taken in
 * and ranked; unsigned, forged, stale, replayed and malformed calls are refused and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MentionWebhookIT {

    private static final String SECRET = MentionSender.SECRET;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSignedPostIsTakenInRankedByTheTriageRulesAndNotTwice() {
        String id = "fb-" + UUID.randomUUID();
        String body = post(id, "Der Toaster funktioniert nicht, einfach schlecht!");

        Api.Reply first = send(body, now(), nonce(), SECRET);
        Api.Reply again = send(body, now(), nonce(), SECRET);

        assertEquals(201, first.status(), first.body());
        assertEquals(6, first.json().getInt("score"), "funktioniert nicht (4) + schlecht (2)");
        assertEquals("OPEN", first.json().getString("status"));
        assertEquals(200, again.status(), again.body());
        assertEquals(first.json().getInt("id"), again.json().getInt("id"));
        assertEquals(1, stored(id));
    }

    @Test
    void anUnsignedCallIsRefused() {
        String id = "fb-" + UUID.randomUUID();
        HttpRequest.Builder request = Api.anonymous(base).request("mentions/webhook")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(post(id, "schlecht")));

        Api.Reply reply = Api.anonymous(base).send(request);

        assertEquals(401, reply.status(), reply.body());
        assertEquals(0, stored(id));
    }

    @Test
    void aCallSignedWithAnotherSecretOrChangedOnTheWayIsRefused() {
        String id = "fb-" + UUID.randomUUID();
        String body = post(id, "schlecht");
        String timestamp = now();
        String nonce = nonce();

        Api.Reply forged = send(body, timestamp, nonce, "ein-anderes-geheimnis");
        String signature = WebhookSignature.header(SECRET, timestamp, nonce, body.getBytes(StandardCharsets.UTF_8));
        Api.Reply changed = sendSigned(body.replace("schlecht", "super"), timestamp, nonce, signature);

        assertEquals(401, forged.status(), forged.body());
        assertEquals(401, changed.status(), changed.body());
        assertEquals(0, stored(id));
    }

    @Test
    void aReplayedCallIsRefusedEvenWithinTheTimeWindow() {
        String id = "fb-" + UUID.randomUUID();
        String body = post(id, "hasse euch");
        String timestamp = now();
        String nonce = nonce();

        Api.Reply original = send(body, timestamp, nonce, SECRET);
        Api.Reply replayed = send(body, timestamp, nonce, SECRET);

        assertEquals(201, original.status(), original.body());
        assertEquals(409, replayed.status(), replayed.body());
        assertEquals(1, stored(id));
    }

    @Test
    void aCallWithAnOldTimestampIsRefused() {
        String id = "fb-" + UUID.randomUUID();
        String old = String.valueOf(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());

        Api.Reply reply = send(post(id, "schlecht"), old, nonce(), SECRET);

        assertEquals(401, reply.status(), reply.body());
        assertEquals(0, stored(id));
    }

    @Test
    void malformedPostsAreRefusedWithAProblem() {
        String id = "fb-" + UUID.randomUUID();
        String[] malformed = {
                "{\"network\":\"FACEBOOK\",",
                "[" + post(id, "schlecht") + "]",
                post(id, "schlecht").replace("FACEBOOK", "MYSPACE"),
                post(id, "schlecht").replace("\"author\":\"@erika\",", ""),
                post(id, "x".repeat(5001)),
                post(id, "schlecht").replace("2026-03-01T10:00:00Z", "gestern"),
                post(id, "schlecht").replace("\"url\":\"https://facebook.example/p/1\"", "\"url\":\"javascript:alert(1)\""),
                post(id, "schlecht").replace("{", "{\"admin\":true,"),
        };
        for (String body : malformed) {
            Api.Reply reply = send(body, now(), nonce(), SECRET);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        }
        assertEquals(0, stored(id));
    }

    static String post(String id, String text) {
        return """
                {"network":"FACEBOOK","externalId":"%s","author":"@erika","text":"%s",
                 "url":"https://facebook.example/p/1","postedAt":"2026-03-01T10:00:00Z"}""".formatted(id, text);
    }

    private Api.Reply send(String body, String timestamp, String nonce, String secret) {
        return new MentionSender(base).send(body, timestamp, nonce, secret);
    }

    private Api.Reply sendSigned(String body, String timestamp, String nonce, String signature) {
        return new MentionSender(base).sendSigned(body, timestamp, nonce, signature);
    }

    private static String now() {
        return MentionSender.now();
    }

    private static String nonce() {
        return UUID.randomUUID().toString();
    }

    private static long stored(String externalId) {
        return Database.count("select count(*) from mention where external_id = ?", externalId);
    }
}
