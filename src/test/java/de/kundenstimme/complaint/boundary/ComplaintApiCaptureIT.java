package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.caseNumbers;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.customerSequenceOf;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.newCustomer;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.read;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.sequenceOf;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /complaints: what a capture stores, how it is routed, numbered and given deadlines. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintApiCaptureIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void capturesEveryFieldAndReadsTheSameCaseBack() {
        Api api = Api.as(base, "handler.service");
        String email = "erika." + unique() + "@example.de";
        Instant receivedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonObject request = Json.createObjectBuilder()
                .add("channel", "EMAIL")
                .add("receivedAt", receivedAt.toString())
                .add("categoryCode", "PRODUKT_DEFEKT")
                .add("productCode", "KM-200")
                .add("priority", "HIGH")
                .add("subject", "Kaffeevollautomat undicht " + unique())
                .add("verbatim", "Die Maschine tropft seit gestern.\nIch bin sehr verärgert!")
                .add("desiredOutcome", "Kostenloser Austausch des Geräts")
                .add("customer", Json.createObjectBuilder()
                        .add("salutation", "Frau").add("firstName", "Erika").add("lastName", "Mustermann")
                        .add("email", email).add("phone", "+49 221 1234567").add("street", "Hauptstraße 5")
                        .add("postalCode", "50667").add("city", "Köln"))
                .build();

        Api.Reply reply = api.post("complaints", request.toString());

        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject created = reply.json();
        String caseNumber = created.getString("caseNumber");
        assertTrue(caseNumber.matches("BE-" + receivedAt.atZone(BERLIN).getYear() + "-\\d{6}"), caseNumber);
        assertTrue(reply.header("Location").endsWith("/api/v1/complaints/" + caseNumber), reply.header("Location"));
        assertNotNull(reply.header("ETag"));
        assertEquals("NEW", created.getString("status"));
        assertEquals("EMAIL", created.getString("channel"));
        assertEquals(receivedAt, Instant.parse(created.getString("receivedAt")));
        assertEquals("PRODUKT_DEFEKT", created.getString("categoryCode"));
        assertEquals("KM-200", created.getString("productCode"));
        assertEquals("HIGH", created.getString("priority"));
        assertEquals(request.getString("subject"), created.getString("subject"));
        assertEquals(request.getString("verbatim"), created.getString("verbatim"));
        assertEquals(request.getString("desiredOutcome"), created.getString("desiredOutcome"));
        assertEquals("SERVICE", created.getString("department"));
        assertEquals(List.of("ACKNOWLEDGE"), created.getJsonArray("availableActions").getValuesAs(
                jakarta.json.JsonString::getString));
        assertTrue(created.getJsonArray("steps").isEmpty());
        assertFalse(created.getBoolean("overdue"));
        JsonObject customer = created.getJsonObject("customer");
        assertEquals("Erika Mustermann", customer.getString("name"));
        assertEquals(email, customer.getString("email"));
        assertEquals("+49 221 1234567", customer.getString("phone"));
        assertTrue(customer.getString("customerNumber").matches("K-\\d{7}"), customer.toString());
        LocalDate received = receivedAt.atZone(BERLIN).toLocalDate();
        LocalDate acknowledgementDue = LocalDate.parse(created.getString("acknowledgementDue"));
        LocalDate resolutionDue = LocalDate.parse(created.getString("resolutionDue"));
        assertTrue(acknowledgementDue.isAfter(received), created.toString());
        assertTrue(resolutionDue.isAfter(acknowledgementDue), created.toString());

        Api.Reply again = api.get("complaints/" + caseNumber);
        assertEquals(200, again.status(), again.body());
        assertEquals(reply.header("ETag"), again.header("ETag"), "nothing changed since the capture");
        assertEquals(created, again.json(), "the case reads back exactly as the capture answered");
    }

    @Test
    void captureWithoutReceivedAtIsReceivedNowAndReadsBackIdentically() {
        Api api = Api.as(base, "handler.service");
        Instant before = Instant.now().minusSeconds(5);

        JsonObject created = captured(api, capture("Ohne Eingangszeit " + unique()));

        Instant after = Instant.now().plusSeconds(5);
        Instant receivedAt = Instant.parse(created.getString("receivedAt"));
        assertTrue(receivedAt.isAfter(before) && receivedAt.isBefore(after), receivedAt.toString());
        assertTrue(created.getString("caseNumber").startsWith("BE-" + LocalDate.now(BERLIN).getYear() + "-"));
        assertEquals(created, read(api, created.getString("caseNumber")),
                "GET must show the same case, receivedAt included, as the 201 response");
    }

    /** 2025-03-03 is a Monday without holidays around it in NRW: plain business-day arithmetic. */
    @Test
    void deadlinesCountBusinessDaysByPriority() {
        Api api = Api.as(base, "handler.service");
        String monday = "2025-03-03T09:00:00Z";
        String[][] expected = {
                {"CRITICAL", "2025-03-05"}, {"HIGH", "2025-03-10"}, {"NORMAL", "2025-03-17"}, {"LOW", "2025-03-31"}};
        for (String[] priority : expected) {
            JsonObject created = captured(api, capture("Fristen " + priority[0] + " " + unique())
                    .add("priority", priority[0]).add("receivedAt", monday));

            assertTrue(created.getString("caseNumber").startsWith("BE-2025-"), "numbered in the year of receipt");
            assertEquals("2025-03-04", created.getString("acknowledgementDue"), priority[0]);
            assertEquals(priority[1], created.getString("resolutionDue"), priority[0]);
            assertTrue(created.getBoolean("overdue"), "received in 2025 and never worked: overdue");
        }
    }

    /** Thursday before Easter 2025: Good Friday and Easter Monday are holidays, the weekend in between too. */
    @Test
    void deadlinesSkipWeekendsAndPublicHolidays() {
        JsonObject created = captured(Api.as(base, "handler.service"), capture("Ostern " + unique())
                .add("priority", "CRITICAL").add("receivedAt", "2025-04-17T08:00:00Z"));

        assertEquals("2025-04-22", created.getString("acknowledgementDue"));
        assertEquals("2025-04-23", created.getString("resolutionDue"));
    }

    @Test
    void routesEachCategoryToItsDepartmentAndDefaultOwner() {
        Api service = Api.as(base, "handler.service");

        JsonObject delivery = captured(service, capture("Paket zu spät " + unique())
                .add("categoryCode", "LIEFERUNG_VERSPAETUNG"));
        JsonObject availability = captured(service, capture("Hotline nicht erreichbar " + unique())
                .add("categoryCode", "SERVICE_ERREICHBARKEIT"));
        JsonObject invoice = captured(service, capture("Doppelt abgebucht " + unique())
                .add("categoryCode", "RECHNUNG_DOPPELT"));

        assertEquals("LOGISTIK", delivery.getString("department"));
        assertEquals("handler.logistik", delivery.getString("owner"), "the category's default owner");
        assertEquals("SERVICE", availability.getString("department"));
        assertEquals("handler.service", availability.getString("owner"), "the category's default owner");
        assertEquals("ABRECHNUNG", invoice.getString("department"));
        assertEquals("handler.abrechnung", invoice.getString("owner"), "the department's only handler");
        assertEquals("LOGISTIK", read(Api.as(base, "handler.logistik"), delivery.getString("caseNumber"))
                .getString("department"), "the logistics department works its case");
    }

    @Test
    void capturesAComplaintForAnExistingCustomerById() {
        Api api = Api.as(base, "handler.service");
        JsonObject first = captured(api, capture("Erste Beschwerde " + unique()));
        long customerId = first.getJsonObject("customer").getJsonNumber("id").longValue();

        JsonObject second = captured(api, capture("Zweite Beschwerde " + unique())
                .add("customer", Json.createObjectBuilder().add("customerId", customerId)));

        assertEquals(first.getJsonObject("customer"), second.getJsonObject("customer"), "the same customer, no new one");
        assertEquals(sequenceOf(first.getString("caseNumber")) + 1, sequenceOf(second.getString("caseNumber")));
    }

    @Test
    void capturesACompanyReachableOnlyByPhoneAndAPersonWithOnlyAPostalAddress() {
        Api api = Api.as(base, "handler.service");
        String company = "Bäckerei Sonnenschein " + unique() + " GmbH";

        JsonObject byPhone = captured(api, capture("Firma " + unique())
                .add("customer", Json.createObjectBuilder().add("company", company).add("phone", "0221 / 98 76-54")));
        JsonObject byPost = captured(api, capture("Brief " + unique()).add("channel", "LETTER")
                .add("customer", Json.createObjectBuilder().add("firstName", "Jürgen").add("lastName", "Weiß")
                        .add("street", "Am Markt 1").add("postalCode", "04109").add("city", "Leipzig")));

        assertEquals(company, byPhone.getJsonObject("customer").getString("name"));
        assertEquals("0221 / 98 76-54", byPhone.getJsonObject("customer").getString("phone"));
        assertEquals("Jürgen Weiß", byPost.getJsonObject("customer").getString("name"));
        assertEquals("LETTER", byPost.getString("channel"));
    }

    @Test
    void socialMediaComplaintsKeepTheirNetwork() {
        JsonObject created = captured(Api.as(base, "handler.service"), capture("Shitstorm " + unique())
                .add("channel", "SOCIAL_MEDIA").add("socialNetwork", "INSTAGRAM"));

        assertEquals("SOCIAL_MEDIA", created.getString("channel"));
        assertEquals("INSTAGRAM", created.getString("socialNetwork"));
        assertEquals("INSTAGRAM", read(Api.as(base, "handler.service"), created.getString("caseNumber"))
                .getString("socialNetwork"));
    }

    /** The customer's own words are kept unchanged ("aktiv zuhören"), markup and SQL included. */
    @Test
    void storesHtmlScriptSqlAndUnicodeExactlyAsGiven() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        String subject = "<script>alert('XSS')</script> Robert'); DROP TABLE complaint;-- 100% _x_ \\ \" " + marker;
        String verbatim = "<img src=x onerror=alert(1)>\n' OR '1'='1'; --\n\"quoted\" \\backslash\\ \ttab\n"
                + "Umlaute äöüß ÄÖÜ, € 😡🔥, 中文, עברית, emoji ZWJ 👩‍👩‍👧";
        String outcome = "</textarea><b>bold</b> & &amp; ${7*7} #{7*7} {{7*7}} %s %n";
        String lastName = "O'Brien-\"Müller\" <b>";

        JsonObject created = captured(api, capture(subject).add("verbatim", verbatim).add("desiredOutcome", outcome)
                .add("customer", newCustomer("o.brien." + marker + "@example.de").add("lastName", lastName)));
        JsonObject stored = read(api, created.getString("caseNumber"));

        assertEquals(subject, stored.getString("subject"));
        assertEquals(verbatim, stored.getString("verbatim"));
        assertEquals(outcome, stored.getString("desiredOutcome"));
        assertEquals("Erika " + lastName, stored.getJsonObject("customer").getString("name"));
        String query = URLEncoder.encode("Robert'); DROP TABLE complaint;-- 100% _x_ \\ \" " + marker,
                StandardCharsets.UTF_8);
        Api.Reply search = api.get("complaints?q=" + query);
        assertEquals(200, search.status(), search.body());
        assertEquals(List.of(created.getString("caseNumber")), caseNumbers(search.json()),
                "the text search finds the case by its SQL-looking subject");
    }

    /** The status, number, department, deadlines and version are the server's to decide, not the client's. */
    @Test
    void ignoresOrRefusesServerOwnedFieldsInTheCaptureBody() {
        Api api = Api.as(base, "handler.service");
        JsonObject before = captured(api, capture("Vorher " + unique()));
        String subject = "Selbstbedienung " + unique();

        Api.Reply reply = api.post("complaints", capture(subject)
                .add("caseNumber", "BE-2026-000001").add("status", "CLOSED").add("department", "LOGISTIK")
                .add("owner", "manager.service").add("version", 42).add("escalationLevel", 2)
                .add("acknowledgementDue", "2099-01-01").add("resolutionDue", "2099-01-01")
                .add("agreedSolution", "Alles erstattet").add("availableActions", Json.createArrayBuilder().add("CLOSE"))
                .build().toString());

        if (reply.status() == 400) {
            ComplaintApiFixtures.assertProblem(400, reply);
            return;
        }
        assertEquals(201, reply.status(), reply.body());
        JsonObject stored = read(api, reply.json().getString("caseNumber"));
        assertEquals(sequenceOf(before.getString("caseNumber")) + 1, sequenceOf(stored.getString("caseNumber")));
        assertEquals("NEW", stored.getString("status"));
        assertEquals("SERVICE", stored.getString("department"));
        assertEquals(0, stored.getInt("escalationLevel"));
        assertEquals(0, stored.getJsonNumber("version").longValue());
        assertFalse(stored.containsKey("agreedSolution") && !stored.isNull("agreedSolution"), stored.toString());
        assertEquals(before.getString("acknowledgementDue"), stored.getString("acknowledgementDue"));
        assertEquals(before.getString("resolutionDue"), stored.getString("resolutionDue"));
    }

    @Test
    void twentyParallelCapturesGetDistinctGapFreeConsecutiveNumbersAndTheirCustomersDistinctNumbers() throws Exception {
        Api api = Api.as(base, "handler.service");
        JsonObject anchor = captured(api, capture("Vorher " + unique()));
        long previous = sequenceOf(anchor.getString("caseNumber"));
        String year = anchor.getString("caseNumber").substring(0, 8);
        int parallel = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                String subject = "Parallel " + i + " " + unique();
                String user = i % 2 == 0 ? "handler.service" : "handler.service2";
                Callable<Api.Reply> post = () -> {
                    start.await();
                    return Api.as(base, user)
                            .post("complaints", capture(subject).build().toString());
                };
                replies.add(pool.submit(post));
            }
            start.countDown();
            Set<Long> numbers = new TreeSet<>();
            Set<Long> customerNumbers = new TreeSet<>();
            for (Future<Api.Reply> future : replies) {
                Api.Reply reply = future.get(120, TimeUnit.SECONDS);
                assertEquals(201, reply.status(), reply.body());
                String caseNumber = reply.json().getString("caseNumber");
                assertTrue(caseNumber.startsWith(year), caseNumber);
                numbers.add(sequenceOf(caseNumber));
                customerNumbers.add(customerSequenceOf(reply.json()));
            }

            assertEquals(parallel, numbers.size(), "every capture got its own number: " + numbers);
            assertEquals(parallel, customerNumbers.size(), "every new customer got their own number: " + customerNumbers);
            assertEquals(LongStream.rangeClosed(previous + 1, previous + parallel).boxed().toList(),
                    List.copyOf(numbers), "no gap and no number skipped");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelCapturesOfOnePersonAllSucceed() throws Exception {
        String lastName = "Gleichzeitig" + unique().replaceAll("[0-9]", "");
        int parallel = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                String body = capture("Gleichzeitig " + i).add("customer", Json.createObjectBuilder()
                        .add("firstName", "Clara").add("lastName", lastName).add("email", "clara." + unique() + "@example.de")
                        .add("street", "Lindenallee 4").add("postalCode", "04109").add("city", "Leipzig")).build().toString();
                replies.add(pool.submit(() -> {
                    start.await();
                    return Api.as(base, "handler.service").post("complaints", body);
                }));
            }
            start.countDown();
            for (Future<Api.Reply> future : replies) {
                Api.Reply reply = future.get(120, TimeUnit.SECONDS);
                assertEquals(201, reply.status(), "captures that link each other's customer: " + reply.body());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
