package de.kundenstimme.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends e-mail through the server's mail session (SMTP_HOST, SMTP_PORT, SMTP_FROM), and only
 * once the transaction that decided to send it has committed: a rolled-back change sends nothing.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Kundenstimme")
    Session session;

    @Inject
    Event<OutgoingMail> outbox;

    public void sendAfterCommit(OutgoingMail mail) {
        outbox.fire(mail);
    }

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.attachment() == null) {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.body(), StandardCharsets.UTF_8.name());
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment().content(),
                        mail.attachment().contentType())));
                file.setFileName(mail.attachment().fileName());
                message.setContent(new MimeMultipart(text, file));
            }
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "E-mail to " + mail.to() + " could not be sent: " + e.getMessage());
        }
    }
}
