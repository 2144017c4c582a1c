package de.kundenstimme.presentation.complaint;

import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manager's review in the browser: from the escalation queue to the case, and clearing it there. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EscalationQueueBrowserIT {

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
    void theManagerWalksFromTheQueueToTheEscalatedCaseAndClearsIt() {
        String caseNumber = overdueEscalatedCase();
        browser = Browser.open(base);
        LoginPage.signIn(browser, "manager.service");

        browser.click(By.id("navEscalations"));
        browser.untilPageContains("Eskalationen und überfällige Fälle");
        openFromQueue(caseNumber);

        browser.untilUrlContains("case.xhtml?caseNumber=" + caseNumber);
        assertTrue(browser.text(By.id("escalation")).contains("Frist Lösung überschritten"), browser.text(By.id("escalation")));
        browser.click(By.id("case:clearEscalation"));
        browser.untilTextContains(By.id("messages"), "Bitte begründen Sie");
        browser.find(By.id("case:escalationReason")).sendKeys("Kunde angerufen, Ersatz ist unterwegs");
        browser.click(By.id("case:clearEscalation"));

        browser.untilTextContains(By.id("messages"), "wurde aufgehoben");
        assertTrue(browser.text(By.id("escalation")).contains("aufgehoben von manager.service"));
        assertEquals(0, Api.as(base, "manager.service").get("complaints/" + caseNumber).json().getInt("escalationLevel"));
    }

    @Test
    void aHandlerHasNoEscalationQueue() {
        browser = Browser.open(base);
        LoginPage.signIn(browser, "handler.service");

        assertTrue(!browser.exists(By.id("navEscalations")), "no link for handlers");
        browser.go("complaint/escalations.xhtml");
        browser.untilPageContains("Kein Zugriff");
    }

    /** Pages through the queue (oldest first) until the case shows, then opens it. */
    private void openFromQueue(String caseNumber) {
        By link = By.linkText(caseNumber);
        for (int page = 0; page < 40 && !browser.exists(link); page++) {
            browser.click(By.cssSelector("[id='queue:cases'] .ui-paginator-next"));
            browser.ajaxIdle();
        }
        browser.click(link);
    }

    private String overdueEscalatedCase() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply captured = Api.as(base, "handler.service").post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"HIGH","receivedAt":"%s",
                 "subject":"Queue %s","verbatim":"Noch immer kaputt.",
                 "customer":{"lastName":"Queue-%s","email":"queue-%s@example.de"}}
                """.formatted(Instant.now().minus(Duration.ofDays(45)), marker, marker, marker));
        assertEquals(201, captured.status(), captured.body());
        assertEquals(200, Api.as(base, "admin").post("deadlines/sweep", "{}").status());
        return captured.json().getString("caseNumber");
    }
}
