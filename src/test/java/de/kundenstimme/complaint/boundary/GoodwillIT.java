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

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Goodwill through the REST API: limits, the manager's decision, four eyes, departments, cents, versions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GoodwillIT {

    private static final String HANDLER = "handler.service";
    private static final String MANAGER = "manager.service";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void withinTheHandlersLimitGoodwillIsGrantedAtOnceAndCountsInTheTotal() {
        String caseNumber = newCase();

        Api.Reply reply = propose(HANDLER, caseNumber, "{\"kind\":\"VOUCHER\",\"amount\":50.00,\"description\":\"Gutschein\"}");

        assertEquals(201, reply.status(), reply.body());
        JsonObject goodwill = reply.json();
        assertEquals("GRANTED", goodwill.getString("status"));
        assertAmount("50.00", goodwill);
        assertEquals(HANDLER, goodwill.getString("proposedBy"));
        assertNotNull(reply.header("ETag"));
        assertTrue(reply.header("Location").endsWith("/goodwill/" + goodwill.getJsonNumber("id").longValue()));
        JsonObject complaint = Api.as(base, HANDLER).get("complaints/" + caseNumber).json();
        assertEquals(1, complaint.getJsonArray("goodwill").size());
        assertEquals(0, new BigDecimal("50.00").compareTo(complaint.getJsonNumber("goodwillTotal").bigDecimalValue()));
        assertEquals(List.of("CAPTURED", "GOODWILL_GRANTED"), Database.historyActions(caseNumber));
    }

    @Test
    void aboveTheLimitItWaitsAndTheDepartmentsManagerApproves() {
        String caseNumber = newCase();

        Api.Reply proposed = propose(HANDLER, caseNumber,
                "{\"kind\":\"REFUND\",\"amount\":\"120.50\",\"description\":\"Teilerstattung\"}");

        assertEquals(201, proposed.status(), proposed.body());
        assertEquals("PROPOSED", proposed.json().getString("status"));
        assertTotal(caseNumber, "0.00");
        assertTrue(pendingCaseNumbers(MANAGER).contains(caseNumber), "the manager's approval list shows it");
        assertFalse(pendingCaseNumbers("manager.logistik").contains(caseNumber), "not another department's manager");
        assertEquals(403, Api.as(base, HANDLER).get("goodwill-approvals").status(), "handlers have no approval list");
        Api.Reply approved = decide(MANAGER, caseNumber, proposed, "{\"decision\":\"APPROVE\"}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("GRANTED", approved.json().getString("status"));
        assertEquals(MANAGER, approved.json().getString("decidedBy"));
        assertAmount("120.50", approved.json());
        assertTotal(caseNumber, "120.50");
        assertEquals(List.of("CAPTURED", "GOODWILL_PROPOSED", "GOODWILL_APPROVED"), Database.historyActions(caseNumber));
        assertFalse(pendingCaseNumbers(MANAGER).contains(caseNumber), "decided proposals leave the list");
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        String caseNumber = newCase();
        Api.Reply proposed = propose(MANAGER, caseNumber, "{\"kind\":\"GIFT\",\"amount\":600,\"description\":\"Präsentkorb\"}");
        assertEquals("PROPOSED", proposed.json().getString("status"), "above the manager's own limit of 500.00");

        Api.Reply own = decide(MANAGER, caseNumber, proposed, "{\"decision\":\"APPROVE\"}");

        assertProblem(409, own);
        assertEquals(409, decide(MANAGER, caseNumber, proposed, "{\"decision\":\"DECLINE\",\"reason\":\"x\"}").status());
        assertEquals("PROPOSED", goodwillOf(caseNumber).getString("status"));
    }

    @Test
    void aManagerAboveTheirOwnLimitCannotApproveButMayDecline() {
        String caseNumber = newCase();
        Api.Reply proposed = propose(HANDLER, caseNumber, "{\"kind\":\"CREDIT\",\"amount\":500.01,\"description\":\"Gutschrift\"}");

        Api.Reply refused = decide(MANAGER, caseNumber, proposed, "{\"decision\":\"APPROVE\"}");

        assertProblem(409, refused);
        assertTrue(refused.json().getString("detail").contains("500.01"), refused.body());
        assertEquals("PROPOSED", goodwillOf(caseNumber).getString("status"));
        Api.Reply declined = decide(MANAGER, caseNumber, proposed, "{\"decision\":\"DECLINE\",\"reason\":\"Zu hoch für Kulanz\"}");
        assertEquals(200, declined.status(), declined.body());
        assertEquals("DECLINED", declined.json().getString("status"));
        assertEquals("Zu hoch für Kulanz", declined.json().getString("decisionReason"));
        assertTotal(caseNumber, "0.00");
    }

    @Test
    void aHandlerCannotDecide() {
        String caseNumber = newCase();
        Api.Reply proposed = propose(HANDLER, caseNumber, "{\"kind\":\"VOUCHER\",\"amount\":75,\"description\":\"Gutschein\"}");

        assertProblem(403, decide("handler.service2", caseNumber, proposed, "{\"decision\":\"APPROVE\"}"));
        assertProblem(403, decide(HANDLER, caseNumber, proposed, "{\"decision\":\"APPROVE\"}"));
        assertEquals("PROPOSED", goodwillOf(caseNumber).getString("status"));
    }

    @Test
    void declineNeedsAReason() {
        String caseNumber = newCase();
        Api.Reply proposed = propose(HANDLER, caseNumber, "{\"kind\":\"VOUCHER\",\"amount\":75,\"description\":\"Gutschein\"}");

        Api.Reply noReason = decide(MANAGER, caseNumber, proposed, "{\"decision\":\"DECLINE\"}");
        Api.Reply blank = decide(MANAGER, caseNumber, proposed, "{\"decision\":\"DECLINE\",\"reason\":\"   \"}");

        assertProblem(400, noReason);
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(400, blank);
        assertProblem(400, decide(MANAGER, caseNumber, proposed, "{\"decision\":\"MAYBE\"}"));
        assertProblem(400, decide(MANAGER, caseNumber, proposed, "{}"));
        assertEquals("PROPOSED", goodwillOf(caseNumber).getString("status"));
        assertEquals(List.of("CAPTURED", "GOODWILL_PROPOSED"), Database.historyActions(caseNumber));
    }

    @Test
    void anotherDepartmentSeesNeitherTheCaseNorItsGoodwill() {
        String caseNumber = newCase();
        Api.Reply proposed = propose(HANDLER, caseNumber, "{\"kind\":\"VOUCHER\",\"amount\":75,\"description\":\"Gutschein\"}");

        assertProblem(404, propose("handler.logistik", caseNumber,
                "{\"kind\":\"VOUCHER\",\"amount\":10,\"description\":\"Gutschein\"}"));
        assertProblem(404, decide("handler.logistik", caseNumber, proposed, "{\"decision\":\"APPROVE\"}"));
        assertProblem(404, Api.as(base, MANAGER).post("complaints/" + caseNumber + "/goodwill/999999999/decision",
                "{\"decision\":\"APPROVE\"}", "\"0\""));
        assertEquals(1, Database.goodwillOf(caseNumber));
    }

    @Test
    void malformedAmountsAreRefusedAndNothingIsSaved() {
        String caseNumber = newCase();
        List<String> bodies = List.of(
                "{\"kind\":\"VOUCHER\",\"amount\":12.345,\"description\":\"drei Nachkommastellen\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":\"12.345\",\"description\":\"drei Nachkommastellen als Text\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":-1,\"description\":\"negativ\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":0,\"description\":\"null\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":\"abc\",\"description\":\"kein Betrag\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":1e400,\"description\":\"riesig\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":100000.01,\"description\":\"über dem Höchstbetrag\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":99999999999999999999999999999999,\"description\":\"riesig ohne Exponent\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":1e-400,\"description\":\"winzig\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":12.340,\"description\":\"drei Stellen, letzte null\"}",
                "{\"kind\":\"VOUCHER\",\"description\":\"ohne Betrag\"}",
                "{\"kind\":\"CASH\",\"amount\":10,\"description\":\"unbekannte Art\"}",
                "{\"amount\":10,\"description\":\"ohne Art\"}",
                "{\"kind\":\"VOUCHER\",\"amount\":10,\"description\":\"   \"}",
                "{\"kind\":\"VOUCHER\",\"amount\":10,\"description\":\"" + "x".repeat(501) + "\"}",
                "not json");

        for (String body : bodies) {
            Api.Reply reply = propose(HANDLER, caseNumber, body);
            assertProblem(400, reply);
        }

        assertEquals(0, Database.goodwillOf(caseNumber));
        assertEquals(List.of("CAPTURED"), Database.historyActions(caseNumber));
        Api.Reply cents = propose(HANDLER, caseNumber, "{\"kind\":\"VOUCHER\",\"amount\":12.3,\"description\":\"Cent genau\"}");
        assertEquals(201, cents.status(), cents.body());
        assertAmount("12.30", cents.json());
    }

    @Test
    void aDecisionOnAStaleVersionIsRefusedAndAnAlreadyDecidedOneToo() {
        String caseNumber = newCase();
        Api.Reply proposed = propose(HANDLER, caseNumber, "{\"kind\":\"VOUCHER\",\"amount\":80,\"description\":\"Gutschein\"}");
        String path = "complaints/" + caseNumber + "/goodwill/" + proposed.json().getJsonNumber("id").longValue() + "/decision";
        Api manager = Api.as(base, MANAGER);

        assertProblem(412, manager.post(path, "{\"decision\":\"APPROVE\"}", "\"7\""));
        assertProblem(428, manager.post(path, "{\"decision\":\"APPROVE\"}", null));
        Api.Reply approved = manager.post(path, "{\"decision\":\"APPROVE\"}", proposed.header("ETag"));
        assertEquals(200, approved.status(), approved.body());
        assertProblem(412, manager.post(path, "{\"decision\":\"DECLINE\",\"reason\":\"doch nicht\"}", proposed.header("ETag")));
        assertProblem(409, manager.post(path, "{\"decision\":\"DECLINE\",\"reason\":\"doch nicht\"}", approved.header("ETag")));
        assertEquals("GRANTED", goodwillOf(caseNumber).getString("status"));
    }

    @Test
    void aClosedCaseTakesNoGoodwill() {
        String caseNumber = newCase();
        Api handler = Api.as(base, HANDLER);
        String etag = handler.get("complaints/" + caseNumber).header("ETag");
        etag = handler.post("complaints/" + caseNumber + "/transitions", "{\"action\":\"ACKNOWLEDGE\"}", etag).header("ETag");
        etag = handler.post("complaints/" + caseNumber + "/transitions", "{\"action\":\"START\"}", etag).header("ETag");
        Api.Reply rejected = handler.post("complaints/" + caseNumber + "/transitions",
                "{\"action\":\"REJECT\",\"reason\":\"Unbegründet\"}", etag);
        assertEquals(200, rejected.status(), rejected.body());

        assertProblem(409, propose(HANDLER, caseNumber, "{\"kind\":\"VOUCHER\",\"amount\":10,\"description\":\"Gutschein\"}"));
        assertEquals(0, Database.goodwillOf(caseNumber));
    }

    private String newCase() {
        Api.Reply reply = Api.as(base, HANDLER).post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"Kulanztest","verbatim":"Das Gerät ist defekt.",
                 "customer":{"lastName":"Kulanz","email":"kulanz@example.de"}}
                """);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
    }

    private Api.Reply propose(String user, String caseNumber, String body) {
        return Api.as(base, user).post("complaints/" + caseNumber + "/goodwill", body);
    }

    private Api.Reply decide(String user, String caseNumber, Api.Reply proposed, String body) {
        long id = proposed.json().getJsonNumber("id").longValue();
        return Api.as(base, user).post("complaints/" + caseNumber + "/goodwill/" + id + "/decision", body,
                proposed.header("ETag"));
    }

    private List<String> pendingCaseNumbers(String manager) {
        Api.Reply reply = Api.as(base, manager).get("goodwill-approvals");
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("caseNumber")).toList();
    }

    private JsonObject goodwillOf(String caseNumber) {
        return Api.as(base, HANDLER).get("complaints/" + caseNumber).json().getJsonArray("goodwill").getJsonObject(0);
    }

    private void assertTotal(String caseNumber, String expected) {
        JsonObject complaint = Api.as(base, HANDLER).get("complaints/" + caseNumber).json();
        BigDecimal total = complaint.getJsonNumber("goodwillTotal").bigDecimalValue();
        assertEquals(0, new BigDecimal(expected).compareTo(total), "total " + total);
    }

    private static void assertAmount(String expected, JsonObject goodwill) {
        BigDecimal amount = goodwill.getJsonNumber("amount").bigDecimalValue();
        assertEquals(0, new BigDecimal(expected).compareTo(amount), "amount " + amount);
        assertEquals(2, amount.scale(), "amount with cents: " + amount);
    }

    private static void assertProblem(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType() + " " + reply.body());
    }
}
