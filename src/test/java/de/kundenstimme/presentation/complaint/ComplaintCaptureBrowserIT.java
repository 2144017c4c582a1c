package de.kundenstimme.presentation.complaint;

import de.kundenstimme.presentation.pages.CapturePage;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.net.URL;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Capturing a complaint as a handler on the phone does it: keyboard only (Tab, typing, arrow keys,
 * Space, Enter), no mouse on the form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintCaptureBrowserIT {

    private static final String VERBATIM_FIRST_LINE = "Größe stimmt nicht, Öl läuft über – üble Sache, äußerst ärgerlich!";
    private static final String VERBATIM_SECOND_LINE = "<script>alert(1)</script> steht so in meiner Mail.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Browser browser;
    String marker;

    @BeforeEach
    void signIn() {
        marker = "KB" + UUID.randomUUID().toString().substring(0, 8);
        browser = Browser.open(base);
        LoginPage.signIn(browser, "handler.service");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void capturesAComplaintWithTheKeyboardOnlyAndFindsItInTheDepartmentsList() {
        CapturePage capture = CapturePage.open(browser);

        capture.tabTo(CapturePage.NEW_CUSTOMER).toggleNewCustomer();
        capture.tabTo(CapturePage.LAST_NAME).type("Kürşat-" + marker);
        capture.tabTo(CapturePage.EMAIL).type(marker.toLowerCase() + "@example.de");
        capture.tabTo(CapturePage.CATEGORY).chooseByFilter("Defekt");
        capture.tabTo(CapturePage.PRIORITY).press(Keys.ARROW_UP);
        capture.tabTo(CapturePage.SUBJECT).type("Gerät undicht " + marker);
        capture.tabTo(CapturePage.VERBATIM).type(VERBATIM_FIRST_LINE, Keys.ENTER, VERBATIM_SECOND_LINE);
        assertEquals("Defekt", capture.shown(CapturePage.CATEGORY));
        assertEquals("Hoch", capture.shown(CapturePage.PRIORITY));
        capture.tabTo(CapturePage.SAVE).pressEnterToSave();

        CasePage saved = capture.savedCase();
        assertEquals(Optional.empty(), browser.openAlert(), "the verbatim's script must not run");
        String caseNumber = saved.caseNumber();
        assertTrue(caseNumber.matches("BE-" + Year.now().getValue() + "-\\d{6}"), caseNumber);
        assertEquals(caseNumber + ": Gerät undicht " + marker, saved.heading());
        assertTrue(saved.messages().contains("Beschwerde " + caseNumber + " wurde erfasst."), saved.messages());
        assertEquals("Neu", saved.status());
        assertEquals("Produktqualität › Defekt", saved.fact("Kategorie"));
        assertEquals("Kundenservice", saved.fact("Abteilung"));
        assertEquals("Telefon", saved.fact("Eingangskanal"));
        assertTrue(saved.fact("Kunde").contains("Kürşat-" + marker), saved.fact("Kunde"));
        assertTrue(saved.fact("Kunde").contains(marker.toLowerCase() + "@example.de"), saved.fact("Kunde"));
        assertEquals("Hoch", saved.priority());
        assertEquals(VERBATIM_FIRST_LINE + "\n" + VERBATIM_SECOND_LINE, saved.verbatim().replace("\r\n", "\n"),
                "the customer's words, unchanged and shown as text");
        assertTrue(saved.verbatimHtml().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), saved.verbatimHtml());
        assertTrue(browser.all(By.cssSelector("#verbatim script")).isEmpty(), "no script element from the verbatim");

        ComplaintListPage department = saved.navigateTo("Meine Abteilung", "Fälle meiner Abteilung")
                .filterBySubject(marker);
        assertEquals(List.of(caseNumber), department.caseNumbers());
        assertTrue(department.rows().get(0).contains("Kürşat-" + marker), department.rows().get(0));
        CasePage opened = department.openCase(caseNumber);
        assertEquals(caseNumber, opened.caseNumber());
        assertEquals(Optional.empty(), browser.openAlert());
    }

    @Test
    void aKnownCustomerIsFoundByNameAndTheNewCaseIsTheirs() {
        Api.Reply earlier = Api.as(base, "handler.service").post("complaints", """
                {"channel":"LETTER","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"Erste Beschwerde %s","verbatim":"Schon wieder kaputt.",
                 "customer":{"lastName":"Bekannt-%s","email":"bekannt-%s@example.de"}}
                """.formatted(marker, marker, marker.toLowerCase()));
        assertEquals(201, earlier.status(), earlier.body());
        CapturePage capture = CapturePage.open(browser);

        capture.tabTo(CapturePage.CUSTOMER_SEARCH).type("Bekannt-" + marker);
        browser.untilTextContains(By.cssSelector(".ui-autocomplete-panel"), "Bekannt-" + marker);
        capture.press(Keys.ENTER);
        browser.untilTextContains(By.id("capture:openCases"), earlier.json().getString("caseNumber"));
        capture.tabTo(CapturePage.CATEGORY).chooseByFilter("Defekt");
        capture.tabTo(CapturePage.SUBJECT).type("Zweite Beschwerde " + marker);
        capture.tabTo(CapturePage.VERBATIM).type("Wieder dasselbe Problem.");
        capture.tabTo(CapturePage.SAVE).pressEnterToSave();

        CasePage saved = capture.savedCase();
        assertTrue(saved.fact("Kunde").contains("Bekannt-" + marker), saved.fact("Kunde"));
        assertEquals(earlier.json().getJsonObject("customer").getJsonNumber("id").longValue(),
                Api.as(base, "handler.service").get("complaints/" + saved.caseNumber()).json()
                        .getJsonObject("customer").getJsonNumber("id").longValue(), "the same customer, not a copy");
    }

    @Test
    void withoutSubjectAndCategoryItSaysWhatIsMissingAndSavesNothing() {
        CapturePage capture = CapturePage.open(browser);
        capture.tabTo(CapturePage.NEW_CUSTOMER).toggleNewCustomer();
        capture.tabTo(CapturePage.LAST_NAME).type("Vergessen-" + marker);
        capture.tabTo(CapturePage.EMAIL).type("vergessen@example.de");
        capture.tabTo(CapturePage.VERBATIM).type("Ich warte seit Wochen. " + marker);

        capture.tabTo(CapturePage.SAVE).pressEnterToSave();

        assertTrue(capture.isShown(), "the form stays, at " + browser.url());
        String errors = capture.errorMessages();
        assertTrue(errors.contains("Bitte geben Sie einen Betreff ein."), errors);
        assertTrue(errors.contains("Bitte wählen Sie eine Kategorie."), errors);
        assertEquals("Ich warte seit Wochen. " + marker, capture.value(CapturePage.VERBATIM), "what was typed is kept");
        assertEquals("Vergessen-" + marker, capture.value(CapturePage.LAST_NAME), "what was typed is kept");

        capture.tabTo(CapturePage.SUBJECT).type("Nur Betreff " + marker);
        capture.tabTo(CapturePage.SAVE).pressEnterToSave();

        assertTrue(capture.isShown(), "the form stays, at " + browser.url());
        errors = capture.errorMessages();
        assertTrue(errors.contains("Bitte wählen Sie eine Kategorie."), errors);
        assertFalse(errors.contains("Betreff"), errors);
        ComplaintListPage department = ComplaintListPage.open(browser, "DEPARTMENT").filterBySubject(marker);
        assertTrue(department.isEmpty(), "nothing saved, but the list shows " + department.rows());
    }

    /**
     * Tab from "Eingangskanal" goes through "Eingegangen am" to "Kunde suchen": the calendar popup
     * once opened on focus and kept the focus inside itself.
     */
    @Test
    void tabbingPastTheReceivedDateDoesNotTrapTheFocusInTheCalendar() {
        CapturePage capture = CapturePage.open(browser).tabTo(CapturePage.CHANNEL);

        String afterChannel = capture.tabOnce();
        String next = capture.tabOnce();
        String afterThat = capture.tabOnce();

        assertEquals(CapturePage.RECEIVED_AT, afterChannel,
                "Tab after Eingangskanal should put the focus in the field Eingegangen am, not into its calendar popup");
        assertTrue(next.equals(CapturePage.CUSTOMER_SEARCH) || afterThat.equals(CapturePage.CUSTOMER_SEARCH),
                "Tab after Eingegangen am should reach Kunde suchen (at most a calendar button between),"
                        + " but the focus went to '" + next + "', then '" + afterThat + "'");
    }

    /**
     * A handler captures complaints for every department (the category routes them); saved for
     * another department, the case number is still shown so the customer on the phone can be told.
     */
    @Test
    void capturingForAnotherDepartmentTellsTheCaseNumber() {
        CapturePage capture = CapturePage.open(browser);
        capture.tabTo(CapturePage.NEW_CUSTOMER).toggleNewCustomer();
        capture.tabTo(CapturePage.LAST_NAME).type("Doppelt-" + marker);
        capture.tabTo(CapturePage.EMAIL).type("doppelt@example.de");
        capture.tabTo(CapturePage.CATEGORY).chooseByFilter("Doppelte Abbuchung");
        capture.tabTo(CapturePage.SUBJECT).type("Zweimal abgebucht " + marker);
        capture.tabTo(CapturePage.VERBATIM).type("Sie haben meine Rechnung zweimal abgebucht.");

        capture.tabTo(CapturePage.SAVE).pressEnterToSave();

        assertFalse(browser.pageText().contains("Nicht gefunden"), "after saving the page says: " + browser.pageText());
        assertTrue(Pattern.compile("BE-\\d{4}-\\d{6}").matcher(browser.pageText()).find(),
                "the new case number must be shown, but the page says: " + browser.pageText());
    }

    /**
     * Each message appears once (the template once showed summary and detail, and a message
     * without a detail repeats its summary).
     */
    @Test
    void eachMessageIsShownOnce() {
        CapturePage capture = CapturePage.open(browser);
        capture.tabTo(CapturePage.SUBJECT).type("Nur ein Betreff " + marker);

        capture.tabTo(CapturePage.SAVE).pressEnterToSave();

        String messages = capture.messages();
        String missingCategory = "Bitte wählen Sie eine Kategorie.";
        assertTrue(messages.contains(missingCategory), messages);
        assertEquals(1, messages.split(Pattern.quote(missingCategory), -1).length - 1,
                "shown " + (messages.split(Pattern.quote(missingCategory), -1).length - 1) + " times: " + messages);
    }
}
