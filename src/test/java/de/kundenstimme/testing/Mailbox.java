package de.kundenstimme.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server on loopback at the port the build gave the application ({@code it.smtp.port}),
 * holding what the application sent so a test can read it like the recipient would. Open it
 * before and close it after the test class.
 */
public final class Mailbox implements AutoCloseable {

    private static final long WAIT_MILLIS = 20_000;

    private final GreenMail smtp;

    private Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static Mailbox open() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Mailbox(smtp);
    }

    /** The messages whose subject names the text, e.g. a case number. */
    public List<MimeMessage> about(String text) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(text)).toList();
    }

    /** The messages to one recipient whose subject names the text. */
    public List<MimeMessage> about(String text, String recipient) {
        return about(text).stream().filter(m -> recipient(m).equals(recipient)).toList();
    }

    public List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
    }

    /** Waits until a mail to the address has arrived (mail goes out after the commit, so shortly after the answer). */
    public MimeMessage awaitMailTo(String address) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = mailsTo(address);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No e-mail to " + address + " arrived");
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a plain-text mail, with line ends as a reader sees them. */
    public static String body(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Recipients and subjects, for assertion messages. */
    public static String describe(List<MimeMessage> messages) {
        return messages.stream().map(m -> recipient(m) + ": " + subject(m)).toList().toString();
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
