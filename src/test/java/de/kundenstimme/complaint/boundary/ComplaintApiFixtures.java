package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request bodies and checks the ComplaintApi*IT tests share, and other tests that need a case. */
public final class ComplaintApiFixtures {

    static final String PROBLEM_JSON = "application/problem+json";

    private ComplaintApiFixtures() {
    }

    /** A marker no earlier run has used, to find exactly this test's cases and customers. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A new customer with name and e-mail. */
    static JsonObjectBuilder newCustomer(String email) {
        return Json.createObjectBuilder()
                .add("salutation", "Frau")
                .add("firstName", "Erika")
                .add("lastName", "Mustermann")
                .add("email", email);
    }

    /** A complete, valid capture for the SERVICE department (category PRODUKT_DEFEKT) and a new customer. */
    public static JsonObjectBuilder capture(String subject) {
        return Json.createObjectBuilder()
                .add("channel", "PHONE")
                .add("categoryCode", "PRODUKT_DEFEKT")
                .add("priority", "NORMAL")
                .add("subject", subject)
                .add("verbatim", "Die Maschine tropft seit gestern. (" + subject + ")")
                .add("customer", newCustomer("kunde." + unique() + "@example.de"));
    }

    static Api.Reply post(Api api, JsonObjectBuilder body) {
        return api.post("complaints", body.build().toString());
    }

    /** Captures and insists on 201: for the cases a test needs as its starting point. */
    public static JsonObject captured(Api api, JsonObjectBuilder body) {
        Api.Reply reply = post(api, body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    static JsonObject read(Api api, String caseNumber) {
        Api.Reply reply = api.get("complaints/" + caseNumber);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** The running number of BE-2026-000123: 123. */
    public static long sequenceOf(String caseNumber) {
        assertTrue(caseNumber.matches("BE-\\d{4}-\\d{6}"), caseNumber);
        return Long.parseLong(caseNumber.substring(8));
    }

    /** The running number of K-0000123: 123. */
    static long customerSequenceOf(JsonObject complaint) {
        String number = complaint.getJsonObject("customer").getString("customerNumber");
        assertTrue(number.matches("K-\\d{7}"), number);
        return Long.parseLong(number.substring(2));
    }

    static Api.Reply transition(Api api, String caseNumber, String ifMatch, String action) {
        return transition(api, caseNumber, ifMatch, Json.createObjectBuilder().add("action", action));
    }

    static Api.Reply transition(Api api, String caseNumber, String ifMatch, JsonObjectBuilder body) {
        return api.post("complaints/" + caseNumber + "/transitions", body.build().toString(), ifMatch);
    }

    /** Applies the action and insists on 200; returns the new ETag. */
    static String transitioned(Api api, String caseNumber, String ifMatch, JsonObjectBuilder body, String expectedStatus) {
        Api.Reply reply = transition(api, caseNumber, ifMatch, body);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(expectedStatus, reply.json().getString("status"), reply.body());
        assertNotNull(reply.header("ETag"), "a changed case has a new ETag");
        return reply.header("ETag");
    }

    static JsonObjectBuilder action(String action) {
        return Json.createObjectBuilder().add("action", action);
    }

    /** An RFC 9457 problem with the given status: the header, the media type and the body agree. */
    static JsonObject assertProblem(int expectedStatus, Api.Reply reply) {
        assertEquals(expectedStatus, reply.status(), reply.body());
        assertNotNull(reply.contentType(), "problem responses have a media type");
        assertTrue(reply.contentType().startsWith(PROBLEM_JSON), reply.contentType() + ": " + reply.body());
        JsonObject problem = reply.json();
        assertEquals(expectedStatus, problem.getInt("status"), reply.body());
        assertFalse(problem.getString("title", "").isBlank(), reply.body());
        assertFalse(reply.body().contains("Exception"), "no exception names leak: " + reply.body());
        assertFalse(reply.body().toLowerCase().contains("sql"), "no SQL leaks: " + reply.body());
        return problem;
    }

    /** A 400 problem whose errors name exactly these fields, each with a message. */
    static JsonObject assertInvalid(Api.Reply reply, String... fields) {
        JsonObject problem = assertProblem(400, reply);
        assertEquals(Set.of(fields), errorFields(problem), reply.body());
        for (JsonValue error : problem.getJsonArray("errors")) {
            assertFalse(error.asJsonObject().getString("message", "").isBlank(), reply.body());
        }
        return problem;
    }

    static Set<String> errorFields(JsonObject problem) {
        JsonArray errors = problem.getJsonArray("errors");
        if (errors == null) {
            return Set.of();
        }
        return errors.stream().map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
    }

    /** The case numbers of a list page, in the order given. */
    static List<String> caseNumbers(JsonObject page) {
        return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("caseNumber")).toList();
    }

    static String repeat(String text, int length) {
        return text.repeat(length / text.length() + 1).substring(0, length);
    }
}
