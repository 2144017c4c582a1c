package de.kundenstimme.complaint.boundary;

import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.Mailbox;

import static de.kundenstimme.testing.Mailbox.body;
import static de.kundenstimme.testing.Mailbox.describe;
import static de.kundenstimme.testing.Mailbox.recipient;
import static de.kundenstimme.testing.Mailbox.subject;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deadlines that act: the sweep escalates past deadlines once per level and deadline, tells the
 * managers by e-mail (read from a real SMTP server on loopback), reminds owners before a
 * deadline, and the manager clears an escalation. Days pass by moving the deployed application's
 * clock (TravellingTime), so nothing waits for real time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EscalationIT {

    private static final String MANAGER_MAIL = "manager.service@kundenstimme.example";
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void openMailbox() {
        mailbox = Mailbox.open();
    }

    @AfterAll
    static void closeMailbox() {
        mailbox.close();
    }

    @Test
    void aCasePastItsDeadlineIsEscalatedToLevelOneThenThreeBusinessDaysLaterToLevelTwoOnceEach() throws Exception {
        String caseNumber = capture("HIGH", Instant.now());
        LocalDate acknowledgementDue = LocalDate.parse(handler().get("complaints/" + caseNumber).json()
                .getString("acknowledgementDue"));
        sweep();
        assertEquals(0, handler().get("complaints/" + caseNumber).json().getInt("escalationLevel"), "not due yet");

        travelTo(acknowledgementDue.plusDays(1));
        sweep();
        sweep();
        JsonObject levelOne = handler().get("complaints/" + caseNumber).json();
        assertEquals(1, levelOne.getInt("escalationLevel"));
        List<MimeMessage> mails = mailbox.about(caseNumber, MANAGER_MAIL);
        assertEquals(1, mails.size(), "one mail to the manager although the sweep ran twice: " + describe(mails));
        assertTrue(subject(mails.get(0)).contains("Stufe 1"), describe(mails));
        assertTrue(body(mails.get(0)).contains("/complaint/case.xhtml?caseNumber=" + caseNumber),
                "the mail links to the case");

        travelTo(acknowledgementDue.plusDays(8));
        sweep();
        JsonObject levelTwo = handler().get("complaints/" + caseNumber).json();
        assertEquals(2, levelTwo.getInt("escalationLevel"));
        List<MimeMessage> afterLevelTwo = mailbox.about(caseNumber, MANAGER_MAIL);
        assertTrue(afterLevelTwo.stream().anyMatch(m -> subject(m).contains("Stufe 2")), describe(afterLevelTwo));

        sweep();
        assertEquals(afterLevelTwo.size(), mailbox.about(caseNumber, MANAGER_MAIL).size(), "a further sweep sends nothing again");
        assertEquals(levelTwo.getInt("version"), handler().get("complaints/" + caseNumber).json().getInt("version"),
                "a further sweep changes nothing");
    }

    @Test
    void theManagerSeesTheCaseInTheQueueAndClearsItWithAReason() {
        String caseNumber = capture("NORMAL", Instant.now().minus(Duration.ofDays(40)));
        sweep();

        JsonObject entry = queueEntry(caseNumber);
        assertTrue(entry.getInt("escalationLevel") > 0);
        assertTrue(entry.getJsonArray("escalations").size() > 0, "the queue names the reason");
        assertEquals(403, handler().get("escalations").status(), "handlers have no escalation queue");

        String etag = handler().get("complaints/" + caseNumber).header("ETag");
        assertEquals(400, manager().post("complaints/" + caseNumber + "/escalation/clear", "{\"reason\":\" \"}", etag).status());
        assertEquals(403, handler().post("complaints/" + caseNumber + "/escalation/clear",
                "{\"reason\":\"erledigt\"}", etag).status());
        Api.Reply cleared = manager().post("complaints/" + caseNumber + "/escalation/clear",
                "{\"reason\":\"Rückruf vereinbart, Kunde informiert\"}", etag);

        assertEquals(200, cleared.status(), cleared.body());
        assertEquals(0, cleared.json().getInt("escalationLevel"));
        assertEquals(412, manager().post("complaints/" + caseNumber + "/escalation/clear",
                "{\"reason\":\"nochmal\"}", etag).status(), "the old ETag is stale now");
    }

    @Test
    void aHandlerEscalatesByHandWithAReasonAndTheManagerIsTold() throws Exception {
        String caseNumber = capture("NORMAL", Instant.now());
        String etag = handler().get("complaints/" + caseNumber).header("ETag");

        assertEquals(400, handler().post("complaints/" + caseNumber + "/escalation", "{}", etag).status());
        Api.Reply escalated = handler().post("complaints/" + caseNumber + "/escalation",
                "{\"reason\":\"Kunde droht mit Anwalt\"}", etag);

        assertEquals(200, escalated.status(), escalated.body());
        assertEquals(1, escalated.json().getInt("escalationLevel"));
        List<MimeMessage> mails = mailbox.about(caseNumber);
        assertEquals(1, mails.size(), describe(mails));
        assertTrue(body(mails.get(0)).contains("Kunde droht mit Anwalt"));
    }

    @Test
    void theManagerWhoChoseEnglishGetsTheMailInEnglish() {
        try (Browser manager = LoginPage.signedIn(base, "manager.service")) {
            manager.click(By.id("userMenu:langEn"));
            manager.untilTextContains(By.id("userMenu"), "Log out");
            try {
                String caseNumber = capture("NORMAL", Instant.now());
                String etag = handler().get("complaints/" + caseNumber).header("ETag");
                assertEquals(200, handler().post("complaints/" + caseNumber + "/escalation",
                        "{\"reason\":\"Kunde droht mit Anwalt\"}", etag).status());

                List<MimeMessage> mails = mailbox.about(caseNumber, MANAGER_MAIL);
                assertEquals(1, mails.size(), describe(mails));
                assertTrue(subject(mails.get(0)).startsWith("Escalation level 1"), subject(mails.get(0)));
                assertTrue(body(mails.get(0)).contains("has been escalated to level 1"), body(mails.get(0)));
            } finally {
                manager.click(By.id("userMenu:langDe"));
                manager.untilTextContains(By.id("userMenu"), "Abmelden");
            }
        }
    }

    @Test
    void theOwnerIsRemindedOnceBeforeADeadline() throws Exception {
        String caseNumber = capture("CRITICAL", Instant.now());
        JsonObject complaint = handler().get("complaints/" + caseNumber).json();
        String ownerMail = complaint.getString("owner") + "@kundenstimme.example";

        sweep();
        sweep();

        List<MimeMessage> reminders = mailbox.about(caseNumber).stream().filter(m -> recipient(m).equals(ownerMail)).toList();
        assertEquals(1, reminders.size(), "one reminder for the acknowledgement deadline: " + describe(reminders));
        assertTrue(subject(reminders.get(0)).contains("Frist läuft bald ab"));
    }

    @Test
    void waitingForTheCustomerMovesTheResolutionDeadline() {
        String caseNumber = capture("NORMAL", Instant.now());
        String etag = handler().get("complaints/" + caseNumber).header("ETag");
        etag = transition(caseNumber, etag, "ACKNOWLEDGE");
        etag = transition(caseNumber, etag, "START");
        etag = transition(caseNumber, etag, "WAIT_FOR_CUSTOMER");
        LocalDate dueBefore = LocalDate.parse(handler().get("complaints/" + caseNumber).json().getString("resolutionDue"));

        admin().travelTo(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(14));
        Api.Reply resumed = handler().post("complaints/" + caseNumber + "/transitions", "{\"action\":\"RESUME\"}", etag);

        assertEquals(200, resumed.status(), resumed.body());
        LocalDate dueAfter = LocalDate.parse(resumed.json().getString("resolutionDue"));
        assertTrue(dueAfter.isAfter(dueBefore.plusDays(7)),
                "two weeks of waiting move the deadline by their ten business days: " + dueBefore + " -> " + dueAfter);
        assertTrue(dueAfter.isBefore(dueBefore.plusDays(25)), dueBefore + " -> " + dueAfter);

        assertEquals(403, handler().post("complaints/" + caseNumber + "/deadlines/recalculation", "",
                resumed.header("ETag")).status(), "only managers recalculate");
        Api.Reply recalculated = manager().post("complaints/" + caseNumber + "/deadlines/recalculation", "",
                resumed.header("ETag"));
        assertEquals(200, recalculated.status(), recalculated.body());
        assertEquals(dueAfter.toString(), recalculated.json().getString("resolutionDue"),
                "a recalculation keeps the time waited for the customer");
    }

    @Test
    void onlyAnAdminRunsTheSweepOnDemand() {
        assertEquals(403, handler().post("deadlines/sweep", "{}").status());
        assertEquals(403, manager().post("deadlines/sweep", "{}").status());
    }

    private String capture(String priority, Instant receivedAt) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = handler().post("complaints", """
                {"channel":"LETTER","categoryCode":"PRODUKT_DEFEKT","priority":"%s","receivedAt":"%s",
                 "subject":"Fristtest %s","verbatim":"Seit Wochen keine Antwort.",
                 "customer":{"lastName":"Frist-%s","email":"frist-%s@example.de"}}
                """.formatted(priority, receivedAt, marker, marker, marker));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
    }

    private String transition(String caseNumber, String etag, String action) {
        Api.Reply reply = handler().post("complaints/" + caseNumber + "/transitions", "{\"action\":\"" + action + "\"}", etag);
        assertEquals(200, reply.status(), reply.body());
        return reply.header("ETag");
    }

    /** Moves the application's clock forward until its today is the given day. */
    private void travelTo(LocalDate day) {
        assertEquals(200, admin().travelTo(day).status());
    }

    @AfterEach
    void backToTheRealTime() {
        admin().resetClock();
    }

    private Api admin() {
        return Api.as(base, "admin");
    }

    private void sweep() {
        Api.Reply reply = Api.as(base, "admin").post("deadlines/sweep", "{}");
        assertEquals(200, reply.status(), reply.body());
    }

    private JsonObject queueEntry(String caseNumber) {
        for (int offset = 0; offset < 2000; offset += 100) {
            Api.Reply reply = manager().get("escalations?size=100&offset=" + offset);
            assertEquals(200, reply.status(), reply.body());
            var page = reply.structure().asJsonArray();
            for (var value : page) {
                if (value.asJsonObject().getString("caseNumber").equals(caseNumber)) {
                    return value.asJsonObject();
                }
            }
            if (page.size() < 100) {
                break;
            }
        }
        throw new AssertionError(caseNumber + " is not in the manager's queue");
    }

    private Api handler() {
        return Api.as(base, "handler.service");
    }

    private Api manager() {
        return Api.as(base, "manager.service");
    }
}
