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
                .add("lastName", fixture.marker + "Krüger").add("postalCode", fixture.postalCode(0)).add("city", fixture.city()));
        fixture.push(support, Json.createObjectBuilder().add("customerNumber", "H-1").add("firstName", "Sabine")
                .add("lastName", fixture.marker + "Krueger"));
    }

    @Test
    void anUncertainPairWaitsInTheQueueForAManager() {
        pushUncertainPair();

        JsonObject pair = pairOf(Api.as(base, MANAGER).get("customer-reviews?lastName=" + fixture.marker).structure().asJsonArray());

        assertTrue(pair.getJsonNumber("score").doubleValue() < 0.55);
        assertNotEquals(customerOf(id(shop), "W-1"), customerOf(id(support), "H-1"));
        assertEquals(403, Api.as(base, HANDLER).get("customer-reviews?lastName=" + fixture.marker).status(), "handlers do not decide");
        for (String refused : List.of("limit=0", "limit=201", "offset=-1", "sort=score%3Bdrop%20table%20review_pair",
                "lastName=" + "x".repeat(101))) {
            assertEquals(400, Api.as(base, MANAGER).get("customer-reviews?" + refused).status(), refused);
        }
        Api.Reply wildcards = Api.as(base, MANAGER).get("customer-reviews?lastName=%25'%3B--");
        assertEquals(200, wildcards.status(), wildcards.body());
        assertEquals(0, wildcards.structure().asJsonArray().size(), "% and ' are letters of a name here, not wildcards");
    }

    @Test
    void mergingMovesTheComplaintsAndUnmergingMovesThemBack() {
        pushUncertainPair();
        long webCustomer = customerOf(id(shop), "W-1");
        long hotlineCustomer = customerOf(id(support), "H-1");
        String webCase = fixture.capture(webCustomer);
        String hotlineCase = fixture.capture(hotlineCustomer);
        long pairId = pairOf(Api.as(base, MANAGER).get("customer-reviews?lastName=" + fixture.marker).structure().asJsonArray())
                .getJsonNumber("id").longValue();

        assertEquals(204, Api.as(base, MANAGER).post("customer-reviews/" + pairId + "/merge", "").status());

        long merged = complaintCustomer(webCase);
        assertEquals(merged, complaintCustomer(hotlineCase), "both cases belong to the merged customer");
        JsonObject golden = Api.as(base, HANDLER).get("customers/" + merged).json();
        assertEquals(2, golden.getJsonArray("records").size());
        assertEquals(fixture.city(), golden.getJsonObject("fields").getString("city"));
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
        long pairId = pairOf(Api.as(base, MANAGER).get("customer-reviews?lastName=" + fixture.marker).structure().asJsonArray())
                .getJsonNumber("id").longValue();

        assertEquals(204, Api.as(base, MANAGER).post("customer-reviews/" + pairId + "/keep-apart", "").status());
        pushUncertainPair();

        assertNotEquals(customerOf(id(shop), "W-1"), customerOf(id(support), "H-1"));
        JsonArray queue = Api.as(base, MANAGER).get("customer-reviews?lastName=" + fixture.marker).structure().asJsonArray();
        assertTrue(queue.getValuesAs(JsonObject.class).stream().noneMatch(this::isOurs), "not asked again");
        assertEquals(List.of("KEEP_APART"), Database.strings("select d.verdict from link_decision d"
                + " join source_record r on r.id = d.first_record_id where r.source_id in (?, ?)", id(shop), id(support)));
    }

    @Test
    void aPushLinksOnlyTheRecordsItTouchesAndLeavesOtherPairsAsTheyWere() {
        pushUncertainPair();
        long pairId = pairOf(Api.as(base, MANAGER).get("customer-reviews?lastName=" + fixture.marker).structure().asJsonArray())
                .getJsonNumber("id").longValue();

        fixture.push(support, Json.createObjectBuilder().add("customerNumber", "H-2").add("firstName", "Otto")
                .add("lastName", fixture.marker + "Brandt").add("postalCode", fixture.postalCode(1)).add("city", fixture.city()));

        assertEquals(1, Database.count("select count(*) from review_pair where id = ?", pairId),
                "the pair the push did not touch is the same row, not found anew");
        assertEquals(0, Database.count("select count(*) from source_record where keyed = false and source_id in (?, ?)",
                id(shop), id(support)), "every pushed record is linked");
        assertTrue(Database.count("select count(*) from source_record_block b join source_record r on r.id = b.record_id"
                + " where r.source_id = ? and r.source_key = 'H-2'", id(support)) > 0, "its block keys are stored");

        fixture.push(support, Json.createObjectBuilder().add("customerNumber", "H-1").add("firstName", "Sabine")
                .add("lastName", fixture.marker + "Krueger").add("postalCode", fixture.postalCode(0)).add("city", fixture.city()));

        assertEquals(1, Database.count("select count(distinct coalesce(c.merged_into_id, c.id)) from source_record r"
                + " join customer c on c.id = r.customer_id where r.source_id in (?, ?) and r.source_key in ('W-1', 'H-1')",
                id(shop), id(support)), "the changed record now links");
        assertEquals(0, Database.count("select count(*) from review_pair where id = ?", pairId));
    }

    @Test
    void aCustomerCapturedByHandWhomADepartmentKnowsBecomesTheKnownCustomer() {
        fixture.push(shop, Json.createObjectBuilder().add("customerNumber", "W-7").add("firstName", "Jens")
                .add("lastName", fixture.marker + "Hansen").add("street", fixture.marker + "str.").add("houseNumber", "4")
                .add("postalCode", fixture.postalCode(0)).add("city", fixture.city()).add("emails", Json.createArrayBuilder().add("jens." + fixture.marker + "@example.de")));
        long known = customerOf(id(shop), "W-7");
        String caseNumber = captureNewCustomer(Json.createObjectBuilder().add("firstName", "Jens")
                .add("lastName", fixture.marker + "Hansen").add("email", "jens." + fixture.marker + "@example.de")
                .add("phone", "0431 998877").add("street", fixture.marker + "straße 4").add("postalCode", fixture.postalCode(0))
                .add("city", fixture.city()));

        assertEquals(known, complaintCustomer(caseNumber), "the case belongs to the customer the webshop knows");
        JsonObject golden = Api.as(base, HANDLER).get("customers/" + known).json();
        List<String> sources = golden.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .map(record -> record.getString("source")).sorted().toList();
        assertEquals(List.of("Erfassung", "Webshop " + fixture.marker), sources);
        assertTrue(golden.getJsonObject("fields").getString("phone").contains("998877"),
                "the phone only the capture knows is in the golden record: " + golden);
        assertEquals("Erfassung", golden.getJsonObject("provenance").getString("PHONE"));
        assertTrue(Database.strings("select action from customer_history where customer_id = ?", known).contains("MERGED"));
    }

    @Test
    void aCustomerCapturedByHandWhomNobodyKnowsStaysACustomerOfTheirOwn() {
        String caseNumber = captureNewCustomer(Json.createObjectBuilder().add("firstName", "Ida")
                .add("lastName", fixture.marker + "Unbekannt").add("email", "ida." + fixture.marker + "@example.de"));

        long customer = complaintCustomer(caseNumber);
        JsonObject golden = Api.as(base, HANDLER).get("customers/" + customer).json();
        assertEquals(1, golden.getJsonArray("records").size());
        assertEquals("Erfassung", golden.getJsonArray("records").getJsonObject(0).getString("source"));
        assertEquals(golden.getString("customerNumber"), golden.getJsonArray("records").getJsonObject(0).getString("sourceKey"));
        assertEquals(fixture.marker + "Unbekannt", golden.getJsonObject("fields").getString("lastName"));
    }

    private String captureNewCustomer(JsonObjectBuilder customer) {
        JsonObject complaint = Json.createObjectBuilder().add("channel", "PHONE").add("categoryCode", "PRODUKT_DEFEKT")
                .add("priority", "NORMAL").add("subject", "Lieferung fehlt").add("verbatim", "Das Paket kam nie an.")
                .add("customer", customer).build();
        Api.Reply reply = Api.as(base, HANDLER).post("complaints", complaint.toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
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
