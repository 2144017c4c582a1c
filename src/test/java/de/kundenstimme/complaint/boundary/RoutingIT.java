package de.kundenstimme.complaint.boundary;

import de.kundenstimme.administration.OrganisationFixture;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routing through the REST capture, whose answer names the owner: round-robin by open cases,
 * absent handlers skipped, an absent default owner's cases to the deputy, who also finds the
 * absent colleague's open cases under "my cases". Each test has a department of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoutingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void roundRobinGivesEachNewCaseToThePresentHandlerWithTheFewestOpenCases() {
        OrganisationFixture department = OrganisationFixture.department("Reihum");
        String anna = department.username("anna");
        String bert = department.username("bert");
        String cora = department.username("cora");
        department.user(anna, "Anna Reihum", "HANDLER");
        long bertId = department.user(bert, "Bert Reihum", "HANDLER");
        long coraId = department.user(cora, "Cora Reihum", "HANDLER");
        String manager = department.username("mia");
        department.user(manager, "Mia Reihum", "MANAGER");
        long parent = department.category(department.unique("RR"), "Reihum", null, null);
        String category = department.unique("RR_LEAF");
        department.category(category, "Reihum Blatt", parent, null);
        Api api = Api.as(base, manager);

        List<String> owners = List.of(ownerOf(capture(api, category)), ownerOf(capture(api, category)),
                ownerOf(capture(api, category)), ownerOf(capture(api, category)));

        assertEquals(List.of(anna, bert, cora, anna), owners, "equal load goes by id, then to the least busy");

        department.absence(bertId, coraId, TODAY.minusDays(1), TODAY.plusDays(3));
        assertEquals(cora, ownerOf(capture(api, category)), "Bert has the fewest open cases but is away");
        assertEquals(anna, ownerOf(capture(api, category)), "with Bert away, Anna and Cora tie at two: the lower id");
    }

    @Test
    void anAbsentDefaultOwnersNewCasesGoToTheDeputyWhoSeesTheirOpenCasesAsHisOwn() {
        OrganisationFixture department = OrganisationFixture.department("Vertretung");
        String owner = department.username("olga");
        String deputy = department.username("dirk");
        long ownerId = department.user(owner, "Olga Vertretung", "HANDLER");
        long deputyId = department.user(deputy, "Dirk Vertretung", "HANDLER");
        long parent = department.category(department.unique("DO"), "Vertretung", null, ownerId);
        String category = department.unique("DO_LEAF");
        department.category(category, "Vertretung Blatt", parent, ownerId);
        Api asOwner = Api.as(base, owner);

        JsonObject open = capture(asOwner, category);
        JsonObject rejected = capture(asOwner, category);
        reject(asOwner, rejected.getString("caseNumber"));
        assertEquals(owner, ownerOf(open));

        department.absence(ownerId, deputyId, TODAY, TODAY.plusDays(1));
        JsonObject routed = capture(asOwner, category);

        assertEquals(deputy, ownerOf(routed));
        List<String> deputysCases = myCases(Api.as(base, deputy));
        assertTrue(deputysCases.contains(routed.getString("caseNumber")), deputysCases.toString());
        assertTrue(deputysCases.contains(open.getString("caseNumber")), "the absent colleague's open case");
        assertFalse(deputysCases.contains(rejected.getString("caseNumber")), "but not the finished one");
        List<String> ownersCases = myCases(asOwner);
        assertTrue(ownersCases.contains(open.getString("caseNumber")), "the absent owner keeps their own cases");
        assertFalse(ownersCases.contains(routed.getString("caseNumber")), "but not the deputy's new one");
    }

    private static JsonObject capture(Api api, String categoryCode) {
        Api.Reply reply = api.post("complaints", """
                {"channel":"EMAIL","categoryCode":"%s","priority":"NORMAL",
                 "subject":"Rückruf fehlt","verbatim":"Mich hat niemand zurückgerufen.",
                 "customer":{"lastName":"Routing","email":"routing@example.de"}}
                """.formatted(categoryCode));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static String ownerOf(JsonObject complaint) {
        return complaint.getString("owner", null);
    }

    private static void reject(Api api, String caseNumber) {
        String etag = api.get("complaints/" + caseNumber).header("ETag");
        for (String body : List.of("{\"action\":\"ACKNOWLEDGE\"}", "{\"action\":\"START\"}",
                "{\"action\":\"REJECT\",\"reason\":\"Keine Beanstandung erkennbar.\"}")) {
            Api.Reply reply = api.post("complaints/" + caseNumber + "/transitions", body, etag);
            assertEquals(200, reply.status(), reply.body());
            etag = reply.header("ETag");
        }
    }

    private static List<String> myCases(Api api) {
        Api.Reply reply = api.get("complaints?scope=MINE&size=100");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream()
                .map(item -> ((JsonString) item.asJsonObject().get("caseNumber")).getString())
                .toList();
    }
}
