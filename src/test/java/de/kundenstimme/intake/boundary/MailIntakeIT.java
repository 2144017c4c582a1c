package de.kundenstimme.intake.boundary;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.kundenstimme.presentation.pages.CasePage;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.activation.DataHandler;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The complaints mailbox against a real IMAP server on loopback (GreenMail, the account the build
 * gives the application): new mail becomes a case, a reply lands in its case's timeline, and a
 * message seen again after a crash before it was marked read is not taken twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIntakeIT {

    private static final String MAILBOX = "beschwerden@test.example";
    private static final String LOGIN = "beschwerden";
    private static final String PASSWORD = "postfach-geheim";
    private static GreenMail server;
    private static GreenMailUser inbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailServer() {
        server = new GreenMail(new ServerSetup[]{
                new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Integer.getInteger("it.imap.port"), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        inbox = server.setUser(MAILBOX, LOGIN, PASSWORD);
    }

    @AfterAll
    static void stopMailServer() {
        server.stop();
    }

    @Test
    void aNewMailBecomesANewEmailCaseOfTheKnownCustomerWithItsAttachment() throws Exception {
        String sender = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        JsonObject earlier = capturedFor(sender);
        byte[] photo = "JPEG-Bilddaten des Schadens".getBytes(StandardCharsets.UTF_8);
        deliver(withAttachment(mail(sender, "Kaffeemaschine kaputt", "Die Maschine heizt nicht mehr."), "schaden.jpg", photo));

        poll();

        List<String> cases = emailCasesOf(sender);
        assertEquals(1, cases.size(), cases.toString());
        JsonObject complaint = Api.as(base, "handler.service").get("complaints/" + cases.get(0)).json();
        assertEquals("EMAIL", complaint.getString("channel"));
        assertEquals("NEW", complaint.getString("status"));
        assertEquals("Kaffeemaschine kaputt", complaint.getString("subject"));
        assertEquals("Die Maschine heizt nicht mehr.", complaint.getString("verbatim"));
        assertEquals(earlier.getJsonObject("customer").getInt("id"), complaint.getJsonObject("customer").getInt("id"),
                "linked to the customer with that address");
        assertEquals(List.of("schaden.jpg|" + photo.length), Database.strings(
                "select concat(a.file_name, '|', a.size_bytes) from complaint_attachment a join complaint c on c.id = a.complaint_id"
                        + " where c.case_number = ?", cases.get(0)));
        assertEquals(0, unreadMessages());

        try (Browser handler = LoginPage.signedIn(base, "handler.service");
             Browser otherDepartment = LoginPage.signedIn(base, "handler.logistik")) {
            CasePage.open(handler, cases.get(0));
            WebElement link = handler.find(By.cssSelector("a.ks-attachment"));
            assertEquals("schaden.jpg", link.getText());
            HttpResponse<byte[]> download = download(link.getDomProperty("href"), handler);
            assertEquals(200, download.statusCode());
            assertArrayEquals(photo, download.body(), "the file as the customer sent it");
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                    "always a download, never shown inline");
            assertEquals(404, download(link.getDomProperty("href"), otherDepartment).statusCode(),
                    "another department's handler gets nothing");
        }
    }

    private static HttpResponse<byte[]> download(String url, Browser as) throws Exception {
        String session = "JSESSIONID=" + as.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aReplyWithTheCaseNumberGoesToThatCasesTimeline() throws Exception {
        String sender = "reply-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        String caseNumber = capturedFor(sender).getString("caseNumber");
        deliver(mail(sender, "AW: Ihre Beschwerde " + caseNumber, "Ich habe das Gerät noch nicht erhalten."));

        poll();

        assertEquals(List.of(), emailCasesOf(sender), "no new case for a reply");
        List<String> notes = Database.strings("select n.text from complaint_note n join complaint c on c.id = n.complaint_id"
                + " where c.case_number = ? and n.kind = 'EMAIL'", caseNumber);
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("Ich habe das Gerät noch nicht erhalten."), notes.get(0));
    }

    @Test
    void aCaseNumberInAStrangersSubjectOpensANewCaseInstead() throws Exception {
        String customer = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        String caseNumber = capturedFor(customer).getString("caseNumber");
        deliver(mail(stranger, "Zu " + caseNumber, "Ich schreibe einfach mal in fremde Fälle."));

        poll();

        assertEquals(1, emailCasesOf(stranger).size());
        assertEquals(0, Database.count("select count(*) from complaint_note n join complaint c on c.id = n.complaint_id"
                + " where c.case_number = ? and n.kind = 'EMAIL'", caseNumber));
    }

    @Test
    void aMessageSeenAgainAfterACrashBeforeItWasMarkedReadIsNotTakenTwice() throws Exception {
        String sender = "crash-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        deliver(mail(sender, "Rechnung doppelt", "Sie haben zweimal abgebucht."));
        poll();
        assertEquals(1, emailCasesOf(sender).size());

        markAllUnread();
        JsonObject second = poll();

        assertTrue(second.getInt("alreadyTaken") >= 1, second.toString());
        assertEquals(1, emailCasesOf(sender).size(), "still one case");
        assertEquals(0, unreadMessages(), "marked read this time");
    }

    @Test
    void anonymisingTheCustomerErasesTheMailAndEmptiesItsAttachment() throws Exception {
        String sender = "loeschen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        long customerId = capturedFor(sender).getJsonObject("customer").getJsonNumber("id").longValue();
        deliver(withAttachment(mail(sender, "Rechnung von Frau Postfach", "Meine IBAN DE02120300000000202051 stimmt nicht."),
                "kontoauszug-postfach.pdf", "Kontoauszug".getBytes(StandardCharsets.UTF_8)));
        poll();
        String caseNumber = emailCasesOf(sender).get(0);

        Api.Reply erased = Api.as(base, "admin").post("customers/" + customerId + "/anonymisation",
                "{\"reason\":\"Antrag per E-Mail\"}");

        assertEquals(200, erased.status(), erased.body());
        JsonObject complaint = Api.as(base, "handler.service").get("complaints/" + caseNumber).json();
        assertEquals("EMAIL", complaint.getString("channel"), "the case itself stays");
        assertEquals("Anonymisiert", complaint.getString("verbatim"));
        assertEquals(List.of("Anonymisiert|0|0"), Database.strings("select concat(a.file_name, '|', a.size_bytes, '|',"
                + " length(a.content)) from complaint_attachment a join complaint c on c.id = a.complaint_id"
                + " where c.case_number = ?", caseNumber));
        String export = Api.as(base, "admin").get("customers/" + customerId + "/export").body();
        assertFalse(export.contains(sender) || export.contains("DE02120300000000202051") || export.contains("kontoauszug"),
                export);
    }

    @Test
    void onlyAnAdminMayPollTheMailbox() {
        assertEquals(403, Api.as(base, "handler.service").post("mailbox/poll", "{}").status());
        assertEquals(401, Api.anonymous(base).post("mailbox/poll", "{}").status());
    }

    private JsonObject poll() {
        Api.Reply reply = Api.as(base, "admin").post("mailbox/poll", "{}");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getBoolean("configured"), reply.body());
        assertEquals(0, reply.json().getInt("failed"), reply.body());
        return reply.json();
    }

    private JsonObject capturedFor(String email) {
        Api.Reply reply = Api.as(base, "handler.service").post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"Erster Anruf","verbatim":"Gerät defekt.","customer":{"lastName":"Postfach","email":"%s"}}
                """.formatted(email));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static List<String> emailCasesOf(String email) {
        return Database.strings("select c.case_number from complaint c join customer k on k.id = c.customer_id"
                + " where k.email = ? and c.channel = 'EMAIL' order by c.id", email);
    }

    private static MimeMessage mail(String from, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.saveChanges();
        return message;
    }

    private static MimeMessage withAttachment(MimeMessage message, String fileName, byte[] content) throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        text.setText((String) message.getContent(), "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "image/jpeg")));
        file.setFileName(fileName);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart(text, file));
        message.saveChanges();
        return message;
    }

    private static void deliver(MimeMessage message) {
        inbox.deliver(message);
    }

    private static int unreadMessages() throws MessagingException {
        try (Store store = imap()) {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                return folder.getUnreadMessageCount();
            } finally {
                folder.close(false);
            }
        }
    }

    /** What a crash between the commit and the marking leaves behind: messages taken in, yet unread. */
    private static void markAllUnread() throws MessagingException {
        try (Store store = imap()) {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            try {
                folder.setFlags(folder.getMessages(), new Flags(Flags.Flag.SEEN), false);
            } finally {
                folder.close(false);
            }
        }
    }

    private static Store imap() throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", Integer.getInteger("it.imap.port"), LOGIN, PASSWORD);
        return store;
    }
}
