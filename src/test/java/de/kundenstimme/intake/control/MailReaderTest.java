package de.kundenstimme.intake.control;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailReaderTest {

    @Test
    void readsSenderSubjectPlainTextAndAttachments() throws Exception {
        MimeMessage message = message("Erika Muster <erika@example.de>", "Lieferung fehlt");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Mein Paket ist nicht angekommen.\n", "UTF-8");
        MimeBodyPart invoice = new MimeBodyPart();
        invoice.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[]{1, 2, 3}, "application/pdf")));
        invoice.setFileName("Rechnung März.pdf");
        message.setContent(new MimeMultipart(text, invoice));
        message.saveChanges();

        IncomingMail mail = MailReader.read(asReceived(message));

        assertEquals("erika@example.de", mail.fromAddress());
        assertEquals("Erika Muster", mail.fromName());
        assertEquals("Lieferung fehlt", mail.subject());
        assertEquals("Mein Paket ist nicht angekommen.", mail.text());
        assertEquals(1, mail.attachments().size());
        assertEquals("Rechnung März.pdf", mail.attachments().get(0).fileName());
        assertEquals("application/pdf", mail.attachments().get(0).contentType());
        assertArrayEquals(new byte[]{1, 2, 3}, mail.attachments().get(0).content());
        assertEquals(message.getMessageID(), mail.key());
        assertTrue(mail.key().startsWith("<"), mail.key());
    }

    @Test
    void anHtmlOnlyMailIsReadAsTextWithoutMarkupOrScript() throws Exception {
        MimeMessage message = message("kunde@example.de", "HTML");
        message.setContent("<p>Guten Tag,<br>das Ger&auml;t ist <b>kaputt</b> &amp; laut.</p><script>alert(1)</script>",
                "text/html; charset=UTF-8");
        message.saveChanges();

        IncomingMail mail = MailReader.read(message);

        assertTrue(mail.text().startsWith("Guten Tag,\ndas Ger"), mail.text());
        assertTrue(mail.text().contains("kaputt & laut."), mail.text());
        assertTrue(!mail.text().contains("<") && !mail.text().contains("alert"), mail.text());
    }

    @Test
    void aMailWithoutMessageIdGetsAStableKeyOfItsContent() throws Exception {
        MimeMessage first = withoutId("Ohne Kennung", "Text A");
        MimeMessage same = withoutId("Ohne Kennung", "Text A");
        MimeMessage other = withoutId("Ohne Kennung", "Text B");

        assertEquals(MailReader.read(first).key(), MailReader.read(same).key());
        assertNotEquals(MailReader.read(first).key(), MailReader.read(other).key());
        assertTrue(MailReader.read(first).key().startsWith("sha256:"));
    }

    /** The message as a mail server hands it out: written to bytes and parsed again. */
    private static MimeMessage asReceived(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static MimeMessage withoutId(String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() {
                // Some senders' mail arrives without a Message-ID; this one stands for them.
            }
        };
        message.setFrom(new InternetAddress("ohne@example.de"));
        message.setSubject(subject);
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(new java.util.Date(1_700_000_000_000L));
        message.saveChanges();
        return message;
    }

    private static MimeMessage message(String from, String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("beschwerden@example.de"));
        message.setSubject(subject, "UTF-8");
        return message;
    }
}
