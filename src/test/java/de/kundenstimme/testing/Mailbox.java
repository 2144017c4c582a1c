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
 * The SMTP server on loopback that the application under test sends to (port it.smtp.port),
 * for tests that read what a customer receives. Start it before and stop it after the class.
 */
public final class Mailbox implements AutoCloseable {

    private static final long WAIT_MILLIS = 20_000;
    private final GreenMail server;

    private Mailbox(GreenMail server) {
        this.server = server;
    }

    public static Mailbox start() {
        GreenMail server = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new Mailbox(server);
    }

    /** Waits until a mail to the address has arrived (sent after the commit, so shortly after the answer) and returns it. */
    public MimeMessage awaitMailTo(String address) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = mailsTo(address);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No e-mail to " + address + " arrived");
    }

    public List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
