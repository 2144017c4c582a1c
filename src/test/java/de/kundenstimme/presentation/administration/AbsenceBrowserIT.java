package de.kundenstimme.presentation.administration;

import de.kundenstimme.administration.OrganisationFixture;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager enters a handler's sickness with a deputy; new cases and "my cases" follow. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AbsenceBrowserIT {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aManagersEntryOfASicknessSendsNewCasesToTheDeputyUntilItIsCancelled() {
        OrganisationFixture department = OrganisationFixture.department("Abwesenheit");
        String manager = department.username("mara");
        String fritz = department.username("fritz");
        String greta = department.username("greta");
        department.user(manager, "Mara Abwesenheit", "MANAGER");
        long fritzId = department.user(fritz, "Fritz Abwesenheit", "HANDLER");
        department.user(greta, "Greta Abwesenheit", "HANDLER");
        long parent = department.category(department.unique("AB"), "Abwesenheit", null, fritzId);
        String category = department.unique("AB_LEAF");
        department.category(category, "Abwesenheit Blatt", parent, fritzId);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String fritzLabel = "Fritz Abwesenheit (" + department.name() + ")";

        try (Browser mara = LoginPage.signedIn(base, manager)) {
            mara.open("team/absences.xhtml");
            assertFalse(mara.options("absenceForm:userId").stream().anyMatch(o -> o.contains("Sabine Sommer")),
                    "a manager manages their own department only");
            mara.choose("absenceForm:userId", fritzLabel);
            mara.check("absenceForm:kind:1");
            mara.typeDate("absenceForm:startsOn", GERMAN.format(today));
            mara.typeDate("absenceForm:endsOn", GERMAN.format(today.plusDays(2)));
            mara.choose("absenceForm:deputyId", "Greta Abwesenheit");
            mara.press("absenceForm:enter");
            mara.screenshot("team-absences");

            assertTrue(mara.text(By.id("messages")).contains("Abwesenheit von Fritz Abwesenheit eingetragen; Vertretung: Greta"),
                    mara.text(By.id("messages")));
            String table = mara.text(By.id("absences:table"));
            assertTrue(table.contains("Fritz Abwesenheit") && table.contains("Krankheit") && table.contains("Greta"), table);

            mara.choose("absenceForm:userId", fritzLabel);
            mara.typeDate("absenceForm:startsOn", GERMAN.format(today.plusDays(1)));
            mara.typeDate("absenceForm:endsOn", GERMAN.format(today.plusDays(5)));
            mara.choose("absenceForm:deputyId", "Mara Abwesenheit");
            mara.press("absenceForm:enter");
            assertTrue(mara.text(By.id("messages")).contains("bereits eine Abwesenheit eingetragen"), mara.text(By.id("messages")));

            Api api = Api.as(base, manager);
            assertEquals(greta, api.post("complaints", complaint(category)).json().getString("owner"));

            try (Browser deputy = LoginPage.signedIn(base, greta)) {
                deputy.open("complaint/list.xhtml?scope=MINE");
                assertTrue(deputy.text(By.id("representing")).contains("Sie vertreten heute: Fritz Abwesenheit"),
                        deputy.pageText());
            }

            mara.press("absences:table:0:cancelAbsence");
            assertTrue(mara.text(By.id("messages")).contains("aufgehoben"), mara.text(By.id("messages")));
            assertFalse(mara.text(By.id("absences:table")).contains("Fritz Abwesenheit"), mara.text(By.id("absences:table")));
            assertEquals(fritz, api.post("complaints", complaint(category)).json().getString("owner"));
        }
    }

    @Test
    void handlersAreRefusedTheAbsencePage() {
        try (Browser handler = LoginPage.signedIn(base, "handler.service")) {
            handler.open("team/absences.xhtml");
            assertEquals("Kein Zugriff", handler.text(By.tagName("h1")));
        }
    }

    private static String complaint(String categoryCode) {
        return """
                {"channel":"PHONE","categoryCode":"%s","priority":"HIGH",
                 "subject":"Ware fehlt","verbatim":"Im Paket fehlte die Hälfte.",
                 "customer":{"lastName":"Vertretung","email":"vertretung@example.de"}}
                """.formatted(categoryCode);
    }
}
