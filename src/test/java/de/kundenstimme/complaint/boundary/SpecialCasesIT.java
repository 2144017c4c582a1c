package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Special-case flags on capture and later, and the computed repeat-complainant marker. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpecialCasesIT {

    private static final String HANDLER = "handler.service";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void flagsGivenOnCaptureAreStoredAndOthersAreFalse() {
        Api.Reply reply = Api.as(base, HANDLER).post("complaints", """
                {"channel":"LETTER","categoryCode":"PRODUKT_DEFEKT","priority":"HIGH","subject":"Brief an den Vorstand",
                 "verbatim":"Ich schreibe direkt an den Vorstand und schalte meinen Anwalt ein.",
                 "customer":{"lastName":"Vorstand","email":"vorstand.test@example.de"},
                 "addressedToBoard":true,"legalThreat":true}
                """);

        assertEquals(201, reply.status(), reply.body());
        String caseNumber = reply.json().getString("caseNumber");
        JsonObject stored = Api.as(base, HANDLER).get("complaints/" + caseNumber).json();
        assertTrue(stored.getBoolean("addressedToBoard"));
        assertTrue(stored.getBoolean("legalThreat"));
        assertFalse(stored.getBoolean("publicThreat"));
        assertEquals(List.of("CAPTURED", "CHANGED", "CHANGED"), Database.historyActions(caseNumber));
    }

    @Test
    void aHandlerSetsAndClearsFlagsLaterWithHistoryAndTheCasesVersion() {
        Api handler = Api.as(base, HANDLER);
        Api.Reply captured = capture(newCustomerReference("Flagge"), null);
        String caseNumber = captured.json().getString("caseNumber");
        assertFalse(captured.json().getBoolean("publicThreat"));
        String path = "complaints/" + caseNumber + "/special-cases";

        Api.Reply flagged = handler.patch(path, "{\"publicThreat\":true}", captured.header("ETag"));

        assertEquals(200, flagged.status(), flagged.body());
        assertTrue(flagged.json().getBoolean("publicThreat"));
        assertEquals(412, handler.patch(path, "{\"publicThreat\":false}", captured.header("ETag")).status());
        Api.Reply cleared = handler.patch(path, "{\"publicThreat\":false,\"legalThreat\":null}", flagged.header("ETag"));
        assertEquals(200, cleared.status(), cleared.body());
        assertFalse(cleared.json().getBoolean("publicThreat"));
        assertEquals(List.of("true", "false"), Database.strings("select h.new_value from complaint_history h"
                + " join complaint c on c.id = h.complaint_id where c.case_number = ? and h.field = 'publicThreat'"
                + " order by h.id", caseNumber));
        assertEquals(404, Api.as(base, "handler.logistik").patch(path, "{\"publicThreat\":true}", cleared.header("ETag")).status());
    }

    @Test
    void theThirdComplaintWithinTwelveMonthsIsMarkedAsRepeatComplaint() {
        String subject = "Wiederholung " + UUID.randomUUID();
        Instant now = Instant.now();
        Api.Reply first = capture(newCustomerReference("Wiederholer"), now.minus(400, ChronoUnit.DAYS), subject);
        long customerId = first.json().getJsonObject("customer").getJsonNumber("id").longValue();
        String existing = "{\"customerId\":" + customerId + "}";

        Api.Reply second = capture(existing, now.minus(300, ChronoUnit.DAYS), subject);
        Api.Reply third = capture(existing, now.minus(2, ChronoUnit.HOURS), subject);
        Api.Reply fourth = capture(existing, null, subject);

        assertRepeat(first.json(), false, 1);
        assertRepeat(second.json(), false, 2);
        assertRepeat(third.json(), false, 2);
        assertRepeat(fourth.json(), true, 3);
        JsonObject thirdAgain = Api.as(base, HANDLER).get("complaints/" + third.json().getString("caseNumber")).json();
        assertRepeat(thirdAgain, false, 2);

        Map<String, Boolean> listed = Api.as(base, HANDLER)
                .get("complaints?q=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("caseNumber"), c -> c.getBoolean("repeatComplainant")));
        assertEquals(Map.of(first.json().getString("caseNumber"), false, second.json().getString("caseNumber"), false,
                third.json().getString("caseNumber"), false, fourth.json().getString("caseNumber"), true), listed);
    }

    @Test
    void theThirdComplaintInARowIsARepeatComplaint() {
        String subject = "Dreimal " + UUID.randomUUID();
        Api.Reply first = capture(newCustomerReference("Dreimal"), null, subject);
        String existing = "{\"customerId\":" + first.json().getJsonObject("customer").getJsonNumber("id").longValue() + "}";

        Api.Reply second = capture(existing, null, subject);
        Api.Reply third = capture(existing, null, subject);

        assertRepeat(first.json(), false, 1);
        assertRepeat(second.json(), false, 2);
        assertRepeat(third.json(), true, 3);
    }

    private static void assertRepeat(JsonObject complaint, boolean repeat, int count) {
        assertEquals(repeat, complaint.getBoolean("repeatComplainant"), complaint.toString());
        assertEquals(count, complaint.getInt("complaintsIn12Months"), complaint.toString());
    }

    private static String newCustomerReference(String lastName) {
        return "{\"lastName\":\"" + lastName + "\",\"email\":\"" + UUID.randomUUID() + "@example.de\"}";
    }

    private Api.Reply capture(String customer, Instant receivedAt) {
        return capture(customer, receivedAt, "Besonderer Fall");
    }

    private Api.Reply capture(String customer, Instant receivedAt, String subject) {
        String received = receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt + "\"";
        Api.Reply reply = Api.as(base, HANDLER).post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL","subject":"%s",
                 "verbatim":"Schon wieder ein Problem.","customer":%s%s}
                """.formatted(subject, customer, received));
        assertEquals(201, reply.status(), reply.body());
        return reply;
    }
}
