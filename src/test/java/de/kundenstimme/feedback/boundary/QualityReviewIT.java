package de.kundenstimme.feedback.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality reviews through the API: the manager draws a random sample of a handler's closed cases
 * of a month and scores them; the results are the handler's and their manager's only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityReviewIT {

    private static final String SCORE = """
            {"version":%d,"polite":true,"listened":true,"customerInvolved":false,"thanksGiven":true,
             "deadlinesKept":true,"followUpDone":false,"comment":"Freundlich, aber <b>kein</b> Nachfassen."}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void theManagerDrawsClosedCasesOfTheMonthAndScoresThemOnce() {
        String month = busiestMonthOf("handler.service");
        Api manager = Api.as(base, "manager.service");

        Api.Reply drawn = manager.post("quality-reviews/samples",
                "{\"handler\":\"handler.service\",\"month\":\"" + month + "\",\"size\":2}");

        assertEquals(200, drawn.status(), drawn.body());
        JsonArray sample = drawn.structure().asJsonArray();
        assertFalse(sample.isEmpty(), "the month has closed cases");
        assertTrue(sample.size() <= 2);
        for (JsonObject review : sample.getValuesAs(JsonObject.class)) {
            assertFalse(review.getBoolean("scored"));
            assertEquals(1, Database.count("select count(*) from complaint c join app_user u on u.id = c.owner_id"
                    + " where c.case_number = ? and c.status = 'CLOSED' and u.username = 'handler.service'",
                    review.getString("caseNumber")));
        }
        JsonObject first = sample.getJsonObject(0);
        String path = "quality-reviews/" + first.getJsonNumber("id").longValue() + "/score";

        Api.Reply incomplete = manager.post(path, "{\"version\":" + first.getInt("version") + ",\"polite\":true}");
        Api.Reply scored = manager.post(path, SCORE.formatted(first.getInt("version")));
        Api.Reply again = manager.post(path, SCORE.formatted(first.getInt("version")));

        assertEquals(400, incomplete.status(), incomplete.body());
        assertEquals(200, scored.status(), scored.body());
        assertTrue(scored.json().getBoolean("scored"));
        assertEquals(4, scored.json().getInt("met"));
        assertEquals("Freundlich, aber <b>kein</b> Nachfassen.", scored.json().getString("comment"));
        assertEquals(400, again.status(), again.body());
    }

    @Test
    void theResultsAreTheHandlersAndTheirManagersOnly() {
        String month = busiestMonthOf("handler.service");
        Api.Reply drawn = Api.as(base, "manager.service").post("quality-reviews/samples",
                "{\"handler\":\"handler.service\",\"month\":\"" + month + "\",\"size\":1}");
        assertEquals(200, drawn.status(), drawn.body());

        Api.Reply own = Api.as(base, "handler.service").get("quality-reviews?handler=handler.service");
        Api.Reply manager = Api.as(base, "manager.service").get("quality-reviews?handler=handler.service");
        Api.Reply colleague = Api.as(base, "handler.service2").get("quality-reviews?handler=handler.service");
        Api.Reply otherDepartment = Api.as(base, "handler.logistik").get("quality-reviews?handler=handler.service");
        Api.Reply executive = Api.as(base, "executive").get("quality-reviews?handler=handler.service");

        assertEquals(200, own.status(), own.body());
        assertFalse(own.structure().asJsonArray().isEmpty());
        assertEquals(200, manager.status(), manager.body());
        assertEquals(403, colleague.status(), colleague.body());
        assertEquals(403, otherDepartment.status(), otherDepartment.body());
        assertEquals(403, executive.status(), executive.body());
    }

    @Test
    void onlyTheDepartmentsManagerDrawsASample() {
        String month = busiestMonthOf("handler.logistik");

        Api.Reply byHandler = Api.as(base, "handler.service").post("quality-reviews/samples",
                "{\"handler\":\"handler.service2\",\"month\":\"" + month + "\",\"size\":1}");
        Api.Reply otherDepartment = Api.as(base, "manager.service").post("quality-reviews/samples",
                "{\"handler\":\"handler.logistik\",\"month\":\"" + month + "\",\"size\":1}");
        Api.Reply malformed = Api.as(base, "manager.service").post("quality-reviews/samples",
                "{\"handler\":\"handler.service\",\"month\":\"letzten Monat\",\"size\":1}");

        assertEquals(403, byHandler.status(), byHandler.body());
        assertEquals(403, otherDepartment.status(), otherDepartment.body());
        assertEquals(400, malformed.status(), malformed.body());
    }

    /** The month (UTC, mid-month cases dominate) in which the demo data closed most of the handler's cases. */
    private static String busiestMonthOf(String handler) {
        return Database.strings("select date_format(c.closed_at, '%Y-%m') m from complaint c join app_user u on u.id = c.owner_id"
                + " where c.status = 'CLOSED' and u.username = ? group by m order by count(*) desc, m limit 1", handler).get(0);
    }
}
