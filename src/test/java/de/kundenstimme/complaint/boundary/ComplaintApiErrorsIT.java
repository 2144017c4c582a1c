package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.TestDatabase;
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
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.assertInvalid;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.assertProblem;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.customerSequenceOf;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.errorFields;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.newCustomer;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.post;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.repeat;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.sequenceOf;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything a client can get wrong: a clear 4xx problem, never a 500, and a refused capture
 * leaves nothing behind (no case number, no customer).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintApiErrorsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anEmptyCaptureNamesEveryRequiredField() {
        Api.Reply reply = Api.as(base, "handler.service").post("complaints", "{}");

        JsonObject problem = assertInvalid(reply, "channel", "categoryCode", "customer", "priority", "subject", "verbatim");
        assertFalse(problem.getString("detail", "").isBlank(), reply.body());
    }

    @Test
    void blankTextsCountAsMissing() {
        Api.Reply reply = post(Api.as(base, "handler.service"), capture("   ").add("verbatim", " \n\t "));

        assertInvalid(reply, "subject", "verbatim");
    }

    @Test
    void fieldsOverTheirLimitsOrOutOfFormatAreNamed() {
        Api.Reply reply = post(Api.as(base, "handler.service"), capture(repeat("Betreff ", 201))
                .add("verbatim", repeat("Wortlaut ", 20_001))
                .add("desiredOutcome", repeat("Wunsch ", 5_001))
                .add("customer", Json.createObjectBuilder()
                        .add("salutation", repeat("Frau ", 21))
                        .add("firstName", repeat("Erika", 101))
                        .add("lastName", repeat("Mustermann", 101))
                        .add("company", repeat("Firma", 161))
                        .add("email", "keine-adresse")
                        .add("phone", "ruf mich an")
                        .add("street", repeat("Straße ", 161))
                        .add("postalCode", "1")
                        .add("city", repeat("Köln", 101))));

        assertInvalid(reply, "subject", "verbatim", "desiredOutcome", "customer.salutation", "customer.firstName",
                "customer.lastName", "customer.company", "customer.email", "customer.phone", "customer.street",
                "customer.postalCode", "customer.city");
    }

    @Test
    void textsExactlyAtTheirLimitsAreStoredCompletely() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        String subject = repeat("Ä " + marker + " ", 200);
        String verbatim = repeat("Der Kunde sagt: 😡 ", 20_000);
        String outcome = repeat("Geld zurück € ", 5_000);

        JsonObject created = captured(api, capture(subject).add("verbatim", verbatim).add("desiredOutcome", outcome));
        JsonObject stored = api.get("complaints/" + created.getString("caseNumber")).json();

        assertEquals(subject.strip(), stored.getString("subject"));
        assertEquals(verbatim, stored.getString("verbatim"));
        assertEquals(outcome.strip(), stored.getString("desiredOutcome"));
    }

    @Test
    void businessRulesAreRefusedWithTheirField() {
        Api api = Api.as(base, "handler.service");

        assertInvalid(post(api, capture("Kategorie " + unique()).add("categoryCode", "GIBT_ES_NICHT")), "categoryCode");
        assertInvalid(post(api, capture("Produkt " + unique()).add("productCode", "GIBT-ES-NICHT")), "productCode");
        assertInvalid(post(api, capture("Kunde " + unique())
                .add("customer", Json.createObjectBuilder().add("customerId", Long.MAX_VALUE))), "customer.customerId");
        assertInvalid(post(api, capture("Netzwerk " + unique()).add("channel", "SOCIAL_MEDIA")), "socialNetwork");
        assertInvalid(post(api, capture("Zukunft " + unique())
                .add("receivedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())), "receivedAt");
        assertInvalid(post(api, capture("Ohne Namen " + unique())
                .add("customer", Json.createObjectBuilder().add("firstName", "Erika").add("email", unique() + "@example.de"))),
                "customer.lastName");
        assertInvalid(post(api, capture("Ohne Kontakt " + unique())
                .add("customer", Json.createObjectBuilder().add("lastName", "Mustermann").add("city", "Köln"))),
                "customer.email");
    }

    /** Case numbers have four-digit years; a typo like year 1 or 0999 must be refused, not crash the capture. */
    @Test
    void aReceiptDateBeforeTheYear1000IsRefusedAsInvalidNotAServerError() {
        Api api = Api.as(base, "handler.service");
        for (String receivedAt : List.of("0001-01-01T00:00:00Z", "0999-12-30T12:00:00Z")) {
            Api.Reply reply = post(api, capture("Uralt " + unique()).add("receivedAt", receivedAt));

            JsonObject problem = assertProblem(400, reply);
            assertTrue(errorFields(problem).contains("receivedAt"), reply.body());
        }
    }

    @Test
    void unreadableBodiesAreBadRequests() {
        Api api = Api.as(base, "handler.service");
        String valid = capture("Kaputt " + unique()).build().toString();
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("broken JSON", "{\"channel\":\"PHONE\",");
        bodies.put("not JSON", "Hallo, ich möchte mich beschweren");
        bodies.put("a string", "\"PHONE\"");
        bodies.put("unknown channel", valid.replace("\"PHONE\"", "\"FAX\""));
        bodies.put("unknown priority", valid.replace("\"NORMAL\"", "\"URGENT\""));
        bodies.put("priority as number", valid.replace("\"NORMAL\"", "5"));
        bodies.put("unknown social network", valid.replace("\"channel\":\"PHONE\"",
                "\"channel\":\"SOCIAL_MEDIA\",\"socialNetwork\":\"MYSPACE\""));
        bodies.put("customer as string", valid.replaceFirst("\"customer\":\\{[^}]*}", "\"customer\":\"Erika\""));
        bodies.put("customerId as text", valid.replaceFirst("\"customer\":\\{[^}]*}", "\"customer\":{\"customerId\":\"x\"}"));
        bodies.put("receivedAt as words", valid.replace("{", "{\"receivedAt\":\"gestern\","));
        bodies.put("receivedAt as date", valid.replace("{", "{\"receivedAt\":\"2026-03-01\","));
        bodies.put("receivedAt impossible", valid.replace("{", "{\"receivedAt\":\"2026-02-30T10:00:00Z\","));
        bodies.put("subject as object", valid.replaceFirst("\"subject\":\"[^\"]*\"", "\"subject\":{\"text\":1}"));
        bodies.put("deeply nested", "{\"customer\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}");
        bodies.put("empty", "");
        bodies.put("null", "null");

        for (Map.Entry<String, String> body : bodies.entrySet()) {
            Api.Reply reply = api.post("complaints", body.getValue());

            assertEquals(400, reply.status(), body.getKey() + ": " + reply.body());
            assertProblem(400, reply);
        }
    }

    /** One capture is one object; a list of complaints must not be half taken (the first saved, the rest dropped). */
    @Test
    void aJsonArrayOfComplaintsIsRefusedAndNothingIsSaved() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        String first = capture("Liste " + marker + " eins").build().toString();
        String second = capture("Liste " + marker + " zwei").build().toString();

        for (String body : List.of("[" + first + "," + second + "]", "[" + first + "]")) {
            Api.Reply reply = api.post("complaints", body);

            assertProblem(400, reply);
        }
        Api.Reply search = api.get("complaints?q=" + URLEncoder.encode("Liste " + marker, StandardCharsets.UTF_8));
        assertEquals(200, search.status(), search.body());
        assertTrue(search.json().getJsonArray("items").isEmpty(), "nothing saved: " + search.body());
    }

    /**
     * Undertow refuses bodies over 10 MB before the application sees them: with 413/400, or by
     * resetting the stream. Either way no server error, and nothing is saved.
     */
    /** Yasson rounds 41.9 down to 41: the complaint would silently go to another customer. */
    @Test
    void aFractionalCustomerIdIsRefusedNotRoundedToAnotherCustomer() {
        Api api = Api.as(base, "handler.service");
        JsonObject existing = captured(api, capture("Kunde " + unique()));
        long customerId = existing.getJsonObject("customer").getJsonNumber("id").longValue();
        String marker = unique();

        Api.Reply reply = api.post("complaints", capture("Bruchzahl " + marker).build().toString()
                .replaceFirst("\"customer\":\\{[^}]*}", "\"customer\":{\"customerId\":" + customerId + ".9}"));

        assertProblem(400, reply);
        Api.Reply search = api.get("complaints?q=" + marker);
        assertTrue(search.json().getJsonArray("items").isEmpty(), "nothing saved: " + search.body());
    }

    @Test
    void aBodyOverTheServersLimitIsRefusedWithoutAServerErrorAndNothingIsSaved() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        String huge = capture("Riesig " + marker).add("verbatim", repeat("x", 11 * 1024 * 1024)).build().toString();

        try {
            Api.Reply reply = api.post("complaints", huge);
            assertTrue(reply.status() == 400 || reply.status() == 413, reply.status() + " " + reply.body());
        } catch (IllegalStateException refusedOnTheWire) {
            assertTrue(refusedOnTheWire.getCause() instanceof java.io.IOException, refusedOnTheWire.toString());
        }

        Api.Reply search = api.get("complaints?q=" + marker);
        assertEquals(200, search.status(), search.body());
        assertTrue(search.json().getJsonArray("items").isEmpty(), search.body());
    }

    @Test
    void aTextOfAMegabyteWithinTheBodyLimitIsRefusedByItsField() {
        Api.Reply reply = post(Api.as(base, "handler.service"), capture("Lang " + unique())
                .add("verbatim", repeat("Wortlaut ", 1_000_000)));

        assertInvalid(reply, "verbatim");
    }

    @Test
    void otherMediaTypesAre415And406() {
        Api api = Api.as(base, "handler.service");
        String caseNumber = captured(api, capture("Medientyp " + unique())).getString("caseNumber");

        assertProblem(415, api.send(api.request("complaints").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(capture("Text " + unique()).build().toString()))));
        assertProblem(415, api.send(api.request("complaints").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<complaint/>"))));
        assertProblem(406, api.send(api.request("complaints/" + caseNumber).setHeader("Accept", "application/xml").GET()));
        assertProblem(406, api.send(api.request("complaints?size=1").setHeader("Accept", "application/xml").GET()));
    }

    @Test
    void failedCapturesLeaveNoTrace() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        JsonObject before = captured(api, capture("Vorher " + marker));
        List<String> emails = new ArrayList<>();
        List<Supplier<Api.Reply>> failures = new ArrayList<>();
        for (String[] field : new String[][]{{"categoryCode", "GIBT_ES_NICHT"}, {"productCode", "GIBT-ES-NICHT"},
                {"receivedAt", "2999-01-01T00:00:00Z"}, {"receivedAt", "0001-01-01T00:00:00Z"},
                {"channel", "SOCIAL_MEDIA"}, {"subject", repeat("x", 201)}}) {
            String email = "spurlos." + unique() + "@example.de";
            emails.add(email);
            String body = capture("Fehlversuch " + marker).add(field[0], field[1])
                    .add("customer", newCustomer(email)).build().toString();
            failures.add(() -> api.post("complaints", body));
        }
        String plainEmail = "spurlos." + unique() + "@example.de";
        emails.add(plainEmail);
        String plainBody = capture("Fehlversuch " + marker).add("customer", newCustomer(plainEmail)).build().toString();
        failures.add(() -> api.send(api.request("complaints").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(plainBody))));
        failures.add(() -> api.send(api.request("complaints").header("Content-Type", "application/json")
                .setHeader("Accept", "application/xml").POST(HttpRequest.BodyPublishers.ofString(plainBody))));
        failures.add(() -> Api.as(base, "executive").post("complaints", plainBody));
        failures.add(() -> Api.anonymous(base).post("complaints", plainBody));

        for (Supplier<Api.Reply> failure : failures) {
            Api.Reply reply = failure.get();
            assertTrue(reply.status() >= 400, "refused: " + reply.status() + " " + reply.body());
        }
        JsonObject after = captured(api, capture("Nachher " + marker));

        assertEquals(sequenceOf(before.getString("caseNumber")) + 1, sequenceOf(after.getString("caseNumber")),
                "no case number was used up by a refused capture");
        assertEquals(customerSequenceOf(before) + 1, customerSequenceOf(after),
                "no customer number was used up by a refused capture");
        for (String email : emails) {
            assertEquals(0, TestDatabase.customersWithEmail(email), "no customer saved for " + email);
        }
        Api.Reply search = api.get("complaints?q=" + URLEncoder.encode("Fehlversuch " + marker, StandardCharsets.UTF_8));
        assertEquals(200, search.status(), search.body());
        assertTrue(search.json().getJsonArray("items").isEmpty(), search.body());
    }

    @Test
    void unknownCaseNumbersAre404WithoutTellingWhy() {
        Api api = Api.as(base, "handler.service");
        List<String> details = new ArrayList<>();
        for (String caseNumber : List.of("BE-2026-999999", "BE-1999-000001", "unsinn",
                URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8), "%25", repeat("BE-", 400))) {
            Api.Reply reply = api.get("complaints/" + caseNumber);

            details.add(assertProblem(404, reply).getString("detail", ""));
        }
        assertEquals(1, details.stream().distinct().count(), "one answer for every unknown case: " + details);
    }

    @Test
    void invalidListParametersAreNamed() {
        Api api = Api.as(base, "handler.service");
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("size=0", "size");
        parameters.put("size=101", "size");
        parameters.put("size=-5", "size");
        parameters.put("scope=EVERYTHING", "scope");
        parameters.put("status=OPEN", "status");
        parameters.put("channel=FAX", "channel");
        parameters.put("priority=URGENT", "priority");
        parameters.put("from=2026-02-30", "from");
        parameters.put("to=gestern", "to");
        parameters.put("cursor=kaputt", "cursor");
        parameters.put("cursor=" + java.util.Base64.getUrlEncoder().encodeToString("2026|x".getBytes(StandardCharsets.UTF_8)),
                "cursor");
        parameters.put("q=" + "x".repeat(201), "q");

        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            Api.Reply reply = api.get("complaints?" + parameter.getKey());

            assertInvalid(reply, parameter.getValue());
        }
    }

    /** "400 malformed/invalid": a number parameter that is no number is malformed, not a missing resource. */
    @Test
    void nonNumericNumberParametersAreBadRequestsNotNotFound() {
        Api api = Api.as(base, "handler.service");
        for (String parameter : List.of("size=zehn", "size=1.5", "category=PRODUKT", "owner=handler.service")) {
            Api.Reply reply = api.get("complaints?" + parameter);

            assertProblem(400, reply);
        }
    }

    @Test
    void unsupportedMethodsAre405Problems() {
        Api api = Api.as(base, "handler.service");
        String caseNumber = captured(api, capture("Methode " + unique())).getString("caseNumber");

        assertProblem(405, api.send(api.request("complaints/" + caseNumber).DELETE()));
        assertProblem(405, api.send(api.request("complaints/" + caseNumber).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))));
        assertEquals("NEW", api.get("complaints/" + caseNumber).json().getString("status"));
    }
}
