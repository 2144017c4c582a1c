package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonObject;
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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.action;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.assertProblem;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.caseNumbers;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.sequenceOf;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.transition;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.transitioned;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what: HTTP Basic with the demo users, 401 without valid credentials, 403 for the
 * roles that never work cases, and another department's case looks exactly like no case at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintApiSecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    /** Every endpoint once, for one case: what each test runs as different callers. */
    private static Map<String, Function<Api, Api.Reply>> endpoints(String caseNumber, String etag) {
        String body = capture("Unbefugt " + unique()).build().toString();
        Map<String, Function<Api, Api.Reply>> calls = new LinkedHashMap<>();
        calls.put("GET list", api -> api.get("complaints"));
        calls.put("GET case", api -> api.get("complaints/" + caseNumber));
        calls.put("POST capture", api -> api.post("complaints", body));
        calls.put("POST transition", api -> transition(api, caseNumber, etag, "ACKNOWLEDGE"));
        calls.put("POST step", api -> api.post("complaints/" + caseNumber + "/steps", "{\"description\":\"Unbefugt\"}"));
        calls.put("PATCH step", api -> api.patch("complaints/" + caseNumber + "/steps/1", "{\"state\":\"DONE\"}", "\"0\""));
        return calls;
    }

    private Api.Reply withAuthorization(String authorization, String path) {
        Api api = Api.anonymous(base);
        return api.send(api.request(path).header("Authorization", authorization).GET());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutOrWithWrongCredentialsEveryEndpointIs401AndChangesNothing() {
        Api handler = Api.as(base, "handler.service");
        JsonObject before = captured(handler, capture("Vorher " + unique()));
        String caseNumber = before.getString("caseNumber");
        Map<String, Api> intruders = new LinkedHashMap<>();
        intruders.put("anonymous", Api.anonymous(base));
        // Other users than the handler's own: repeated failures lock a user name (LoginThrottle).
        intruders.put("wrong password", Api.as(base, "handler.abrechnung", "falsch"));
        intruders.put("empty password", Api.as(base, "handler.logistik", ""));
        intruders.put("unknown user", Api.as(base, "niemand", "demo"));
        intruders.put("SQL as user", Api.as(base, "' OR '1'='1", "' OR '1'='1"));

        for (Map.Entry<String, Api> intruder : intruders.entrySet()) {
            for (Map.Entry<String, Function<Api, Api.Reply>> call : endpoints(caseNumber, "\"0\"").entrySet()) {
                Api.Reply reply = call.getValue().apply(intruder.getValue());
                if (reply.status() == 429) {
                    assertNotEquals("anonymous", intruder.getKey(), "only failed logins are throttled: " + call.getKey());
                    continue;
                }

                assertEquals(401, reply.status(), intruder.getKey() + " " + call.getKey() + ": " + reply.body());
                assertNotNull(reply.header("WWW-Authenticate"), intruder.getKey() + " " + call.getKey());
                assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"), reply.header("WWW-Authenticate"));
            }
        }

        JsonObject after = captured(handler, capture("Nachher " + unique()));
        assertEquals(sequenceOf(caseNumber) + 1, sequenceOf(after.getString("caseNumber")), "no capture got through");
        assertEquals("NEW", handler.get("complaints/" + caseNumber).json().getString("status"));
    }

    @Test
    void malformedAuthorizationHeadersAre401() {
        for (String authorization : List.of("Basic", "Basic !!!keinbase64!!!", basic("ohne-doppelpunkt"),
                basic(":demo"), "Bearer eyJhbGciOiJub25lIn0.e30.", "Digest username=\"handler.service\"",
                "Basic " + Base64.getEncoder().encodeToString(new byte[]{(byte) 0xff, (byte) 0xfe, ':', 'x'}))) {
            Api.Reply reply = withAuthorization(authorization, "complaints");

            assertEquals(401, reply.status(), authorization + ": " + reply.body());
        }
    }

    @Test
    void executivesAndAdminsAreForbiddenOnEveryComplaintEndpoint() {
        Api handler = Api.as(base, "handler.service");
        JsonObject before = captured(handler, capture("Vorher " + unique()));
        String caseNumber = before.getString("caseNumber");

        for (String user : List.of("executive", "admin")) {
            for (Map.Entry<String, Function<Api, Api.Reply>> call : endpoints(caseNumber, "\"0\"").entrySet()) {
                Api.Reply reply = call.getValue().apply(Api.as(base, user));

                assertEquals(403, reply.status(), user + " " + call.getKey() + ": " + reply.body());
                assertProblem(403, reply);
                assertFalse(reply.body().contains("Mustermann"), "no customer data for " + user);
            }
        }

        JsonObject after = captured(handler, capture("Nachher " + unique()));
        assertEquals(sequenceOf(caseNumber) + 1, sequenceOf(after.getString("caseNumber")), "no capture got through");
        assertEquals("NEW", handler.get("complaints/" + caseNumber).json().getString("status"));
    }

    @Test
    void anotherDepartmentsCaseLooksExactlyLikeANonExistentOne() {
        Api service = Api.as(base, "handler.service");
        Api logistics = Api.as(base, "handler.logistik");
        String marker = unique();
        JsonObject serviceCase = captured(service, capture("Nur Service " + marker));
        String caseNumber = serviceCase.getString("caseNumber");
        String etag = service.get("complaints/" + caseNumber).header("ETag");
        Api.Reply step = service.post("complaints/" + caseNumber + "/steps", "{\"description\":\"Service-intern\"}");
        assertEquals(201, step.status(), step.body());
        String stepPath = "/steps/" + step.json().getJsonNumber("id").longValue();
        String missing = "BE-" + caseNumber.substring(3, 7) + "-999999";

        Api.Reply foreign = logistics.get("complaints/" + caseNumber);
        Api.Reply nonExistent = logistics.get("complaints/" + missing);
        assertProblem(404, foreign);
        assertProblem(404, nonExistent);
        assertEquals(nonExistent.body(), foreign.body(), "the 404 must not tell a foreign case from a missing one");
        assertEquals(nonExistent.contentType(), foreign.contentType());
        assertEquals(nonExistent.header("ETag"), foreign.header("ETag"));

        Map<String, Function<String, Api.Reply>> changes = new LinkedHashMap<>();
        changes.put("transition", number -> transition(logistics, number, etag, "ACKNOWLEDGE"));
        changes.put("add step", number -> logistics.post("complaints/" + number + "/steps", "{\"description\":\"Fremd\"}"));
        changes.put("finish step", number -> logistics.patch("complaints/" + number + stepPath,
                "{\"state\":\"DONE\"}", step.header("ETag")));
        for (Map.Entry<String, Function<String, Api.Reply>> change : changes.entrySet()) {
            Api.Reply onForeign = change.getValue().apply(caseNumber);
            Api.Reply onMissing = change.getValue().apply(missing);

            assertProblem(404, onForeign);
            assertEquals(onMissing.status(), onForeign.status(), change.getKey());
            assertEquals(onMissing.body(), onForeign.body(), change.getKey());
        }

        Api.Reply list = logistics.get("complaints?q=" + marker);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.json().getJsonArray("items").isEmpty(), "not in another department's list: " + list.body());
        JsonObject unchanged = service.get("complaints/" + caseNumber).json();
        assertEquals("NEW", unchanged.getString("status"));
        assertEquals(1, unchanged.getJsonArray("steps").size());
        assertEquals("OPEN", unchanged.getJsonArray("steps").getJsonObject(0).getString("state"));
    }

    @Test
    void colleaguesAndManagersOfTheSameDepartmentWorkTheCase() {
        Api capturer = Api.as(base, "handler.service");
        String marker = unique();
        JsonObject created = captured(capturer, capture("Teamarbeit " + marker));
        String caseNumber = created.getString("caseNumber");

        Api colleague = Api.as(base, "handler.service2");
        Api manager = Api.as(base, "manager.service");
        Api.Reply seen = colleague.get("complaints/" + caseNumber);
        assertEquals(200, seen.status(), seen.body());
        String etag = transitioned(colleague, caseNumber, seen.header("ETag"), action("ACKNOWLEDGE"), "ACKNOWLEDGED");
        transitioned(manager, caseNumber, etag, action("START"), "IN_PROGRESS");

        assertEquals(List.of(caseNumber), caseNumbers(manager.get("complaints?q=" + marker).json()));
        assertEquals(List.of(caseNumber), caseNumbers(colleague.get("complaints?q=" + marker).json()));
    }

    /** Signs in with Basic once and returns the cookies the API answered with, as a Cookie header (or null). */
    private String sessionCookieOf(Api api) {
        Api.Reply signedIn = api.get("complaints?size=1");
        assertEquals(200, signedIn.status(), signedIn.body());
        List<String> cookies = signedIn.response().headers().allValues("Set-Cookie");
        return cookies.isEmpty() ? null : String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList());
    }

    private static Api.Reply withCookie(Api api, String path, String cookie) {
        HttpRequest.Builder request = api.request(path);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return api.send(request.GET());
    }

    /**
     * "401 without or with wrong credentials": the session cookie an earlier request left behind
     * must not stand in for the credentials of this one.
     */
    @Test
    void wrongOrMissingCredentialsAre401EvenWithTheSessionCookieOfAnEarlierRequest() {
        Api handler = Api.as(base, "handler.service");
        String marker = unique();
        captured(handler, capture("Sitzung " + marker));
        String cookie = sessionCookieOf(handler);

        Api.Reply withWrongPassword = withCookie(Api.as(base, "handler.service", "falsch"), "complaints?q=" + marker, cookie);
        Api.Reply withoutCredentials = withCookie(Api.anonymous(base), "complaints?q=" + marker, cookie);

        assertEquals(401, withWrongPassword.status(), "cookie " + cookie + ": " + withWrongPassword.body());
        assertEquals(401, withoutCredentials.status(), "cookie " + cookie + ": " + withoutCredentials.body());
    }

    /** The caller is whom this request's credentials name, not whom an old session cookie names. */
    @Test
    void theCredentialsOfTheRequestDecideWhoTheCallerIsNotASessionCookie() {
        Api service = Api.as(base, "handler.service");
        String marker = unique();
        JsonObject serviceCase = captured(service, capture("Identität " + marker));
        String cookie = sessionCookieOf(service);

        Api.Reply asLogistics = withCookie(Api.as(base, "handler.logistik"), "complaints?q=" + marker, cookie);
        Api.Reply caseAsLogistics = withCookie(Api.as(base, "handler.logistik"),
                "complaints/" + serviceCase.getString("caseNumber"), cookie);

        assertEquals(200, asLogistics.status(), asLogistics.body());
        assertTrue(asLogistics.json().getJsonArray("items").isEmpty(),
                "handler.logistik must see the logistics department, not the cookie's: " + asLogistics.body());
        assertEquals(404, caseAsLogistics.status(), caseAsLogistics.body());
    }

    /** Like every other API error, a 401 is application/problem+json, not the HTML error page of the web UI. */
    @Test
    void theProblemOfA401IsMachineReadableAndSaysNothingAboutTheUser() {
        Api.Reply unknownUser = Api.as(base, "niemand", "demo").get("complaints");
        Api.Reply wrongPassword = Api.as(base, "handler.service", "falsch").get("complaints");

        assertProblem(401, unknownUser);
        assertProblem(401, wrongPassword);
        assertEquals(unknownUser.body(), wrongPassword.body(), "no hint whether the user exists");
        Api anonymous = Api.anonymous(base);
        Api.Reply text = anonymous.send(anonymous.request("complaints").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertProblem(401, text);
    }
}
