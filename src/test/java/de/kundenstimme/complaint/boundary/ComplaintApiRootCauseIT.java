package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.action;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.transition;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.transitioned;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The root cause (Ursache) recorded when resolving, shown on the case, its history and the Pareto figures. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintApiRootCauseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void resolvingRecordsTheRootCauseAndTheParetoCountsIt() {
        Api handler = Api.as(base, "handler.service");
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
        long before = causeCount(Api.as(base, "manager.service").get("figures?from=" + today + "&to=" + today).json());
        JsonObject complaint = captured(handler, capture("Ursache " + unique()));
        String caseNumber = complaint.getString("caseNumber");
        String etag = transitioned(handler, caseNumber, handler.get("complaints/" + caseNumber).header("ETag"),
                action("ACKNOWLEDGE"), "ACKNOWLEDGED");
        etag = transitioned(handler, caseNumber, etag, action("START"), "IN_PROGRESS");

        Api.Reply unknown = transition(handler, caseNumber, etag, action("RESOLVE").add("agreedSolution", "Ersatz")
                .add("rootCause", "GREMLINS"));
        assertEquals(400, unknown.status(), unknown.body());
        transitioned(handler, caseNumber, etag, action("RESOLVE").add("agreedSolution", "Ersatzteil geschickt")
                .add("rootCause", "SUPPLIER_OR_CARRIER"), "RESOLVED");

        assertEquals("SUPPLIER_OR_CARRIER", handler.get("complaints/" + caseNumber).json().getString("rootCause"));
        assertEquals(1, TestDatabase.historyCount(caseNumber, "CHANGED") - TestDatabase.number(
                "select count(*) from complaint_history h join complaint c on c.id = h.complaint_id"
                        + " where c.case_number = ? and h.action = 'CHANGED' and h.field <> 'rootCause'", caseNumber),
                "the cause is history");
        long after = causeCount(Api.as(base, "manager.service").get("figures?from=" + today + "&to=" + today).json());
        assertEquals(before + 1, after, "the Pareto of today counts the new cause");
    }

    private static long causeCount(JsonObject figures) {
        return figures.getJsonArray("rootCauses").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("cause").equals("SUPPLIER_OR_CARRIER"))
                .mapToLong(c -> c.getJsonNumber("cases").longValue()).sum();
    }
}
