package de.kundenstimme.presentation.intake;

import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.presentation.pages.MentionQueuePage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.MentionSender;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The triage queue in the browser: mentions from the webhook ranked by the rules, one turned into
 * a social-media complaint with its public reply, one dismissed with a reason; the admin's rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MentionTriageBrowserIT {

    private static final Pattern CASE_NUMBER = Pattern.compile("BE-\\d{4}-\\d{6}");

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
    void aHandlerTurnsTheTopMentionIntoAComplaintAndDismissesAnInsult() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String concern = "Toaster " + marker + " funktioniert nicht, schlecht, kaputt! <script>alert(1)</script>";
        String insult = "Ihr seid alle doof " + marker;
        posted(concern, "TWITTER_X");
        posted(insult, "INSTAGRAM");
        browser = Browser.open(base);
        LoginPage.signIn(browser, "handler.service");

        browser.click(By.id("navMentions"));
        MentionQueuePage queue = MentionQueuePage.open(browser);
        assertTrue(queue.positionOf(concern) >= 0 && queue.positionOf(concern) < queue.positionOf(insult),
                "ranked by the rules: " + queue.rows());
        assertTrue(browser.openAlert().isEmpty(), "the post's script did not run");

        queue.select(marker + " funktioniert").category("Defekt").fill("lastName", "Erika Vogel")
                .fill("email", "vogel-" + marker + "@example.de").convert();
        queue.untilMessage("Bitte halten Sie die öffentliche Antwort fest.");
        queue.fill("publicReply", "Das tut uns leid! Bitte schreiben Sie uns eine Direktnachricht.").convert();
        queue.untilMessage("aus der Erwähnung angelegt");
        Matcher number = CASE_NUMBER.matcher(queue.messages());
        assertTrue(number.find(), queue.messages());

        JsonObject complaint = Api.as(base, "handler.service").get("complaints/" + number.group()).json();
        assertEquals("SOCIAL_MEDIA", complaint.getString("channel"));
        assertEquals("TWITTER_X", complaint.getString("socialNetwork"));
        assertEquals(concern, complaint.getString("verbatim"));
        List<String> notes = Database.strings("select n.text from complaint_note n join complaint c on c.id = n.complaint_id"
                + " where c.case_number = ? order by n.id", number.group());
        assertTrue(notes.get(0).contains("Bitte schreiben Sie uns eine Direktnachricht."), notes.toString());
        assertTrue(notes.get(1).contains("privaten Kanal"), notes.toString());

        queue = MentionQueuePage.open(browser);
        queue.select(insult).dismiss();
        queue.untilMessage("Bitte begründen Sie");
        queue.fill("reason", "Pauschale Beleidigung ohne Anliegen").dismiss();
        queue.untilMessage("wurde verworfen");

        queue = MentionQueuePage.open(browser);
        assertEquals(-1, queue.positionOf(marker), "both decided: " + queue.rows());
        assertEquals("Pauschale Beleidigung ohne Anliegen", Database.strings(
                "select dismissal_reason from mention where text = ?", insult).get(0));
        assertFalse(queue.firstResponse().contains(": 0 Erwähnungen"), queue.firstResponse());
    }

    @Test
    void theAdminAddsATriageRuleAndAHandlerMayNot() {
        String term = "rule-" + UUID.randomUUID().toString().substring(0, 8);
        browser = Browser.open(base);
        LoginPage.open(browser).submit("admin", "demo");
        browser.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        browser.go("admin/triage-rules.xhtml");
        browser.find(By.id("rules:term")).sendKeys(term);
        browser.click(By.id("rules:add"));
        browser.untilTextContains(By.id("messages"), "wurde angelegt");
        assertTrue(browser.text(By.id("rules:table")).contains(term));

        assertEquals(1, Database.count("select count(*) from triage_rule where term = ? and active", term));
        browser.deleteCookies();
        LoginPage.signIn(browser, "handler.service");
        browser.go("admin/triage-rules.xhtml");
        browser.untilPageContains("Kein Zugriff");
    }

    private void posted(String text, String network) {
        String body = """
                {"network":"%s","externalId":"%s","author":"@kunde","text":"%s","postedAt":"%s"}"""
                .formatted(network, UUID.randomUUID(), text.replace("\"", "\\\""), Instant.now().minusSeconds(600));
        Api.Reply reply = new MentionSender(base).send(body);
        assertEquals(201, reply.status(), reply.body());
    }
}
