package de.kundenstimme.privacy.boundary;

import de.kundenstimme.customer.boundary.CustomerSourcesFixture;
import de.kundenstimme.presentation.pages.SurveyPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer's rights under the DSGVO through the API: the export holds every part, the
 * anonymisation leaves no personal value and every figure as it was, the retention job takes the
 * cases closed more than three years ago, and only the admin may do any of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private static final Pattern SURVEY_TOKEN = Pattern.compile("survey\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static Mailbox mailbox;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.open();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    @AfterEach
    void realTime() {
        Api.as(base, "admin").resetClock();
    }

    /** A customer as a department's system knows them, with one closed case: steps, letter sent, survey asked. */
    private record Person(long customerId, String caseNumber, String lastName, String email, String phone, String street,
                          String dateOfBirth, String verbatim, String step, String solution, long letterId) {

        List<String> personalValues() {
            return List.of(lastName, email, phone, street, dateOfBirth, verbatim, step, solution);
        }
    }

    private Person person() {
        CustomerSourcesFixture fixture = new CustomerSourcesFixture(base);
        JsonObject shop = fixture.definedWithToken(CustomerSourcesFixture.source("Webshop", "PUSH", 1, Json.createObjectBuilder()));
        String lastName = "Auskunft" + fixture.marker;
        String email = "renate." + fixture.marker + "@example.de";
        String phone = "+49 221 " + (5_000_000 + (fixture.marker.hashCode() & 0xFFFFF));
        String street = "Lindenweg" + fixture.marker;
        // Each run's person differs in everything the linker compares, so two runs' people never merge.
        int seed = fixture.marker.hashCode() & 0x7FFFFFFF;
        String dateOfBirth = LocalDate.of(1940 + seed % 50, 1 + seed % 12, 1 + seed % 28).toString();
        String postalCode = String.valueOf(10_000 + seed % 89_999);
        fixture.push(shop, Json.createObjectBuilder().add("customerNumber", "W-" + fixture.marker)
                .add("firstName", "Renate" + fixture.marker.substring(0, 3)).add("lastName", lastName).add("street", street)
                .add("houseNumber", "7").add("postalCode", postalCode).add("city", "Köln").add("dateOfBirth", dateOfBirth)
                .add("phones", Json.createArrayBuilder().add(phone)).add("emails", Json.createArrayBuilder().add(email)));
        long customerId = Long.parseLong(Database.strings("select customer_id from source_record where source_id = ?"
                + " and source_key = ?", shop.getJsonNumber("id").longValue(), "W-" + fixture.marker).get(0));
        String verbatim = "Meine Nachbarin " + fixture.marker + " hat das Paket angenommen.";
        String step = "Rückruf bei Frau " + lastName;
        String solution = "Gutschrift an " + street + " geschickt.";
        String caseNumber = closedCase(Json.createObjectBuilder().add("customerId", customerId).build(), verbatim, step, solution);
        long letterId = Long.parseLong(Database.strings("select l.id from letter l join complaint c on c.id = l.complaint_id"
                + " where c.case_number = ?", caseNumber).get(0));
        return new Person(customerId, caseNumber, lastName, email, phone, street, dateOfBirth, verbatim, step, solution,
                letterId);
    }

    /** Captured, worked with a step, resolved, the final answer sent by post and reviewed by a colleague, closed. */
    private String closedCase(JsonObject customer, String verbatim, String step, String solution) {
        Api handler = Api.as(base, "handler.service");
        Api.Reply captured = handler.post("complaints", Json.createObjectBuilder().add("channel", "PHONE")
                .add("categoryCode", "PRODUKT_DEFEKT").add("priority", "NORMAL").add("subject", "Paket " + verbatim.length())
                .add("verbatim", verbatim).add("customer", customer).build().toString());
        assertEquals(201, captured.status(), captured.body());
        String caseNumber = captured.json().getString("caseNumber");
        String etag = captured.header("ETag");
        etag = transition(caseNumber, etag, "{\"action\":\"ACKNOWLEDGE\"}");
        etag = transition(caseNumber, etag, "{\"action\":\"START\"}");
        Api.Reply added = handler.post("complaints/" + caseNumber + "/steps",
                Json.createObjectBuilder().add("description", step).build().toString());
        assertEquals(201, added.status(), added.body());
        Api.Reply done = handler.patch("complaints/" + caseNumber + "/steps/" + added.json().getJsonNumber("id").longValue(),
                "{\"state\":\"DONE\",\"result\":\"Erledigt.\"}", added.header("ETag"));
        assertEquals(200, done.status(), done.body());
        etag = handler.get("complaints/" + caseNumber).header("ETag");
        etag = transition(caseNumber, etag, Json.createObjectBuilder().add("action", "RESOLVE")
                .add("agreedSolution", solution).build().toString());
        sendFinalAnswer(caseNumber);
        transition(caseNumber, handler.get("complaints/" + caseNumber).header("ETag"), "{\"action\":\"CLOSE\"}");
        return caseNumber;
    }

    private void sendFinalAnswer(String caseNumber) {
        Api handler = Api.as(base, "handler.service");
        Api.Reply draft = handler.post("complaints/" + caseNumber + "/letters", "{\"letterType\":\"FINAL_ANSWER\",\"language\":\"de\"}");
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getInt("id");
        String etag = handler.post("letters/" + id + "/submission", "{}", "\"" + draft.json().getInt("version") + "\"")
                .header("ETag");
        Api.Reply approved = Api.as(base, "handler.service2").post("letters/" + id + "/review", "{\"decision\":\"APPROVE\"}", etag);
        assertEquals(200, approved.status(), approved.body());
        Api.Reply sent = handler.post("letters/" + id + "/dispatch", "{\"channel\":\"POST\"}", approved.header("ETag"));
        assertEquals(200, sent.status(), sent.body());
    }

    private String transition(String caseNumber, String etag, String body) {
        Api.Reply reply = Api.as(base, "handler.service").post("complaints/" + caseNumber + "/transitions", body, etag);
        assertEquals(200, reply.status(), reply.body());
        return reply.header("ETag");
    }

    @Test
    void theExportHoldsEveryPartAsJsonAndAsReadablePdf() throws IOException {
        Person person = person();

        Api.Reply exported = Api.as(base, "admin").get("customers/" + person.customerId() + "/export");

        assertEquals(200, exported.status(), exported.body());
        JsonObject dossier = exported.json();
        JsonObject customer = dossier.getJsonObject("customer");
        assertEquals(person.lastName(), customer.getString("lastName"));
        assertTrue(customer.getString("firstName").startsWith("Renate"), customer.toString());
        assertEquals(person.email(), customer.getString("email"));
        assertEquals(person.dateOfBirth(), customer.getString("dateOfBirth"));
        assertFalse(customer.getJsonArray("provenance").isEmpty(), "the source of each field");
        JsonObject record = dossier.getJsonArray("sourceRecords").getJsonObject(0);
        assertTrue(record.getString("sourceName").startsWith("Webshop"), record.toString());
        assertEquals(person.street(), record.getString("street"));
        JsonObject complaint = dossier.getJsonArray("complaints").getJsonObject(0);
        assertEquals(person.caseNumber(), complaint.getString("caseNumber"));
        assertEquals(person.verbatim(), complaint.getString("verbatim"));
        assertEquals("CLOSED", complaint.getString("status"));
        assertEquals(person.step(), complaint.getJsonArray("steps").getJsonObject(0).getString("description"));
        assertFalse(complaint.getJsonArray("notes").isEmpty(), "the timeline names the letter");
        assertTrue(complaint.getJsonArray("history").size() >= 5, "captured, acknowledged, started, step, resolved, closed");
        JsonObject letter = complaint.getJsonArray("letters").getJsonObject(0);
        assertEquals("FINAL_ANSWER", letter.getString("letterType"));
        assertEquals(64, letter.getJsonObject("archive").getString("sha256").length());
        assertEquals(person.email(), complaint.getJsonArray("surveys").getJsonObject(0).getString("sentTo"),
                "the survey was asked when the case closed");
        for (String part : List.of("goodwill", "escalations", "qualityReviews", "attachments", "intakeMessages", "mentions")) {
            assertEquals(JsonValue.ValueType.ARRAY, complaint.get(part).getValueType(), part);
        }
        JsonArray log = dossier.getJsonArray("accessLog");
        assertEquals("PRIVACY_EXPORT", log.getJsonObject(0).getString("purpose"), "the export is on record itself");
        assertEquals("admin", log.getJsonObject(0).getString("viewedBy"));

        HttpResponse<byte[]> pdf = Api.as(base, "admin").bytes("customers/" + person.customerId() + "/export", "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = text(pdf.body());
        assertTrue(text.contains(person.lastName()), text);
        assertTrue(text.contains(person.caseNumber()), text);
        assertTrue(text.contains("Auskunft nach Art. 15 DSGVO"), text);
        assertFalse(text.contains("<p>"), "the letter reads as text, not as its markup");
        HttpResponse<byte[]> link = Api.as(base, "admin").bytes("customers/" + person.customerId() + "/export?format=pdf", "*/*");
        assertTrue(text(link.body()).contains(person.caseNumber()), "the download link of the admin screen");
        HttpResponse<byte[]> jsonLink = Api.as(base, "admin").bytes("customers/" + person.customerId() + "/export?format=json",
                "text/html,*/*;q=0.8");
        assertTrue(new String(jsonLink.body(), java.nio.charset.StandardCharsets.UTF_8).contains(person.caseNumber()));
        assertEquals(400, Api.as(base, "admin").get("customers/" + person.customerId() + "/export?format=xml").status());
    }

    /** The customer answers the survey the closing sent them, with a comment naming a neighbour. */
    private String answerSurvey(Person person) {
        Matcher link = SURVEY_TOKEN.matcher(Mailbox.body(mailbox.awaitMailTo(person.email())));
        assertTrue(link.find(), "the survey link");
        String comment = "Danke, und Grüße an Nachbar " + person.lastName() + "s Sohn";
        try (Browser browser = Browser.open(base)) {
            SurveyPage.open(browser, link.group(1)).choose("satisfaction", 4).choose("recommendation", 9).comment(comment).submit();
            browser.untilTextContains(SurveyPage.THANKS, "Vielen Dank für Ihre Antwort");
        }
        return comment;
    }

    @Test
    void anonymisingLeavesNoPersonalValueAndEveryFigureAsItWas() throws IOException {
        Person person = person();
        String comment = answerSurvey(person);
        assertTrue(Api.as(base, "admin").get("customers/" + person.customerId() + "/export").body().contains(comment),
                "the survey answer is part of the export");
        String today = LocalDate.now(BERLIN).toString();
        String monthStart = LocalDate.now(BERLIN).withDayOfMonth(1).toString();
        String tomorrow = LocalDate.now(BERLIN).plusDays(1).toString();
        List<String> figures = List.of("figures?from=" + monthStart + "&to=" + today + "&department=SERVICE",
                "figures?from=" + monthStart + "&to=" + today, "figures/satisfaction?from=" + monthStart + "&to=" + tomorrow);
        List<String> before = figures.stream().map(path -> Api.as(base, "executive").get(path).body()).toList();
        figures.forEach(path -> assertEquals(200, Api.as(base, "executive").get(path).status(), path));
        assertTrue(Api.as(base, "executive").get(figures.get(2)).json().getInt("answers") >= 1, "the answer counts");

        Api.Reply anonymised = Api.as(base, "admin").post("customers/" + person.customerId() + "/anonymisation",
                "{\"reason\":\"Antrag der Kundin vom 1. Dezember\"}");

        assertEquals(200, anonymised.status(), anonymised.body());
        assertTrue(anonymised.json().getBoolean("changed"));
        assertEquals(1, anonymised.json().getInt("letters"));
        assertEquals(before, figures.stream().map(path -> Api.as(base, "executive").get(path).body()).toList(),
                "every figure is the same to the cent and to the case");
        String export = Api.as(base, "admin").get("customers/" + person.customerId() + "/export").body();
        for (String value : person.personalValues()) {
            assertFalse(export.contains(value), "still in the export: " + value);
        }
        assertFalse(export.contains(comment), "the survey comment is gone");
        assertTrue(export.contains(person.caseNumber()), "the case itself stays");
        JsonObject complaint = Api.as(base, "handler.service").get("complaints/" + person.caseNumber()).json();
        assertEquals("CLOSED", complaint.getString("status"));
        assertEquals("Anonymisiert", complaint.getString("verbatim"));
        String archived = text(Api.as(base, "handler.service").bytes("letters/" + person.letterId() + "/pdf",
                "application/pdf").body());
        assertTrue(archived.contains("anonymisiert"), archived);
        assertFalse(archived.contains(person.lastName()), archived);
        assertEquals(List.of("1"), Database.strings("select count(*) from personal_data_erasure where customer_id = ?",
                person.customerId()));
        assertEquals(List.of("0"), Database.strings("select count(*) from source_record_block b join source_record r"
                + " on r.id = b.record_id where r.customer_id = ?", person.customerId()), "no blocking keys derived from the person");

        Api.Reply again = Api.as(base, "admin").post("customers/" + person.customerId() + "/anonymisation",
                "{\"reason\":\"noch einmal\"}");
        assertEquals(200, again.status(), again.body());
        assertFalse(again.json().getBoolean("changed"), "a second run changes nothing");
        assertEquals(List.of("1"), Database.strings("select count(*) from personal_data_erasure where customer_id = ?",
                person.customerId()));
    }

    @Test
    void aReasonIsRequiredAndHostileOneIsStoredAsGiven() {
        long customerId = newCustomer("Feindlich");
        Api admin = Api.as(base, "admin");
        String path = "customers/" + customerId + "/anonymisation";

        assertEquals(400, admin.post(path, "{}").status());
        assertEquals(400, admin.post(path, "{\"reason\":\"   \"}").status());
        assertEquals(400, admin.post(path, Json.createObjectBuilder().add("reason", "x".repeat(1001)).build().toString()).status());
        assertEquals(400, admin.post(path, "{\"reason\":\"Klingel\\u0007\"}").status());
        assertEquals(400, admin.post(path, "{\"reason\":").status());
        assertEquals(400, admin.post(path, "").status());
        assertEquals(List.of("Feindlich"), Database.strings("select last_name from customer where id = ?", customerId),
                "a refused request erases nothing");

        String hostile = "<script>alert(1)</script>'; drop table customer; -- \"Ä\"";
        Api.Reply done = admin.post(path, Json.createObjectBuilder().add("reason", hostile).build().toString());

        assertEquals(200, done.status(), done.body());
        assertEquals(List.of(hostile), Database.strings("select reason from personal_data_erasure where customer_id = ?", customerId));
        assertEquals(List.of("Anonymisiert"), Database.strings("select last_name from customer where id = ?", customerId));
    }

    @Test
    void onlyTheAdminExportsAnonymisesAndRunsTheRetention() {
        long customerId = newCustomer("Geschützt");
        for (String user : List.of("handler.service", "manager.service", "executive")) {
            Api api = Api.as(base, user);
            assertEquals(403, api.get("customers/" + customerId + "/export").status(), user);
            assertEquals(403, api.post("customers/" + customerId + "/anonymisation", "{\"reason\":\"weg\"}").status(), user);
            assertEquals(403, api.post("retention/run", "").status(), user);
        }
        assertEquals(401, Api.anonymous(base).get("customers/" + customerId + "/export").status());
        HttpResponse<byte[]> page = Api.anonymous(base).bytes("../../admin/customer-export.pdf?customer=" + customerId, "*/*");
        assertFalse(page.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                "the admin screen's download asks for the login first");
        assertEquals(List.of("Geschützt"), Database.strings("select last_name from customer where id = ?", customerId));
        Api.Reply unknown = Api.as(base, "admin").get("customers/" + Long.MAX_VALUE + "/export");
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        assertEquals(404, Api.as(base, "admin").post("customers/" + Long.MAX_VALUE + "/anonymisation", "{\"reason\":\"x\"}").status());
    }

    @Test
    void theRetentionJobTakesCasesClosedMoreThanThreeYearsAgo() {
        Api admin = Api.as(base, "admin");
        LocalDate today = LocalDate.now(BERLIN);
        assertEquals(200, admin.travelTo(today.minusYears(3).minusDays(1)).status());
        String expired = closedCase(named("Verjährt"), "Alte Geschichte von Verjährt.", "Alter Rückruf", "Alte Lösung.");
        assertEquals(200, admin.travelTo(today.minusYears(3).plusDays(1)).status());
        String kept = closedCase(named("Aufbewahrt"), "Jüngere Geschichte von Aufbewahrt.", "Neuer Rückruf", "Neue Lösung.");
        long expiredCustomer = customerOf(expired);
        long keptCustomer = customerOf(kept);
        admin.resetClock();

        Api.Reply run = admin.post("retention/run", "");

        assertEquals(200, run.status(), run.body());
        assertEquals(3, run.json().getInt("years"));
        JsonObject old = Api.as(base, "handler.service").get("complaints/" + expired).json();
        assertEquals("Anonymisiert", old.getString("verbatim"));
        assertEquals("CLOSED", old.getString("status"));
        assertEquals("Jüngere Geschichte von Aufbewahrt.",
                Api.as(base, "handler.service").get("complaints/" + kept).json().getString("verbatim"));
        assertEquals(List.of("Anonymisiert"), Database.strings("select last_name from customer where id = ?", expiredCustomer),
                "a customer with nothing but anonymised cases is anonymised too");
        assertEquals(List.of("Aufbewahrt"), Database.strings("select last_name from customer where id = ?", keptCustomer));
        assertNotEquals(0, Database.count("select count(*) from personal_data_erasure e join complaint c on c.id = e.complaint_id"
                + " where c.case_number = ? and e.cause = 'RETENTION'", expired));
        assertEquals(200, admin.post("retention/run", "").status(), "a second run finds nothing left to do");
    }

    private static JsonObject named(String lastName) {
        return Json.createObjectBuilder().add("lastName", lastName).add("email", "kunde." + System.nanoTime() + "@example.de")
                .add("street", "Am Markt 1").add("postalCode", "50667").add("city", "Köln").build();
    }

    private static long customerOf(String caseNumber) {
        return Long.parseLong(Database.strings("select customer_id from complaint where case_number = ?", caseNumber).get(0));
    }

    /** A customer taken in with a first complaint (still open), known by the last name and an e-mail address. */
    private long newCustomer(String lastName) {
        Api.Reply captured = Api.as(base, "handler.service").post("complaints", Json.createObjectBuilder()
                .add("channel", "PHONE").add("categoryCode", "PRODUKT_DEFEKT").add("priority", "NORMAL")
                .add("subject", "Erstkontakt").add("verbatim", "Erster Anruf.")
                .add("customer", Json.createObjectBuilder().add("lastName", lastName)
                        .add("email", "kunde." + System.nanoTime() + "@example.de")).build().toString());
        assertEquals(201, captured.status(), captured.body());
        return captured.json().getJsonObject("customer").getJsonNumber("id").longValue();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
