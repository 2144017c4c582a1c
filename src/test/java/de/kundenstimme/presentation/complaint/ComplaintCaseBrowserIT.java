package de.kundenstimme.presentation.complaint;

import de.kundenstimme.presentation.pages.CasePage;
import de.kundenstimme.presentation.pages.ComplaintListPage;
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

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Working a case on the case page: the lifecycle from "Neu" to "Abgeschlossen", its history, and two
 * users changing the same case at once. The cases are captured through the REST API (arrange only).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintCaseBrowserIT {

    private static final String CONFLICT = "Dieser Fall wurde inzwischen von jemand anderem geändert."
            + " Ihre Änderung wurde nicht gespeichert.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void movesACaseFromNewToClosedAndTheHistoryNamesWhoDidWhat() {
        String marker = marker();
        String caseNumber = capture(marker);
        Browser browser = browserOf("handler.service");
        ComplaintListPage department = ComplaintListPage.open(browser, "MINE")
                .navigateTo("Meine Abteilung", "Fälle meiner Abteilung")
                .filterBySubject(marker);
        assertEquals(List.of(caseNumber), department.caseNumbers());
        CasePage page = department.openCase(caseNumber);
        assertEquals("Neu", page.status());
        assertEquals(List.of("Eingang bestätigen"), page.actions());

        page.perform("Eingang bestätigen", "Eingang bestätigt");
        assertTrue(page.messages().contains("Aktion „Eingang bestätigen“ ausgeführt."), page.messages());
        page.perform("Bearbeitung beginnen", "In Bearbeitung");
        assertTrue(page.actions().contains("Als gelöst markieren"), page.actions().toString());

        page.startAction("Als gelöst markieren").confirm();
        page.untilMessage("Ein Fall kann nur mit einer vereinbarten Lösung als gelöst markiert werden.");
        assertTrue(page.dialogOpen(), "the dialog stays open for the missing solution");
        assertEquals("In Bearbeitung", page.status());

        page.enterAgreedSolution("Austauschgerät geht morgen raus, das alte holt der Kurier ab.").confirm();
        page.untilStatus("Gelöst");
        assertEquals("Austauschgerät geht morgen raus, das alte holt der Kurier ab.", page.agreedSolution());

        page.startAction("Abschließen").confirm();
        page.untilMessage("Abschließen ist erst möglich, wenn das Abschlussschreiben versandt"
                + " oder die abschließende Antwort telefonisch gegeben wurde.");
        page.abortDialog();
        assertEquals("Gelöst", page.status());

        page.addNote("Abschließende Antwort telefonisch gegeben", "Kundin angerufen, Lösung erklärt, sie ist einverstanden.");
        page.untilMessage("Eintrag hinzugefügt.");
        assertTrue(page.notes().stream().anyMatch(n -> n.contains("Abschließende Antwort telefonisch gegeben")
                && n.contains("handler.service") && n.contains("Kundin angerufen, Lösung erklärt")), page.notes().toString());

        page.perform("Abschließen", "Abgeschlossen");
        assertEquals(List.of("Wieder öffnen"), page.actions());

        List<String> history = page.history();
        assertInOrder(history, "handler.service | Erfasst", "handler.service | Eingang bestätigt",
                "handler.service | Bearbeitung begonnen", "handler.service | Gelöst",
                "handler.service | Abschließende Antwort telefonisch", "handler.service | Abgeschlossen");
        assertTrue(history.stream().anyMatch(h -> h.contains("Austauschgerät geht morgen raus")),
                "the agreed solution is in the history: " + history);
    }

    /**
     * The history names fields and states in German, not as the database stores them ("status",
     * "NEW", "ACKNOWLEDGED", "priority", "CRITICAL").
     */
    @Test
    void theHistoryNamesFieldsAndStatesInGerman() {
        String marker = marker();
        Api api = Api.as(base, "handler.service");
        Api.Reply captured = api.post("complaints", captureJson(marker));
        assertEquals(201, captured.status(), captured.body());
        String caseNumber = captured.json().getString("caseNumber");
        Api.Reply acknowledged = api.post("complaints/" + caseNumber + "/transitions", "{\"action\":\"ACKNOWLEDGE\"}",
                captured.header("ETag"));
        assertEquals(200, acknowledged.status(), acknowledged.body());
        Browser browser = browserOf("handler.service");

        CasePage page = CasePage.open(browser, caseNumber);

        String row = page.history().stream().filter(h -> h.contains("| Eingang bestätigt |")).findFirst()
                .orElseThrow(() -> new AssertionError("no history entry for the acknowledgement: " + page.history()));
        assertTrue(row.endsWith("| Status | Neu | Eingang bestätigt"), row);
    }

    @Test
    void aLifecycleActionOnAStalePageIsRefusedAndTheReloadShowsTheOtherUsersChange() {
        String caseNumber = capture(marker());
        CasePage first = CasePage.open(browserOf("handler.service"), caseNumber);
        CasePage second = CasePage.open(browserOf("manager.service"), caseNumber);
        assertEquals("Normal", second.priority());

        first.changePriority("Kritisch");
        first.untilMessage("Priorität geändert.");
        second.startAction("Eingang bestätigen").confirm();

        second.untilMessage(CONFLICT);
        // The dialog stays open in front of the hint; the user closes it to get at "Aktuellen Stand laden".
        if (second.dialogOpen()) {
            second.abortDialog();
        }
        assertTrue(second.conflictShown(), "the hint to reload");
        assertTrue(second.conflictHint().contains("Jemand anderes hat diesen Fall geändert"), second.conflictHint());
        second.reload();
        assertEquals("Kritisch", second.priority(), "after the reload the first user's change is shown");
        assertEquals("Neu", second.status(), "the refused acknowledgement was not saved");
        assertEquals(List.of("Eingang bestätigen"), second.actions());
        assertFalse(second.history().stream().anyMatch(h -> h.contains("manager.service")),
                "nothing of the second user is in the history: " + second.history());
        assertTrue(second.history().stream().anyMatch(h -> h.contains("handler.service | Geändert")),
                "the first user's change is: " + second.history());
    }

    @Test
    void aPriorityChangeOnAStalePageIsRefusedAndOverwritesNothing() {
        String caseNumber = capture(marker());
        Browser firstBrowser = browserOf("handler.service");
        CasePage first = CasePage.open(firstBrowser, caseNumber);
        CasePage second = CasePage.open(browserOf("manager.service"), caseNumber);

        first.changePriority("Kritisch");
        first.untilMessage("Priorität geändert.");
        second.changePriority("Niedrig");

        second.untilMessage(CONFLICT);
        assertTrue(second.conflictShown(), "the hint to reload");
        second.reload();
        assertEquals("Kritisch", second.priority());
        CasePage firstAgain = CasePage.open(firstBrowser, caseNumber);
        assertEquals("Kritisch", firstAgain.priority(), "the second user's 'Niedrig' did not overwrite it");
        assertFalse(firstAgain.history().stream().anyMatch(h -> h.contains("manager.service")), firstAgain.history().toString());
    }

    private Browser browserOf(String user) {
        Browser browser = Browser.open(base);
        browsers.add(browser);
        LoginPage.signIn(browser, user);
        return browser;
    }

    private String capture(String marker) {
        Api.Reply reply = Api.as(base, "handler.service").post("complaints", captureJson(marker));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
    }

    private static String captureJson(String marker) {
        return """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"Waschmaschine leckt %s","verbatim":"Seit dem Schleudern steht Wasser im Bad.",
                 "customer":{"lastName":"Fallmann-%s","email":"fallmann@example.de"}}
                """.formatted(marker, marker);
    }

    private static String marker() {
        return "KS" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertInOrder(List<String> rows, String... expected) {
        int from = 0;
        for (String part : expected) {
            int found = -1;
            for (int i = from; i < rows.size(); i++) {
                if (rows.get(i).contains(part)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found >= 0, "'" + part + "' missing (or out of order) in the history: " + rows);
            from = found + 1;
        }
    }
}
