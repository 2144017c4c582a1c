package de.kundenstimme.presentation.reporting;

import de.kundenstimme.presentation.pages.DashboardPage;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonObject;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in the browser: the executive sees the company's aggregates, the same numbers as
 * the API, and is refused any case; the manager follows a figure to the cases behind it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
    private static final String THIS_MONTH = "figures?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY;

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

    private void signIn(String user) {
        browser = Browser.open(base);
        LoginPage.open(browser).submit(user, "demo");
        browser.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void theExecutiveSeesTheCompanysAggregatesAndIsRefusedACase() {
        JsonObject api = Api.as(base, "executive").get(THIS_MONTH).json();
        signIn("executive");

        browser.click(By.id("navDashboard"));
        DashboardPage dashboard = DashboardPage.open(browser);

        assertEquals("Auswertungen", dashboard.heading());
        assertEquals(api.getInt("received"), dashboard.received(), "the dashboard shows the API's number");
        JsonObject escalated = api.getJsonObject("escalated");
        assertTrue(dashboard.figure("escalated").contains("(" + escalated.getInt("hits") + " / " + escalated.getInt("of") + ")"),
                dashboard.figure("escalated"));
        assertTrue(dashboard.charts() >= 5, "charts are drawn: " + dashboard.charts());
        assertEquals(api.getJsonArray("byDepartment").getJsonObject(0).getInt("cases"), dashboard.firstCount("byDepartment"),
                "the largest department as the API counts it");
        int answers = api.getJsonObject("satisfaction").getInt("answers");
        assertTrue(dashboard.figure("satisfaction").endsWith("(" + answers + " Antworten)"), dashboard.figure("satisfaction"));
        assertFalse(dashboard.showsCaseLinks(), "no way from a figure to a case");
        assertFalse(browser.pageSource().contains("BE-20"), "no case number anywhere on the page");

        String someCase = Database.strings("select case_number from complaint order by id limit 1").get(0);
        browser.go("complaint/case.xhtml?caseNumber=" + someCase);
        browser.untilPageContains("Kein Zugriff");
        browser.go("reporting/cases.xhtml?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY);
        browser.untilPageContains("Kein Zugriff");
        assertEquals(403, Api.as(base, "executive").get("complaints/" + someCase).status());
    }

    @Test
    void theManagerFollowsTheTopCategoryToItsCases() {
        signIn("manager.service");
        DashboardPage dashboard = DashboardPage.open(browser);
        long topCases = dashboard.topCategoryCases();

        DashboardPage.FigureCasesPage cases = dashboard.drillIntoTopCategory();

        assertTrue(cases.intro().contains(topCases + " Fälle"), cases.intro());
        assertEquals(topCases, cases.rows());
    }

    @Test
    void theExecutiveStartsAReportAndWatchesItFinish() {
        signIn("executive");
        browser.click(By.id("navReports"));
        browser.untilPageContains("Berichte der Geschäftsleitung");

        browser.click(By.id("request:start"));

        browser.untilPageContains("Der Bericht wird erstellt");
        // The progress bar is polled every two seconds; a report takes a while on a busy machine.
        By newest = By.cssSelector("[id='archive:reports_data'] tr:first-child");
        browser.wait(Duration.ofMinutes(2)).until(d -> d.findElement(newest).getText().contains("Fertig"));
        assertTrue(browser.text(newest).contains("(executive)"), browser.text(newest));
        List<String> links = browser.find(newest).findElements(By.cssSelector("a.ks-download")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertEquals(2, links.size(), "PDF and XLSX");

        HttpResponse<byte[]> pdf = browser.fetch(links.get(0));
        assertEquals(200, pdf.statusCode(), "the signed-in executive downloads the PDF");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        HttpResponse<byte[]> xlsx = browser.fetch(links.get(1));
        assertEquals(200, xlsx.statusCode(), "and the workbook");
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "a zipped workbook");
        try (Browser manager = LoginPage.signedIn(base, "manager.service")) {
            assertEquals(403, manager.fetch(links.get(0)).statusCode(), "reports are for executives");
        }
    }

    @Test
    void aHandlerHasNoDashboard() {
        signIn("handler.service");

        assertFalse(browser.exists(By.id("navDashboard")));
        browser.go("reporting/dashboard.xhtml");
        browser.untilPageContains("Kein Zugriff");
    }
}
