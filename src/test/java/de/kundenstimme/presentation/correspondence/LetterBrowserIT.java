package de.kundenstimme.presentation.correspondence;

import de.kundenstimme.presentation.pages.LetterPage;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Four eyes in the browser: a handler drafts and submits a letter, a colleague finds it in the queue and approves it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Browser author;
    private Browser reviewer;

    @AfterEach
    void close() {
        if (author != null) {
            author.close();
        }
        if (reviewer != null) {
            reviewer.close();
        }
    }

    @Test
    void aLetterGoesFromDraftToApprovalByASecondUser() {
        String caseNumber = capture();
        author = Browser.open(base);
        LoginPage.signIn(author, "handler.service");

        LetterPage draft = LetterPage.draft(author, caseNumber, "Zwischenbescheid");
        assertEquals("Entwurf", draft.status());
        assertTrue(draft.editorText().contains("Sehr geehrte Frau Weiß,"), draft.editorText());
        assertTrue(draft.editorText().contains("Vielen Dank"), "the letter thanks the customer");
        draft.appendParagraph("Wir melden uns bis Freitag.");
        draft.save();
        draft.submit();

        assertEquals("In Prüfung", draft.status());
        assertTrue(draft.saysOwnLetter(), "the author is told a second person approves");
        assertFalse(draft.offersApproval(), "no approve button for the author");

        reviewer = Browser.open(base);
        LoginPage.signIn(reviewer, "handler.service2");
        reviewer.click(By.id("navLetterReview"));
        reviewer.untilPageContains("Briefprüfung");
        reviewer.click(By.xpath("//tr[td[normalize-space(.)='" + caseNumber + "']]//a[contains(@class,'ks-letter-link')]"));
        LetterPage review = LetterPage.on(reviewer);
        assertTrue(review.bodyText().contains("Wir melden uns bis Freitag."), review.bodyText());
        review.approve();

        assertEquals("Freigegeben", review.status());
        JsonObject letter = Api.as(base, "handler.service").get("complaints/" + caseNumber + "/letters")
                .structure().asJsonArray().getJsonObject(0);
        assertEquals("APPROVED", letter.getString("status"));
        assertEquals("handler.service2", letter.getString("reviewer"));
        assertEquals("handler.service", letter.getString("author"));
    }

    @Test
    void theAdminSeesTheTemplateFilledWhileTypingAndAnUnknownPlaceholderIsRefusedByName() {
        author = Browser.open(base);
        LoginPage.open(author).submit("admin", Api.PASSWORD);
        author.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        author.go("admin/letter-templates.xhtml");
        author.untilTextContains(By.id("template:livePreview"), "Sehr geehrte Frau Mustermann,");

        org.openqa.selenium.WebElement subject = author.find(By.id("template:subject"));
        subject.clear();
        subject.sendKeys("Ihr Anliegen {{kundennummer}}");
        author.untilTextContains(By.id("template:unknown"), "{{kundennummer}}");
        author.click(By.id("template:save"));

        author.untilTextContains(By.id("messages"), "Unbekannte Platzhalter: {{kundennummer}}");
        String saved = Api.as(base, "admin").get("letter-templates").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(t -> t.getString("letterType").equals("ACKNOWLEDGEMENT") && t.getString("language").equals("de"))
                .findFirst().orElseThrow().getString("subject");
        assertFalse(saved.contains("kundennummer"), "nothing saved: " + saved);
    }

    private String capture() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = Api.as(base, "handler.service").post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"Browserbrief %s","verbatim":"Die Maschine tropft.",
                 "customer":{"salutation":"Frau","firstName":"Erika","lastName":"Weiß","email":"weiss-%s@example.de",
                             "street":"Große Straße 5","postalCode":"80331","city":"München"}}
                """.formatted(marker, marker));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
    }
}
