package de.kundenstimme.presentation.feedback;

import de.kundenstimme.presentation.pages.CasePage;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.presentation.pages.SurveyPage;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The satisfaction survey from the customer's side: closing a case mails a link; the link opens
 * the questions without a login, takes one answer, and refuses kindly when used again, altered
 * or expired.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyBrowserIT {

    private static final Pattern TOKEN = Pattern.compile("survey\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
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
    void theCustomerAnswersOnceAndIsThankedThenTheLinkIsUsedUp() {
        String email = "survey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        browser = Browser.open(base);
        String caseNumber = closedCaseOf(email);
        String token = tokenMailedTo(email, caseNumber);
        browser.deleteCookies();

        SurveyPage survey = SurveyPage.open(browser, token);
        assertTrue(survey.asksQuestions());
        assertEquals(caseNumber, survey.caseNumber());
        assertEquals(List.of(), Accessibility.seriousViolations(browser), "the survey page");
        survey.submit();
        browser.untilTextContains(SurveyPage.MESSAGES, "Bitte wählen Sie, wie zufrieden Sie waren");
        assertEquals(0, Database.count("select count(*) from satisfaction_survey s join complaint c on c.id = s.complaint_id"
                + " where c.case_number = ? and s.answered_at is not null", caseNumber));

        survey.choose("satisfaction", 4).choose("recommendation", 9).comment("<i>Schnell</i> & freundlich");
        survey.submit();

        assertTrue(survey.thanks().contains("Vielen Dank für Ihre Antwort"), survey.thanks());
        assertEquals(List.of("4", "9", "<i>Schnell</i> & freundlich"), answerOf(caseNumber));

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        JsonObject figures = Api.as(base, "executive").get("figures/satisfaction?from=" + today + "&to=" + today.plusDays(1)).json();
        assertTrue(figures.getInt("answers") >= 1, figures.toString());
        assertEquals(403, Api.as(base, "handler.service").get("figures/satisfaction?from=" + today + "&to=" + today.plusDays(1)).status());

        SurveyPage again = SurveyPage.open(browser, token);
        assertFalse(again.asksQuestions());
        assertTrue(again.refusal().contains("Antwort bereits erhalten"), again.refusal());
        assertEquals(List.of("4", "9", "<i>Schnell</i> & freundlich"), answerOf(caseNumber));
        LoginPage.signIn(browser, "handler.service");
        CasePage.open(browser, caseNumber);
        assertTrue(browser.text(By.id("case:surveyAnswer")).contains("Zufriedenheit mit der Bearbeitung: 4 von 5"),
                browser.text(By.id("case:surveyAnswer")));
        assertTrue(browser.text(By.id("case:surveyAnswer")).contains("<i>Schnell</i> & freundlich"), "the answer, escaped");
    }

    @Test
    void anAlteredOrMadeUpLinkGetsAFriendlyRefusal() {
        browser = Browser.open(base);
        String madeUp = "A".repeat(43);

        for (String token : List.of(madeUp, "' OR 1=1 --", "<script>alert(1)</script>", "")) {
            SurveyPage page = SurveyPage.open(browser, java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
            assertFalse(page.asksQuestions(), token);
            assertTrue(page.refusal().contains("Diesen Link kennen wir leider nicht"), page.refusal());
            assertTrue(browser.openAlert().isEmpty());
        }
        assertEquals(List.of(), Accessibility.seriousViolations(browser), "the refusal");
    }

    @Test
    void anExpiredLinkTakesNoAnswer() throws SQLException {
        String email = "expired-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        browser = Browser.open(base);
        String caseNumber = closedCaseOf(email);
        String token = tokenMailedTo(email, caseNumber);
        expireSurveyOf(caseNumber);
        browser.deleteCookies();

        SurveyPage survey = SurveyPage.open(browser, token);

        assertFalse(survey.asksQuestions());
        assertTrue(survey.refusal().contains("nicht mehr gültig"), survey.refusal());
    }

    /** A case captured and resolved through the API, then answered by phone and closed on the case screen. */
    private String closedCaseOf(String email) {
        Api api = Api.as(base, "handler.service");
        Api.Reply captured = api.post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"Wasserkocher undicht","verbatim":"Er tropft.",
                 "customer":{"lastName":"Befragt","email":"%s"}}
                """.formatted(email));
        assertEquals(201, captured.status(), captured.body());
        String caseNumber = captured.json().getString("caseNumber");
        String etag = api.get("complaints/" + caseNumber).header("ETag");
        for (String action : List.of("{\"action\":\"ACKNOWLEDGE\"}", "{\"action\":\"START\"}",
                "{\"action\":\"RESOLVE\",\"agreedSolution\":\"Neues Gerät geschickt.\"}")) {
            Api.Reply moved = api.post("complaints/" + caseNumber + "/transitions", action, etag);
            assertEquals(200, moved.status(), moved.body());
            etag = moved.header("ETag");
        }
        LoginPage.signIn(browser, "handler.service");
        CasePage page = CasePage.open(browser, caseNumber);
        page.addNote("Abschließende Antwort telefonisch gegeben", "Kunde ist zufrieden.");
        page.perform("Abschließen", "Abgeschlossen");
        return caseNumber;
    }

    private static String tokenMailedTo(String email, String caseNumber) {
        MimeMessage mail = mailbox.awaitMailTo(email);
        assertTrue(Mailbox.subject(mail).contains(caseNumber), Mailbox.subject(mail));
        Matcher link = TOKEN.matcher(Mailbox.body(mail));
        assertTrue(link.find(), Mailbox.body(mail));
        return link.group(1);
    }

    private static List<String> answerOf(String caseNumber) {
        String where = " from satisfaction_survey s join complaint c on c.id = s.complaint_id where c.case_number = ?";
        return List.of(Database.strings("select s.satisfaction" + where, caseNumber).get(0),
                Database.strings("select s.recommendation" + where, caseNumber).get(0),
                Database.strings("select s.comment_text" + where, caseNumber).get(0));
    }

    /** Moves the survey's expiry into the past, standing in for thirty days that passed. */
    private static void expireSurveyOf(String caseNumber) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password", ""));
             PreparedStatement update = db.prepareStatement("update satisfaction_survey set expires_at = now(6) - interval 1 day"
                     + " where complaint_id = (select id from complaint where case_number = ?)")) {
            update.setString(1, caseNumber);
            assertEquals(1, update.executeUpdate());
        }
    }
}
