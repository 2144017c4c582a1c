package de.kundenstimme.presentation.customer;

import de.kundenstimme.customer.boundary.CustomerSourcesFixture;
import de.kundenstimme.presentation.pages.CasePage;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.presentation.pages.ReviewQueuePage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.complaintCustomer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manager decides uncertain duplicates in the browser: sees both records side by side and merges or keeps
 * them apart, and separates a merged record again on the case screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewQueueBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    /** Twelve people, each known twice: once with the address, once by name only. */
    private static final List<String> PEOPLE = List.of("Sabine Krüger 04109 Leipzig", "Thomas Hoffmann 10115 Berlin",
            "Ursula Schneider 20095 Hamburg", "Michael Wagner 30159 Hannover", "Petra Becker 40213 Düsseldorf",
            "Jürgen Schulz 50667 Köln", "Monika Zimmermann 60311 Frankfurt", "Stefan Braun 70173 Stuttgart",
            "Andrea Hartmann 80331 München", "Frank Lange 90402 Nürnberg", "Claudia Werner 01067 Dresden",
            "Bernd Kaiser 99084 Erfurt");

    private Browser browser;
    private CustomerSourcesFixture fixture;
    private JsonObject shop;
    private JsonObject hotline;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theManagerComparesAPairAndMergesIt() {
        String name = uncertainPair();
        browser = Browser.open(base);
        LoginPage.signIn(browser, "manager.service");
        ReviewQueuePage queue = ReviewQueuePage.open(browser);

        assertTrue(queue.showsPairWith(name), browser.pageText());
        assertEquals(List.of("Sabine", "Sabine"), queue.values(name, "Vorname"));
        assertTrue(queue.differingFields(name).contains("Ort"), "the town only one record knows is marked");
        assertFalse(queue.differingFields(name).contains("Nachname"), "Krüger and Krueger are the same name");
        queue.merge(name);

        assertFalse(queue.showsPairWith(name));
        assertEquals(1, Database.count("select count(distinct coalesce(c.merged_into_id, c.id)) from source_record r"
                + " join customer c on c.id = r.customer_id where r.last_name in (?, ?)", name + "Krüger", name + "Krueger"));
    }

    @Test
    void theManagerKeepsAPairApart() {
        String name = uncertainPair();
        browser = Browser.open(base);
        LoginPage.signIn(browser, "manager.service");
        ReviewQueuePage queue = ReviewQueuePage.open(browser);

        queue.keepApart(name);

        assertFalse(queue.showsPairWith(name));
        assertEquals(2, Database.count("select count(distinct coalesce(c.merged_into_id, c.id)) from source_record r"
                + " join customer c on c.id = r.customer_id where r.last_name in (?, ?)", name + "Krüger", name + "Krueger"));
    }

    @Test
    void theManagerSeparatesAMergedRecordOnTheCaseScreen() {
        String name = uncertainPair();
        long webCustomer = CustomerSourcesFixture.customerOf(id(shop), "W-1");
        long hotlineCustomer = CustomerSourcesFixture.customerOf(id(hotline), "H-1");
        String webCase = fixture.capture(webCustomer);
        String hotlineCase = fixture.capture(hotlineCustomer);
        browser = Browser.open(base);
        LoginPage.signIn(browser, "manager.service");
        ReviewQueuePage.open(browser).merge(name);
        long merged = complaintCustomer(webCase);
        assertEquals(merged, complaintCustomer(hotlineCase));

        CasePage page = CasePage.open(browser, hotlineCase);
        assertEquals(List.of("W-1", "H-1"), page.customerRecordKeys().stream().sorted(Comparator.reverseOrder()).toList());
        page.startSeparating("H-1");
        page.cancelSeparation();
        assertEquals(merged, complaintCustomer(hotlineCase), "cancelled: nothing happened");

        String question = page.startSeparating("H-1");
        page.confirmSeparation();

        assertTrue(question.contains("H-1") && question.contains("eigener Kunde"), question);
        assertEquals(List.of("H-1"), page.customerRecordKeys(), "the case now shows the separated customer");
        assertFalse(page.offersSeparation());
        assertEquals(webCustomer, complaintCustomer(webCase));
        assertEquals(hotlineCustomer, complaintCustomer(hotlineCase), "the case went back with its customer");
        assertEquals(1, Database.count("select count(*) from customer_history where customer_id = ? and action = 'UNMERGE_REQUESTED'",
                merged));

        pushPair();
        assertNotEquals(CustomerSourcesFixture.customerOf(id(shop), "W-1"), CustomerSourcesFixture.customerOf(id(hotline), "H-1"),
                "the next import keeps to the separation");
    }

    @Test
    void aHandlerSeesTheRecordsButCannotSeparateThem() {
        uncertainPair();
        Api.Reply merged = Api.as(base, "manager.service").post("customer-reviews/" + pairId() + "/merge", "");
        assertEquals(204, merged.status(), merged.body());
        String caseNumber = fixture.capture(CustomerSourcesFixture.customerOf(id(shop), "W-1"));
        browser = Browser.open(base);
        LoginPage.signIn(browser, "handler.service");

        CasePage page = CasePage.open(browser, caseNumber);

        assertEquals(2, page.customerRecordKeys().size());
        assertFalse(page.offersSeparation(), "only managers and the admin separate");
    }

    @Test
    void theQueueShowsTenPairsAPageHighestScoreFirst() {
        fixture = new CustomerSourcesFixture(base);
        shop = fixture.definedWithToken(CustomerSourcesFixture.source("Webshop", "PUSH", 1, Json.createObjectBuilder()));
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (int person = 0; person < PEOPLE.size(); person++) {
            String[] who = PEOPLE.get(person).split(" ");
            records.add(Json.createObjectBuilder().add("customerNumber", "A-" + person).add("firstName", who[0])
                    .add("lastName", fixture.marker + who[1]).add("postalCode", who[2]).add("city", who[3]));
            records.add(Json.createObjectBuilder().add("customerNumber", "B-" + person).add("firstName", who[0])
                    .add("lastName", fixture.marker + who[1]));
        }
        fixture.push(shop, records);
        browser = Browser.open(base);
        LoginPage.signIn(browser, "manager.service");

        ReviewQueuePage queue = ReviewQueuePage.open(browser);

        List<Integer> highestFirst = queue.scores();
        assertEquals(10, highestFirst.size(), "ten pairs a page");
        assertEquals(highestFirst.stream().sorted(Comparator.reverseOrder()).toList(), highestFirst);
        assertTrue(queue.pageReport().startsWith("1–10 / "), queue.pageReport());
        long open = Database.count("select count(*) from review_pair");
        assertTrue(queue.pageReport().endsWith("/ " + open), queue.pageReport());
        queue.sortByScore();
        List<Integer> lowestFirst = queue.scores();
        assertEquals(lowestFirst.stream().sorted().toList(), lowestFirst);
        assertTrue(lowestFirst.get(0) <= highestFirst.get(highestFirst.size() - 1));
        assertTrue(queue.showsPairWith(fixture.marker + "Kaiser"), "a pair further down is found by leafing through");
    }

    /** Two pushed records with the same person's name, one with a town; returns the marker in their last names. */
    private String uncertainPair() {
        fixture = new CustomerSourcesFixture(base);
        shop = fixture.definedWithToken(CustomerSourcesFixture.source("Webshop", "PUSH", 1, Json.createObjectBuilder()));
        hotline = fixture.definedWithToken(CustomerSourcesFixture.source("Hotline", "PUSH", 2, Json.createObjectBuilder()));
        pushPair();
        return fixture.marker;
    }

    private void pushPair() {
        fixture.push(shop, Json.createObjectBuilder().add("customerNumber", "W-1").add("firstName", "Sabine")
                .add("lastName", fixture.marker + "Krüger").add("postalCode", "04109").add("city", "Leipzig"));
        fixture.push(hotline, Json.createObjectBuilder().add("customerNumber", "H-1").add("firstName", "Sabine")
                .add("lastName", fixture.marker + "Krueger"));
    }

    private long pairId() {
        return Api.as(base, "manager.service").get("customer-reviews").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(pair -> pair.getJsonObject("first").getString("lastName", "").startsWith(fixture.marker))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long id(JsonObject source) {
        return source.getJsonNumber("id").longValue();
    }
}
