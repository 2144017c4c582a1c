package de.kundenstimme.presentation.customer;

import de.kundenstimme.customer.boundary.CustomerSourcesFixture;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.presentation.pages.ReviewQueuePage;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.json.Json;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manager decides uncertain duplicates in the browser: sees both records side by side and merges or keeps them apart. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewQueueBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

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

    /** Two pushed records with the same person's name, one with a town; returns the marker in their last names. */
    private String uncertainPair() {
        CustomerSourcesFixture fixture = new CustomerSourcesFixture(base);
        JsonObject shop = fixture.definedWithToken(CustomerSourcesFixture.source("Webshop", "PUSH", 1, Json.createObjectBuilder()));
        JsonObject hotline = fixture.definedWithToken(CustomerSourcesFixture.source("Hotline", "PUSH", 2, Json.createObjectBuilder()));
        fixture.push(shop, Json.createObjectBuilder().add("customerNumber", "W-1").add("firstName", "Sabine")
                .add("lastName", fixture.marker + "Krüger").add("postalCode", "04109").add("city", "Leipzig"));
        fixture.push(hotline, Json.createObjectBuilder().add("customerNumber", "H-1").add("firstName", "Sabine")
                .add("lastName", fixture.marker + "Krueger"));
        return fixture.marker;
    }
}
