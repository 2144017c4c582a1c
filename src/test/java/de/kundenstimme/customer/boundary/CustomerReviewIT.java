package de.kundenstimme.customer.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.HANDLER;
import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.MANAGER;
import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.complaintCustomer;
import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.customerOf;
import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review queue: merge and keep apart, unmerge with complaints moved back, decisions kept by later imports. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerReviewIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private CustomerSourcesFixture fixture;
    private JsonObject shop;
    private JsonObject support;

    @BeforeEach
    void twoPushSources() {
        fixture = new CustomerSourcesFixture(base);
        shop = fixture.definedWithToken(source("Webshop", "PUSH", 1, Json.createObjectBuilder()));
        support = fixture.definedWithToken(source("Hotline", "PUSH", 2, Json.createObjectBuilder()));
    }

    /** The same name, one with a town: too little in common to link, too much to ignore. */
    private void pushUncertainPair() {
        fixture.push(shop, Json.createObjectBuilder().add("customerNumber", "W-1").add("firstName", "Sabine")
                .add("lastName", fixture.marker + "Krüger").add("postalCode", "04109").add("city", "Leipzig"));
        fixture.push(support, Json.createObjectBuilder().add("customerNumber", "H-1").add("firstName", "Sabine")
                .add("lastName", fixture.marker + "Krueger"));
    }

    @Test
    void anUncertainPairWaitsInTheQueueForAManager() {
        pushUncertainPair();

        JsonObject pair = pairOf(Api.as(base, MANAGER).get("customer-reviews").structure().asJsonArray());

        assertTrue(pair.getJsonNumber("score").doubleValue() < 0.55);
        assertNotEquals(customerOf(id(shop), "W-1"), customerOf(id(support), "H-1"));
        assertEquals(403, Api.as(base, HANDLER).get("customer-reviews").status(), "handlers do not decide");
    }

    @Test
    void mergingMovesTheComplaintsAndUnmergingMovesThemBack() {
        pushUncertainPair();
        long webCustomer = customerOf(id(shop), "W-1");
        long hotlineCustomer = customerOf(id(support), "H-1");
        String webCase = fixture.capture(webCustomer);
        String hotlineCase = fixture.capture(hotlineCustomer);
        long pairId = pairOf(Api.as(base, MANAGER).get("customer-reviews").structure().asJsonArray())
                .getJsonNumber("id").longValue();

        assertEquals(204, Api.as(base, MANAGER).post("customer-reviews/" + pairId + "/merge", "").status());

        long merged = complaintCustomer(webCase);
        assertEquals(merged, complaintCustomer(hotlineCase), "both cases belong to the merged customer");
        JsonObject golden = Api.as(base, HANDLER).get("customers/" + merged).json();
        assertEquals(2, golden.getJsonArray("records").size());
        assertEquals("Leipzig", golden.getJsonObject("fields").getString("city"));
        long hotlineRecord = Long.parseLong(Database.strings(
                "select id from source_record where source_id = ? and source_key = 'H-1'", id(support)).get(0));

        Api.Reply unmerged = Api.as(base, MANAGER).post("customers/" + merged + "/unmerge",
                "{\"sourceRecordId\":" + hotlineRecord + "}");

        assertEquals(204, unmerged.status(), unmerged.body());
        assertEquals(webCustomer, complaintCustomer(webCase));
        assertEquals(hotlineCustomer, complaintCustomer(hotlineCase), "the case went back with its customer");
        assertEquals(webCustomer, customerOf(id(shop), "W-1"));
        assertEquals(hotlineCustomer, customerOf(id(support), "H-1"));
        assertEquals(List.of("0"), Database.strings("select count(*) from customer where id in (?, ?)"
                + " and merged_into_id is not null", webCustomer, hotlineCustomer));
        assertTrue(Database.strings("select action from customer_history where customer_id = ?", merged).contains("MERGE"));
    }

    @Test
    void aKeepApartDecisionHoldsWhenTheSourceSendsTheRecordAgain() {
        pushUncertainPair();
        long pairId = pairOf(Api.as(base, MANAGER).get("customer-reviews").structure().asJsonArray())
                .getJsonNumber("id").longValue();

        assertEquals(204, Api.as(base, MANAGER).post("customer-reviews/" + pairId + "/keep-apart", "").status());
        pushUncertainPair();

        assertNotEquals(customerOf(id(shop), "W-1"), customerOf(id(support), "H-1"));
        JsonArray queue = Api.as(base, MANAGER).get("customer-reviews").structure().asJsonArray();
        assertTrue(queue.getValuesAs(JsonObject.class).stream().noneMatch(this::isOurs), "not asked again");
        assertEquals(List.of("KEEP_APART"), Database.strings("select d.verdict from link_decision d"
                + " join source_record r on r.id = d.first_record_id where r.source_id in (?, ?)", id(shop), id(support)));
    }

    private boolean isOurs(JsonObject pair) {
        return pair.getJsonObject("first").getString("lastName", "").startsWith(fixture.marker)
                && pair.getJsonObject("second").getString("lastName", "").startsWith(fixture.marker);
    }

    private JsonObject pairOf(JsonArray queue) {
        return queue.getValuesAs(JsonObject.class).stream().filter(this::isOurs).findFirst()
                .orElseThrow(() -> new AssertionError("no review pair for " + fixture.marker + " in " + queue));
    }

    private static long id(JsonObject source) {
        return source.getJsonNumber("id").longValue();
    }
}
