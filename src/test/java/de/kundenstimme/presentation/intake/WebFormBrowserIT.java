package de.kundenstimme.presentation.intake;

import de.kundenstimme.presentation.pages.CasePage;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.presentation.pages.WebFormPage;
import de.kundenstimme.testing.Accessibility;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.Mailbox;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public complaint form in a browser nobody signed in to: a customer's complaint becomes a
 * case with an acknowledgement page and e-mail; errors are explained; bots and floods are refused;
 * axe-core finds nothing serious on any state of the page. The build sets the limit to three
 * complaints per address and hour, and each test class gets a fresh deployment, so the order of
 * the tests below decides how many are left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebFormBrowserIT {

    private static final String HOSTILE = "<script>alert('x')</script> Robert'); DROP TABLE complaint;-- & \"Grüße\"";
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.open();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void aCustomerSubmitsAComplaintWithoutLoginAndGetsTheCaseNumberOnThePageAndByMail() {
        String email = "web-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        browser = Browser.open(base);
        WebFormPage form = WebFormPage.open(browser);
        assertEquals(List.of(), Accessibility.seriousViolations(browser), "the empty form");

        form.type("lastName", "Weber").type("firstName", "Jana").type("email", email)
                .topic("Produktqualität › Defekt").type("message", HOSTILE)
                .type("desiredOutcome", "Ersatz").consent().type("subject", "Toaster <b>verbrannt</b>");
        form.submitWithKeyboard();

        String caseNumber = form.acknowledgedCaseNumber();
        assertTrue(CasePage.CASE_NUMBER.matcher(caseNumber).matches(), caseNumber);
        assertTrue(browser.openAlert().isEmpty(), "no script of the customer ran");
        assertEquals(List.of(), Accessibility.seriousViolations(browser), "the acknowledgement page");
        MimeMessage mail = mailbox.awaitMailTo(email);
        assertTrue(Mailbox.subject(mail).contains(caseNumber), Mailbox.subject(mail));
        assertTrue(Mailbox.body(mail).contains(caseNumber), Mailbox.body(mail));

        JsonObject complaint = Api.as(base, "handler.service").get("complaints/" + caseNumber).json();
        assertEquals("WEB_FORM", complaint.getString("channel"));
        assertEquals("NEW", complaint.getString("status"));
        assertEquals(HOSTILE, complaint.getString("verbatim"), "stored exactly as given");
        assertEquals("Toaster <b>verbrannt</b>", complaint.getString("subject"));
        assertEquals(1, Database.count("select count(*) from complaint c join customer k on k.id = c.customer_id"
                + " where k.email = ? and c.channel = 'WEB_FORM'", email));
    }

    @Test
    @Order(2)
    void aHandlerSeesTheWebFormComplaintEscapedOnTheCaseScreen() {
        String email = "escaped-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        browser = Browser.open(base);
        String caseNumber = submitValid(email);
        browser.deleteCookies();

        LoginPage.signIn(browser, "handler.service");
        CasePage page = CasePage.open(browser, caseNumber);

        assertEquals(HOSTILE, page.verbatim());
        assertTrue(browser.openAlert().isEmpty(), "no script of the customer ran");
        assertEquals("Webformular", page.fact("Eingangskanal"));
    }

    @Test
    @Order(3)
    void missingDetailsAndConsentAreExplainedAndNothingIsSaved() {
        String email = "incomplete-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        browser = Browser.open(base);
        WebFormPage form = WebFormPage.open(browser);

        form.type("email", email).type("subject", "Ohne alles");
        form.submit();

        form.untilMessage("Bitte geben Sie Ihren Nachnamen an.");
        String shown = form.messages();
        assertTrue(shown.contains("Bitte wählen Sie aus, worum es geht."), shown);
        assertTrue(shown.contains("Bitte schildern Sie Ihr Anliegen."), shown);
        assertEquals(List.of(), Accessibility.seriousViolations(browser), "the form with errors");

        form.type("lastName", "Ohne").topic("Rechnung › Fehlerhafte Rechnung").type("message", "Rechnung falsch.");
        form.submit();
        form.untilMessage("Bitte willigen Sie in die Verarbeitung Ihrer Angaben ein");
        assertEquals(0, Database.count("select count(*) from customer where email = ?", email));
    }

    @Test
    @Order(4)
    void aFilledHoneypotIsRefusedAndSavesNothing() {
        String email = "bot-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        browser = Browser.open(base);
        WebFormPage form = fill(WebFormPage.open(browser), email);

        form.fillHoneypot("http://spam.example");
        form.submit();

        form.untilMessage("Ihre Nachricht konnte nicht angenommen werden.");
        assertEquals(0, Database.count("select count(*) from customer where email = ?", email));
    }

    @Test
    @Order(5)
    void aFloodFromOneAddressIsStoppedAtTheLimit() {
        browser = Browser.open(base);
        submitValid("third-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de");
        String email = "flood-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";

        WebFormPage form = fill(WebFormPage.open(browser), email);
        form.submit();

        form.untilMessage("in der letzten Stunde schon mehrere Beschwerden");
        assertEquals(0, Database.count("select count(*) from customer where email = ?", email));
    }

    private String submitValid(String email) {
        WebFormPage form = fill(WebFormPage.open(browser), email);
        form.submit();
        return form.acknowledgedCaseNumber();
    }

    private static WebFormPage fill(WebFormPage form, String email) {
        return form.type("lastName", "Weber").type("email", email).topic("Produktqualität › Defekt")
                .type("subject", "Toaster defekt").type("message", HOSTILE).consent();
    }
}
