package de.kundenstimme.correspondence.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Letters end to end through the REST API in the real server: templates refuse unknown
 * placeholders, the four-eyes rule holds, a sent letter reaches a real SMTP server on loopback
 * with its PDF, the archive never changes, the post batch prints, and the follow-up letter
 * drafts itself when its deadline comes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterIT {

    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aTemplateNamingAnUnknownPlaceholderIsRefusedWithTheName() {
        Api admin = Api.as(base, "admin");

        Api.Reply unknown = put(admin, "letter-templates/INTERIM/de",
                "{\"subject\":\"Zwischenbescheid {{caseNumber}}\",\"body\":\"<p>{{salutation}} {{thanks}} {{kundenNummer}}</p>\"}", null);
        Api.Reply noThanks = put(admin, "letter-templates/INTERIM/de",
                "{\"subject\":\"Zwischenbescheid\",\"body\":\"<p>{{salutation}} Wir prüfen noch.</p>\"}", null);
        Api.Reply byHandler = handler().get("letter-templates");

        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("{{kundenNummer}}"), unknown.body());
        assertEquals(400, noThanks.status(), noThanks.body());
        assertTrue(noThanks.body().contains("{{thanks}}"), noThanks.body());
        assertEquals(403, byHandler.status());
        JsonObject interim = admin.get("letter-templates").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("letterType").equals("INTERIM") && t.getString("language").equals("de"))
                .findFirst().orElseThrow();
        assertFalse(interim.getString("body").contains("kundenNummer"), "the refused template changed nothing");
    }

    @Test
    void theDraftIsFilledFromTheCaseAndHostileMarkupIsRemoved() {
        String caseNumber = capture("Frau", "erika-" + UUID.randomUUID().toString().substring(0, 6) + "@example.de");
        JsonObject draft = draft(caseNumber, "ACKNOWLEDGEMENT", "de");

        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(draft.getString("subject").contains(caseNumber), draft.getString("subject"));
        assertTrue(draft.getString("body").contains("Sehr geehrte Frau Weiß,"), draft.getString("body"));
        assertTrue(draft.getString("body").contains("Vielen Dank"), "every letter thanks the customer");

        Api.Reply edited = put(handler(), "letters/" + draft.getInt("id"), "{\"subject\":\"Ihre Beschwerde\",\"body\":"
                + "\"<p onclick=\\\"x()\\\">Danke für Ihre Kritik.</p><script>alert(1)</script>"
                + "<img src=\\\"http://evil.example/p.gif\\\">\"}", etag(draft));

        assertEquals(200, edited.status(), edited.body());
        assertEquals("<p>Danke für Ihre Kritik.</p>", edited.json().getString("body"));
        assertEquals(404, Api.as(base, "handler.logistik").get("letters/" + draft.getInt("id")).status(),
                "another department's letter does not exist for the caller");
    }

    @Test
    void theAuthorNeverApprovesTheirOwnLetterAndAReturnNeedsAComment() {
        String caseNumber = capture("Herr", null);
        JsonObject draft = draft(caseNumber, "INTERIM", "de");
        long id = draft.getInt("id");
        String etag = handler().post("letters/" + id + "/submission", "{}", etag(draft)).header("ETag");

        Api.Reply own = handler().post("letters/" + id + "/review", "{\"decision\":\"APPROVE\"}", etag);
        Api.Reply noComment = colleague().post("letters/" + id + "/review", "{\"decision\":\"RETURN\"}", etag);
        assertEquals(409, own.status(), own.body());
        assertTrue(own.body().contains("four-eyes"), own.body());
        assertEquals(409, noComment.status(), noComment.body());
        assertTrue(colleague().get("letters/review-queue").body().contains("\"id\":" + id), "in the colleague's queue");
        assertFalse(handler().get("letters/review-queue").body().contains("\"id\":" + id), "not in the author's own queue");

        Api.Reply returned = colleague().post("letters/" + id + "/review",
                "{\"decision\":\"RETURN\",\"comment\":\"Bitte den Termin nennen.\"}", etag);
        assertEquals(200, returned.status(), returned.body());
        assertEquals("DRAFT", returned.json().getString("status"));
        assertEquals("Bitte den Termin nennen.", returned.json().getString("reviewComment"));

        String resubmitted = handler().post("letters/" + id + "/submission", "{}", returned.header("ETag")).header("ETag");
        assertEquals(409, colleague().post("letters/" + id + "/dispatch", "{\"channel\":\"EMAIL\"}", resubmitted).status(),
                "only approved letters are sent");
        Api.Reply approved = colleague().post("letters/" + id + "/review", "{\"decision\":\"APPROVE\"}", resubmitted);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("handler.service2", approved.json().getString("reviewer"));
    }

    @Test
    void aSentLetterReachesTheCustomerWithItsPdfAndTheArchiveNeverChanges() throws Exception {
        String email = "weiss-" + UUID.randomUUID().toString().substring(0, 6) + "@example.de";
        String caseNumber = capture("Frau", email);
        JsonObject letter = approved(draft(caseNumber, "FINAL_ANSWER", "de"));
        long id = letter.getInt("id");

        Api.Reply sent = handler().post("letters/" + id + "/dispatch", "{\"channel\":\"EMAIL\"}", etag(letter));

        assertEquals(200, sent.status(), sent.body());
        assertEquals("SENT", sent.json().getString("status"));
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + email));
        byte[] attached = pdfAttachment(mail);
        String archivedSha = Database.strings("select sha256 from letter_archive where letter_id = ?", id).get(0);
        assertEquals(archivedSha, sha256(attached), "the archive holds what was sent");
        byte[] downloaded = pdf(id);
        assertArrayEquals(attached, downloaded);
        String text = text(downloaded);
        assertTrue(text.contains("Unser Zeichen: " + caseNumber), text);
        assertTrue(text.contains("Datum: " + LocalDate.now(ZoneId.of("Europe/Berlin")).format(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))), text);
        assertTrue(text.contains("Weiß"), text);

        assertTrue(Database.strings("select n.text from complaint_note n join complaint c on c.id = n.complaint_id"
                + " where c.case_number = ? and n.kind = 'LETTER'", caseNumber).stream().anyMatch(t -> t.contains(archivedSha)),
                "the case timeline shows the letter and its checksum");
        assertTrue(Database.historyActions(caseNumber).contains("FINAL_ANSWER"), "the final answer counts as given");

        assertEquals(409, put(handler(), "letters/" + id, "{\"subject\":\"neu\",\"body\":\"<p>neu</p>\"}",
                sent.header("ETag")).status(), "a sent letter is not edited");
        assertThrows(SQLException.class, () -> execute("update letter_archive set sha256 = 'x' where letter_id = ?", id));
        assertThrows(SQLException.class, () -> execute("delete from letter_archive where letter_id = ?", id));
        assertArrayEquals(downloaded, pdf(id), "the archived PDF is unchanged");
    }

    @Test
    void postedLettersOfTheDayComeInOneBatchToPrint() throws IOException {
        String caseNumber = capture("Herr", null);
        JsonObject letter = approved(draft(caseNumber, "INTERIM", "en"));

        Api.Reply sent = handler().post("letters/" + letter.getInt("id") + "/dispatch", "{\"channel\":\"POST\"}", etag(letter));
        assertEquals(200, sent.status(), sent.body());

        HttpResponse<byte[]> batch = handler().bytes("letters/post-batch", "application/pdf");
        assertEquals(200, batch.statusCode());
        String text = text(batch.body());
        assertTrue(text.contains("Our reference: " + caseNumber), "the batch holds the posted letter");
        assertEquals(404, handler().get("letters/post-batch?date=2001-01-01").status());
        assertEquals(400, handler().get("letters/post-batch?date=gestern").status());
    }

    @Test
    void aGiftInTheApologyIsBookedAsGoodwillOnTheCase() {
        String caseNumber = capture("Frau", null);
        JsonObject letter = draft(caseNumber, "APOLOGY_WITH_GIFT", "de");
        long giftId = Long.parseLong(Database.strings("select id from gift where name = 'Blumenstrauß'").get(0));

        Api.Reply gifted = handler().post("letters/" + letter.getInt("id") + "/gift", "{\"giftId\":" + giftId + "}", etag(letter));

        assertEquals(200, gifted.status(), gifted.body());
        assertEquals("Blumenstrauß", gifted.json().getString("gift"));
        assertTrue(gifted.json().getString("body").contains("Blumenstrauß"));
        JsonObject complaint = handler().get("complaints/" + caseNumber).json();
        assertEquals(0, complaint.getJsonNumber("goodwillTotal").bigDecimalValue().compareTo(new java.math.BigDecimal("35.00")),
                complaint.toString());
        assertEquals(409, handler().post("letters/" + letter.getInt("id") + "/gift", "{\"giftId\":" + giftId + "}",
                gifted.header("ETag")).status(), "one gift per letter");
    }

    @Test
    void theFollowUpLetterIsDraftedOnceWhenItsDeadlineComes() throws SQLException {
        String caseNumber = capture("Frau", null);
        String etag = handler().get("complaints/" + caseNumber).header("ETag");
        etag = transition(caseNumber, etag, "{\"action\":\"ACKNOWLEDGE\"}");
        etag = transition(caseNumber, etag, "{\"action\":\"START\"}");
        transition(caseNumber, etag, "{\"action\":\"RESOLVE\",\"agreedSolution\":\"Neue Maschine geliefert.\"}");

        followUps();
        assertTrue(letterTypes(caseNumber).stream().noneMatch("FOLLOW_UP"::equals), "not before its deadline");

        execute("update complaint set resolved_at = ? where case_number = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(30))), caseNumber);
        followUps();
        followUps();

        List<JsonObject> followUps = handler().get("complaints/" + caseNumber + "/letters").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(l -> l.getString("letterType").equals("FOLLOW_UP")).toList();
        assertEquals(1, followUps.size(), "one follow-up letter, however often the timer runs");
        assertEquals("DRAFT", followUps.get(0).getString("status"));
        assertTrue(followUps.get(0).getString("body").contains("Neue Maschine geliefert."));
        assertEquals(403, handler().post("letters/follow-ups", "{}").status());
    }

    private JsonObject approved(JsonObject draft) {
        long id = draft.getInt("id");
        String etag = handler().post("letters/" + id + "/submission", "{}", etag(draft)).header("ETag");
        Api.Reply approved = colleague().post("letters/" + id + "/review", "{\"decision\":\"APPROVE\"}", etag);
        assertEquals(200, approved.status(), approved.body());
        return approved.json();
    }

    private JsonObject draft(String caseNumber, String type, String language) {
        Api.Reply reply = handler().post("complaints/" + caseNumber + "/letters",
                "{\"letterType\":\"" + type + "\",\"language\":\"" + language + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private String capture(String salutation, String email) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = handler().post("complaints", """
                {"channel":"LETTER","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"Brieftest %s","verbatim":"Die Maschine tropft.",
                 "customer":{"salutation":"%s","firstName":"Jürgen","lastName":"Weiß","email":%s,
                             "street":"Große Straße 5","postalCode":"80331","city":"München"}}
                """.formatted(marker, salutation, email == null ? "\"brief-" + marker + "@example.de\"" : "\"" + email + "\""));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
    }

    private String transition(String caseNumber, String etag, String body) {
        Api.Reply reply = handler().post("complaints/" + caseNumber + "/transitions", body, etag);
        assertEquals(200, reply.status(), reply.body());
        return reply.header("ETag");
    }

    private List<String> letterTypes(String caseNumber) {
        return handler().get("complaints/" + caseNumber + "/letters").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("letterType")).toList();
    }

    private void followUps() {
        Api.Reply reply = Api.as(base, "admin").post("letters/follow-ups", "{}");
        assertEquals(200, reply.status(), reply.body());
    }

    private byte[] pdf(long id) {
        HttpResponse<byte[]> response = handler().bytes("letters/" + id + "/pdf", "application/pdf");
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static Api.Reply put(Api api, String path, String json, String ifMatch) {
        java.net.http.HttpRequest.Builder request = api.request(path).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    private static String etag(JsonObject letter) {
        return "\"" + letter.getInt("version") + "\"";
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] pdfAttachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                assertTrue(part.getFileName().endsWith(".pdf"));
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** Changes made behind the application's back: time that passed, or an attempt to alter the archive. */
    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password", ""));
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private Api handler() {
        return Api.as(base, "handler.service");
    }

    private Api colleague() {
        return Api.as(base, "handler.service2");
    }
}
