package de.kundenstimme.presentation.administration;

import de.kundenstimme.administration.OrganisationFixture;
import de.kundenstimme.complaint.control.DeadlineCalculator;
import de.kundenstimme.complaint.control.FederalState;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin's screens in headless Chromium, and what their changes do to new and running cases. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdminCreatesARoundRobinCategoryAndNewCasesGoToTheLeastBusyHandler() {
        OrganisationFixture department = OrganisationFixture.department("Kategorien");
        String anna = department.username("anna");
        String bert = department.username("bert");
        department.user(anna, "Anna Kategorien", "HANDLER");
        department.user(bert, "Bert Kategorien", "HANDLER");
        String parentName = "Hauptkategorie " + department.code();
        department.category(department.unique("TOP"), parentName, null, null);
        String code = department.unique("NEU");

        try (Browser admin = LoginPage.signedIn(base, "admin")) {
            admin.open("admin/categories.xhtml");
            admin.press("categories:add");
            admin.type("categoryForm:code", code);
            admin.type("categoryForm:nameDe", "Neue Kategorie");
            admin.type("categoryForm:nameEn", "New category");
            admin.choose("categoryForm:parentId", parentName);
            admin.press("categoryForm:save");
            assertTrue(admin.text(By.id("messages")).contains("Bitte wählen Sie die Standard-Verantwortlichen"),
                    "default-owner routing needs an owner: " + admin.text(By.id("messages")));

            admin.check("categoryForm:routing:1");
            admin.press("categoryForm:save");
            admin.screenshot("admin-categories");

            assertTrue(admin.text(By.id("messages")).contains("„Neue Kategorie“ wurde gespeichert"), admin.text(By.id("messages")));
            String row = admin.text(By.id("categories:table"));
            assertTrue(row.contains(code) && row.contains("Reihum nach Auslastung"), row);

            admin.press("categories:add");
            admin.type("categoryForm:code", code.toLowerCase());
            admin.type("categoryForm:nameDe", "Doppelt");
            admin.type("categoryForm:nameEn", "Twice");
            admin.choose("categoryForm:departmentId", department.name());
            admin.check("categoryForm:routing:1");
            admin.press("categoryForm:save");
            assertTrue(admin.text(By.id("messages")).contains("Dieses Kürzel hat bereits eine andere Kategorie"), admin.text(By.id("messages")));
        }

        Api api = Api.as(base, anna);
        assertEquals(anna, capture(api, code, "NORMAL").getString("owner"));
        assertEquals(bert, capture(api, code, "NORMAL").getString("owner"));
    }

    @Test
    void anAdminNamesTheHeadOfADepartmentAmongItsPeople() {
        OrganisationFixture department = OrganisationFixture.department("Leitung");
        department.user(department.username("hanna"), "Hanna Leitung", "MANAGER");

        try (Browser admin = LoginPage.signedIn(base, "admin")) {
            admin.open("admin/departments.xhtml");
            int row = rowOf(admin, "departments:table", department.code());
            admin.press("departments:table:" + row + ":edit");
            assertFalse(admin.options("departmentForm:headId").contains("Sabine Sommer"), "only the department's people");
            admin.choose("departmentForm:headId", "Hanna Leitung");
            admin.press("departmentForm:save");

            assertTrue(admin.text(By.id("messages")).contains("wurde gespeichert"), admin.text(By.id("messages")));
            assertTrue(admin.text(By.id("departments:table")).contains("Hanna Leitung"), admin.text(By.id("departments:table")));
        }
    }

    @Test
    void changedDeadlinesApplyToNewCasesWhileRunningCasesKeepTheirsUntilAManagerRecalculates() {
        Map<String, String> before = OrganisationFixture.settings();
        DeadlineCalculator calendar = new DeadlineCalculator(FederalState.valueOf(before.get("holiday.region")));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Api handler = Api.as(base, "handler.service");
        JsonObject running = capture(handler, "PRODUKT_DEFEKT", "NORMAL");
        String caseNumber = running.getString("caseNumber");
        LocalDate oldDue = LocalDate.parse(running.getString("resolutionDue"));
        try {
            try (Browser admin = LoginPage.signedIn(base, "admin")) {
                admin.open("admin/settings.xhtml");
                admin.type("settings:acknowledgement", "0");
                admin.type("settings:resolution_NORMAL", "4");
                admin.press("settings:save");
                assertTrue(admin.text(By.id("messages")).contains("zwischen 1 und 250"), admin.text(By.id("messages")));
                assertEquals(before.get("deadline.resolution.NORMAL"), OrganisationFixture.settings().get("deadline.resolution.NORMAL"),
                        "nothing half-saved");

                admin.type("settings:acknowledgement", "1");
                admin.press("settings:save");
                assertTrue(admin.text(By.id("messages")).contains("nicht kürzer sein als die der dringlicheren Priorität"),
                        admin.text(By.id("messages")));

                admin.type("settings:resolution_HIGH", "3");
                admin.press("settings:save");
                admin.screenshot("admin-settings");
                assertTrue(admin.text(By.id("messages")).contains("Die Einstellungen wurden gespeichert"), admin.text(By.id("messages")));
            }
            assertEquals("4", OrganisationFixture.settings().get("deadline.resolution.NORMAL"));

            LocalDate newDue = calendar.addBusinessDays(today, 4);
            assertEquals(newDue.toString(), capture(handler, "PRODUKT_DEFEKT", "NORMAL").getString("resolutionDue"));
            assertEquals(oldDue.toString(), handler.get("complaints/" + caseNumber).json().getString("resolutionDue"),
                    "the running case keeps its deadline");

            try (Browser sabine = LoginPage.signedIn(base, "handler.service")) {
                sabine.open("complaint/case.xhtml?caseNumber=" + caseNumber);
                assertTrue(sabine.all(By.id("case:recalculateDeadlines")).isEmpty(), "handlers do not recalculate");
            }
            try (Browser manager = LoginPage.signedIn(base, "manager.service")) {
                manager.open("complaint/case.xhtml?caseNumber=" + caseNumber);
                manager.press("case:recalculateDeadlines");
                manager.screenshot("case-recalculated");

                assertTrue(manager.text(By.id("messages")).contains("Die Fristen wurden neu berechnet"), manager.text(By.id("messages")));
                assertTrue(manager.text(By.id("resolutionDue")).contains(GERMAN.format(newDue)), manager.text(By.id("resolutionDue")));
                String history = manager.text(By.id("case:history"));
                assertTrue(history.contains("Fristen neu berechnet") && history.contains("manager.service")
                        && history.contains(GERMAN.format(oldDue)) && history.contains(GERMAN.format(newDue)), history);
            }
            assertEquals(newDue.toString(), handler.get("complaints/" + caseNumber).json().getString("resolutionDue"));
        } finally {
            OrganisationFixture.restore(before);
        }
    }

    @Test
    void handlersAndManagersAreRefusedTheAdminPages() {
        try (Browser handler = LoginPage.signedIn(base, "handler.service")) {
            handler.open("admin/settings.xhtml");
            assertEquals("Kein Zugriff", handler.text(By.tagName("h1")));
        }
        try (Browser manager = LoginPage.signedIn(base, "manager.service")) {
            manager.open("complaint/list.xhtml");
            assertTrue(manager.all(By.id("navAdmin")).isEmpty(), "no admin entry for managers");
            manager.open("admin/categories.xhtml");
            assertEquals("Kein Zugriff", manager.text(By.tagName("h1")));
            manager.open("admin/departments.xhtml");
            assertEquals("Kein Zugriff", manager.text(By.tagName("h1")));
        }
    }

    private static JsonObject capture(Api api, String categoryCode, String priority) {
        Api.Reply reply = api.post("complaints", """
                {"channel":"LETTER","categoryCode":"%s","priority":"%s",
                 "subject":"Gerät defekt","verbatim":"Das Gerät geht nicht mehr.",
                 "customer":{"lastName":"Fristen","email":"fristen@example.de"}}
                """.formatted(categoryCode, priority));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static int rowOf(Browser browser, String tableId, String text) {
        var rows = browser.byId(tableId + "_data").findElements(By.tagName("tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + tableId);
    }
}
