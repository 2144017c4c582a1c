package de.kundenstimme.presentation.customer;

import de.kundenstimme.customer.boundary.CustomerSourcesFixture;
import de.kundenstimme.presentation.pages.CapturePage;
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
    private static final List<String> PEOPLE = List.of("Sabine Krüger Leipzig", "Thomas Hoffmann Berlin",
            "Ursula Schneider Hamburg", "Michael Wagner Hannover", "Petra Becker Düsseldorf",
            "Jürgen Schulz Köln", "Monika Zimmermann Frankfurt", "Stefan Braun Stuttgart",
            "Andrea Hartmann München", "Frank Lange Nürnberg", "Claudia Werner Dresden",
            "Bernd Kaiser Erfurt");

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
        ReviewQueuePage queue = ReviewQueuePage.open(browser).narrowTo(name);

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
        ReviewQueuePage queue = ReviewQueuePage.open(browser).narrowTo(name);

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
        ReviewQueuePage.open(browser).narrowTo(name).merge(name);
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
                    .add("lastName", fixture.marker + who[1]).add("postalCode", fixture.postalCode(person))
                    .add("city", who[2] + " " + fixture.marker));
            records.add(Json.createObjectBuilder().add("customerNumber", "B-" + person).add("firstName", who[0])
                    .add("lastName", fixture.marker + who[1]));
        }
        fixture.push(shop, records);
        browser = Browser.open(base);
        LoginPage.signIn(browser, "manager.service");

        ReviewQueuePage queue = ReviewQueuePage.open(browser);
        assertTrue(queue.pageReport().startsWith("1–10 / "), queue.pageReport());
        List<Integer> highestFirst = queue.scores();
        assertEquals(highestFirst.stream().sorted(Comparator.reverseOrder()).toList(), highestFirst);

        queue.narrowTo(fixture.marker);

        assertTrue(queue.pageReport().startsWith("1–10 / "), "ten of our pairs on the first page: " + queue.pageReport());
        assertEquals(10, queue.scores().size());
        assertTrue(queue.showsPairWith(fixture.marker + "Kaiser"), "a pair on the second page is found by leafing");
        queue.sortByScore();
        List<Integer> lowestFirst = queue.scores();
        assertEquals(lowestFirst.stream().sorted().toList(), lowestFirst);
    }

    @Test
    void aCustomerCapturedOnTheCaptureScreenShowsTheDepartmentsRecordsOnTheCaseScreen() {
        fixture = new CustomerSourcesFixture(base);
        shop = fixture.definedWithToken(CustomerSourcesFixture.source("Webshop", "PUSH", 1, Json.createObjectBuilder()));
        String email = "greta." + fixture.marker + "@example.de";
        fixture.push(shop, Json.createObjectBuilder().add("customerNumber", "W-9").add("firstName", "Greta")
                .add("lastName", fixture.marker + "Lindner").add("postalCode", fixture.postalCode(0)).add("city", fixture.city())
                .add("emails", Json.createArrayBuilder().add(email)));
        browser = Browser.open(base);
        LoginPage.signIn(browser, "handler.service");

        CapturePage capture = CapturePage.open(browser);
        capture.tabTo(CapturePage.NEW_CUSTOMER).toggleNewCustomer();
        capture.tabTo(CapturePage.LAST_NAME).type(fixture.marker + "Lindner");
        capture.tabTo(CapturePage.FIRST_NAME).type("Greta");
        capture.tabTo(CapturePage.EMAIL).type(email);
        capture.tabTo(CapturePage.CATEGORY).chooseByFilter("Defekt");
        capture.tabTo(CapturePage.SUBJECT).type("Toaster defekt " + fixture.marker);
        capture.tabTo(CapturePage.VERBATIM).type("Der Toaster brennt alles an.");
        capture.tabTo(CapturePage.SAVE).pressEnterToSave();
        CasePage saved = capture.savedCase();

        assertEquals(CustomerSourcesFixture.customerOf(id(shop), "W-9"), complaintCustomer(saved.caseNumber()),
                "the known customer, not a new one");
        List<String> keys = saved.customerRecordKeys();
        assertEquals(2, keys.size(), keys.toString());
        assertTrue(keys.contains("W-9"), keys.toString());
        assertTrue(saved.fact("Kunde").contains("Webshop " + fixture.marker),
                "the name's badge names the more trusted webshop: " + saved.fact("Kunde"));
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
                .add("lastName", fixture.marker + "Krüger").add("postalCode", fixture.postalCode(0)).add("city", fixture.city()));
        fixture.push(hotline, Json.createObjectBuilder().add("customerNumber", "H-1").add("firstName", "Sabine")
                .add("lastName", fixture.marker + "Krueger"));
    }

    private long pairId() {
        return Api.as(base, "manager.service").get("customer-reviews?lastName=" + fixture.marker).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(pair -> pair.getJsonObject("first").getString("lastName", "").startsWith(fixture.marker))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long id(JsonObject source) {
        return source.getJsonNumber("id").longValue();
    }
}
