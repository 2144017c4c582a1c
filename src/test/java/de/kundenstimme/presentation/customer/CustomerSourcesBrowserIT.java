package de.kundenstimme.presentation.customer;

import de.kundenstimme.customer.boundary.CustomerSourcesFixture;
import de.kundenstimme.presentation.pages.CustomerSourcesPage;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin changes a customer source in the browser, and cannot delete one whose records belong to customers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerSourcesBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Browser browser;
    private CustomerSourcesFixture fixture;
    private JsonObject shop;
    private String shopName;

    @BeforeEach
    void aSourceWithARecord() {
        fixture = new CustomerSourcesFixture(base);
        shop = fixture.definedWithToken(CustomerSourcesFixture.source("Webshop", "PUSH", 2, Json.createObjectBuilder()));
        shopName = shop.getString("name");
        fixture.push(shop, Json.createObjectBuilder().add("customerNumber", "W-1").add("firstName", "Greta")
                .add("lastName", fixture.marker + "Lindner").add("postalCode", "04109"));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAdminChangesNameDepartmentTrustRankAndMapping() {
        CustomerSourcesPage page = signedIn();

        page.edit(shopName);
        assertEquals(shopName, page.name());
        page.name("Webshop neu " + fixture.marker).department("Logistik").trustRank(3).column("Vorname", "vorname").save();

        assertTrue(page.messages().contains("Die Quelle „Webshop neu " + fixture.marker + "“ ist gespeichert."), page.messages());
        assertTrue(page.lists("Webshop neu " + fixture.marker));
        assertEquals(List.of("Webshop neu " + fixture.marker + "|Logistik|3|" + shop.getString("pushToken")),
                Database.strings("select concat(s.name, '|', d.name, '|', s.trust_rank, '|', s.push_token) from customer_source s"
                        + " join department d on d.id = s.department_id where s.id = ?", id()));
        assertTrue(Database.strings("select field_mapping from customer_source where id = ?", id()).get(0)
                .contains("FIRST_NAME=vorname"));
        assertEquals(1, Database.count("select count(*) from source_record where source_id = ?", id()), "its records stay");
        assertEquals("Neue Quelle", page.formTitle(), "the form is free for a new source again");
    }

    @Test
    void missingOrHostileNamesAreRefusedAndNothingIsSaved() {
        CustomerSourcesPage page = signedIn();

        page.edit(shopName).name("").save();
        assertTrue(page.errorMessages().contains("Bitte geben Sie einen Namen mit höchstens 100 Zeichen an."), page.errorMessages());
        page.name("<script>alert(1)</script>").save();
        assertTrue(page.errorMessages().contains("Der Name darf nur Buchstaben, Ziffern"), page.errorMessages());
        page.name("x'; drop table customer_source; --").column("Vorname", "<b>vorname</b>").save();
        assertTrue(page.errorMessages().contains("Der Name darf nur Buchstaben, Ziffern"), page.errorMessages());
        assertTrue(page.errorMessages().contains("Spaltennamen dürfen höchstens 100 Zeichen"), page.errorMessages());
        assertTrue(browser.openAlert().isEmpty());

        assertEquals(List.of(shopName + "|2|"), Database.strings(
                "select concat(name, '|', trust_rank, '|', field_mapping) from customer_source where id = ?", id()));
    }

    @Test
    void aSourceWithRecordsIsNotDeletedButAnEmptyOneIs() {
        JsonObject empty = fixture.definedWithToken(CustomerSourcesFixture.source("Leer", "PUSH", 5, Json.createObjectBuilder()));
        CustomerSourcesPage page = signedIn();

        page.delete(shopName);
        assertTrue(page.errorMessages().contains("hat schon Datensätze importiert"), page.errorMessages());
        assertTrue(page.lists(shopName));
        assertEquals(1, Database.count("select count(*) from customer_source where id = ?", id()));

        page.delete(empty.getString("name"));
        assertTrue(page.messages().contains("ist gelöscht"), page.messages());
        assertFalse(page.lists(empty.getString("name")));
        assertEquals(0, Database.count("select count(*) from customer_source where id = ?", empty.getJsonNumber("id").longValue()));
    }

    @Test
    void theApiRefusesWhatTheFormRefuses() {
        Api admin = Api.as(base, "admin");
        String changed = CustomerSourcesFixture.source("Webshop " + fixture.marker, "PUSH", 2, Json.createObjectBuilder())
                .add("departmentId", 999_999).build().toString();

        Api.Reply unknownDepartment = admin.send(admin.request("customer-sources/" + id())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(changed)));
        Api.Reply tooLong = admin.send(admin.request("customer-sources/" + id()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(CustomerSourcesFixture.source("x".repeat(101), "PUSH", 2,
                        Json.createObjectBuilder()).build().toString())));
        Api.Reply deleted = admin.send(admin.request("customer-sources/" + id()).DELETE());
        Api.Reply byManager = Api.as(base, "manager.service").send(Api.as(base, "manager.service")
                .request("customer-sources/" + id()).DELETE());

        assertEquals(400, unknownDepartment.status(), unknownDepartment.body());
        assertTrue(unknownDepartment.body().contains("\"field\":\"department\""), unknownDepartment.body());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertTrue(tooLong.body().contains("\"field\":\"name\""), tooLong.body());
        assertEquals(400, deleted.status(), deleted.body());
        assertTrue(deleted.body().contains("imported records"), deleted.body());
        assertEquals(403, byManager.status());
        assertEquals(List.of(shopName), Database.strings("select name from customer_source where id = ?", id()));
    }

    private CustomerSourcesPage signedIn() {
        browser = LoginPage.signedIn(base, "admin");
        return CustomerSourcesPage.open(browser);
    }

    private long id() {
        return shop.getJsonNumber("id").longValue();
    }
}
