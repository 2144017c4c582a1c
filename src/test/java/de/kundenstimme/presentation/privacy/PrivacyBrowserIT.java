package de.kundenstimme.presentation.privacy;

import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verwaltung › Datenschutz in headless Chromium: find a customer, download the export, anonymise after confirming. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdminDownloadsTheExportAndAnonymisesAfterConfirmingWithAReason() throws Exception {
        String lastName = "Datenschutz" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
        Api.Reply captured = Api.as(base, "handler.service").post("complaints", Json.createObjectBuilder()
                .add("channel", "PHONE").add("categoryCode", "PRODUKT_DEFEKT").add("priority", "NORMAL")
                .add("subject", "Auskunft erbeten").add("verbatim", "Was wissen Sie über mich?")
                .add("customer", Json.createObjectBuilder().add("firstName", "Petra").add("lastName", lastName)
                        .add("email", lastName.toLowerCase() + "@example.de"))
                .build().toString());
        assertEquals(201, captured.status(), captured.body());
        long customerId = captured.json().getJsonObject("customer").getJsonNumber("id").longValue();

        try (Browser admin = LoginPage.signedIn(base, "admin")) {
            admin.open("admin/categories.xhtml");
            admin.click(By.id("adminPrivacy"));
            admin.untilTextContains(By.cssSelector("h1.ks-title"), "Datenschutz");
            admin.type("privacy:query", lastName);
            admin.click(By.id("privacy:search"));
            admin.untilTextContains(By.id("privacy:customers"), lastName);

            String pdfLink = admin.find(By.id("privacy:customers:0:exportPdf")).getAttribute("href");
            String jsonLink = admin.find(By.id("privacy:customers:0:exportJson")).getAttribute("href");
            assertTrue(pdfLink.endsWith("/admin/customer-export.pdf?customer=" + customerId), pdfLink);
            HttpResponse<byte[]> pdf = admin.fetch(pdfLink);
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertTrue(new String(admin.fetch(jsonLink).body(), java.nio.charset.StandardCharsets.UTF_8).contains(lastName));
            assertEquals(404, admin.fetch(pdfLink.replace("customer=" + customerId, "customer=abc")).statusCode());

            admin.click(By.id("privacy:customers:0:anonymise"));
            admin.untilTextContains(By.id("privacy:confirmation"), lastName);
            admin.click(By.id("privacy:confirm"));
            admin.untilTextContains(By.id("messages"), "Bitte geben Sie den Grund");
            assertEquals(List.of(lastName), Database.strings("select last_name from customer where id = ?", customerId),
                    "without a reason nothing is erased");

            admin.type("privacy:reason", "Antrag <b>per Brief</b> vom 2. Dezember");
            admin.click(By.id("privacy:confirm"));
            admin.untilTextContains(By.id("messages"), "Der Kunde wurde anonymisiert");
            admin.screenshot("admin-privacy");
            assertFalse(admin.exists(By.id("privacy:confirmation")), "the confirmation is gone");
            assertTrue(admin.text(By.id("privacy:customers")).contains("Kein Kunde gefunden"), admin.text(By.id("privacy:customers")));
        }
        assertEquals(List.of("Anonymisiert"), Database.strings("select last_name from customer where id = ?", customerId));
        assertEquals(List.of("Antrag <b>per Brief</b> vom 2. Dezember"),
                Database.strings("select reason from personal_data_erasure where customer_id = ?", customerId));
    }
}
