package de.kundenstimme.presentation.complaint;

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

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A handler proposes goodwill above their limit on the case screen; the manager approves it from the approvals page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GoodwillApprovalBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aHandlersProposalAboveTheLimitIsApprovedByTheManager() {
        String caseNumber = Api.as(base, "handler.service").post("complaints", """
                {"channel":"PHONE","categoryCode":"SERVICE_FREUNDLICHKEIT","priority":"NORMAL",
                 "subject":"Unfreundlich am Telefon","verbatim":"Man hat mich einfach aufgelegt.",
                 "customer":{"lastName":"Browser","email":"browser.kulanz@example.de"}}
                """).json().getString("caseNumber");

        try (Browser browser = Browser.open(base)) {
            browser.signIn("handler.service");
            CasePage handlersCase = CasePage.open(browser, caseNumber);
            handlersCase.proposeGoodwill("120,50", "Blumenstrauß als Entschuldigung");

            assertTrue(handlersCase.messages().contains("wartet auf die Freigabe"), handlersCase.messages());
            assertTrue(handlersCase.goodwillTable().contains("Zur Freigabe"), handlersCase.goodwillTable());
            assertTrue(handlersCase.goodwillTable().contains("120,50 €"), handlersCase.goodwillTable());
            assertEquals("0,00 €", handlersCase.goodwillTotal());
            browser.go("complaint/goodwill-approvals.xhtml");
            assertTrue(browser.driver().getPageSource().contains("Kein Zugriff"), "a handler may not open the approvals");
            browser.go("index.xhtml");
            browser.signOut();

            browser.signIn("manager.service");
            GoodwillApprovalsPage approvals = GoodwillApprovalsPage.openFromMenu(browser);
            assertTrue(approvals.lists(caseNumber), "the proposal waits for the manager");
            browser.screenshot("goodwill-approvals");
            assertTrue(approvals.rowText(caseNumber).contains("Blumenstrauß als Entschuldigung"), approvals.rowText(caseNumber));
            approvals.approve(caseNumber, "Berechtigte Beschwerde");

            assertTrue(approvals.messages().contains("Kulanz genehmigt"), approvals.messages());
            assertFalse(approvals.lists(caseNumber), "an approved proposal leaves the list");
            CasePage managersCase = CasePage.open(browser, caseNumber);
            assertTrue(managersCase.goodwillTable().contains("Gewährt"), managersCase.goodwillTable());
            assertTrue(managersCase.goodwillTable().contains("Berechtigte Beschwerde"), managersCase.goodwillTable());
            assertEquals("120,50 €", managersCase.goodwillTotal());
            assertTrue(managersCase.history().contains("Kulanz genehmigt"), managersCase.history());
            browser.screenshot("case-goodwill-granted");
            browser.go("complaint/list.xhtml?scope=DEPARTMENT");
            browser.screenshot("list-department");
        }
    }
}
