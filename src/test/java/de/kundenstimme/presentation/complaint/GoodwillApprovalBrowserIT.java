package de.kundenstimme.presentation.complaint;

import de.kundenstimme.presentation.pages.CasePage;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Goodwill above the handler's limit in the browser: the handler proposes it on the case, the
 * department's manager approves it from the approval list, and the case counts it in its total.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GoodwillApprovalBrowserIT {

    private static final By PENDING_ROWS = By.cssSelector("[id='approvals:pending_data'] > tr");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aHandlersProposalAboveTheLimitIsApprovedByTheManagerAndCountsInTheTotal() {
        String caseNumber = newCase();

        try (Browser handler = LoginPage.signedIn(base, "handler.service")) {
            CasePage.open(handler, caseNumber);
            assertTrue(handler.text(By.id("case:goodwillLimitHint")).contains("50,00"), "the handler sees their limit");
            handler.choose("case:goodwillKind", "Erstattung");
            handler.type("case:goodwillAmount", "149,90");
            handler.type("case:goodwillDescription", "Teilerstattung für die Reparatur");
            handler.press("case:proposeGoodwill");

            handler.untilTextContains(By.id("messages"), "wartet auf die Freigabe");
            assertEquals("Zur Freigabe", handler.text(By.cssSelector(".ks-goodwill-status-PROPOSED")));
            assertEquals("0,00 €", handler.text(By.id("case:goodwillTotal")).replace('\u00a0', ' '));
        }

        try (Browser manager = LoginPage.signedIn(base, "manager.service")) {
            manager.click(By.id("navGoodwillApprovals"));
            manager.untilUrlContains("goodwill-approvals.xhtml");
            int row = rowOf(manager, caseNumber);
            assertTrue(manager.all(PENDING_ROWS).get(row).getText().contains("149,90"), "the list shows the amount");
            manager.press("approvals:pending:" + row + ":approve");
            manager.find(By.id("decisionForm:reason")).sendKeys("Kunde seit Jahren treu");
            manager.press("decisionForm:confirm");

            manager.untilTextContains(By.id("messages"), "Kulanz genehmigt");
            assertFalse(manager.pageText().contains(caseNumber), "decided proposals leave the list");
        }

        try (Browser handler = LoginPage.signedIn(base, "handler.service")) {
            CasePage.open(handler, caseNumber);
            assertEquals("Gewährt", handler.text(By.cssSelector(".ks-goodwill-status-GRANTED")));
            assertEquals("149,90 €", handler.text(By.id("case:goodwillTotal")).replace('\u00a0', ' '));
        }
    }

    @Test
    void aHandlerIsRefusedTheApprovalList() {
        try (Browser handler = LoginPage.signedIn(base, "handler.service")) {
            assertFalse(handler.exists(By.id("navGoodwillApprovals")), "no link for handlers");
            handler.go("complaint/goodwill-approvals.xhtml");
            handler.untilPageContains("Kein Zugriff");
        }
    }

    private static int rowOf(Browser browser, String caseNumber) {
        return browser.until(d -> {
            var rows = d.findElements(PENDING_ROWS);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getText().contains(caseNumber)) {
                    return i;
                }
            }
            return null;
        });
    }

    private String newCase() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = Api.as(base, "handler.service").post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"Kulanz %s","verbatim":"Die Reparatur war teuer.",
                 "customer":{"lastName":"Kulanz-%s","email":"kulanz-%s@example.de"}}
                """.formatted(marker, marker, marker));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
    }
}
