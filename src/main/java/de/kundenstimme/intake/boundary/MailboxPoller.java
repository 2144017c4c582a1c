package de.kundenstimme.intake.boundary;

import de.kundenstimme.intake.control.IncomingMail;
import de.kundenstimme.intake.control.MailReader;
import de.kundenstimme.intake.control.MailboxSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the complaints mailbox over IMAP. Each unread message is taken in by {@link EmailIntake}
 * in its own transaction and marked read only after that transaction committed. A crash in
 * between leaves it unread; the next poll finds its key already stored and only marks it read,
 * so nothing is lost and nothing is taken twice. A message that cannot be taken in stays unread
 * and is tried again.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());

    public record Result(boolean configured, int newCases, int replies, int alreadyTaken, int failed) {
    }

    @Resource
    TimerService timerService;

    @Inject
    EmailIntake intake;

    private final AtomicBoolean running = new AtomicBoolean();
    private final MailboxSettings settings = MailboxSettings.fromEnvironment();

    @PostConstruct
    void schedule() {
        if (settings.polling()) {
            long interval = settings.pollSeconds() * 1000L;
            timerService.createIntervalTimer(interval, interval, new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        poll();
    }

    /** One pass over the unread messages; a pass already running makes this one return at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result poll() {
        if (!settings.configured()) {
            return new Result(false, 0, 0, 0, 0);
        }
        if (!running.compareAndSet(false, true)) {
            return new Result(true, 0, 0, 0, 0);
        }
        try {
            return pollOnce();
        } finally {
            running.set(false);
        }
    }

    private Result pollOnce() {
        int newCases = 0;
        int replies = 0;
        int alreadyTaken = 0;
        int failed = 0;
        Session session = Session.getInstance(settings.sessionProperties());
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    try {
                        IncomingMail mail = MailReader.read(message);
                        EmailIntake.Result result = intake.take(mail, settings.categoryCode());
                        message.setFlag(Flags.Flag.SEEN, true);
                        switch (result.outcome()) {
                            case NEW_CASE -> newCases++;
                            case REPLY -> replies++;
                            case ALREADY_TAKEN -> alreadyTaken++;
                        }
                    } catch (MessagingException | IOException | RuntimeException e) {
                        failed++;
                        LOG.log(Level.WARNING, "E-mail number " + message.getMessageNumber() + " could not be taken in; it stays unread", e);
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "The complaints mailbox could not be read: " + e.getMessage());
            failed++;
        }
        return new Result(true, newCases, replies, alreadyTaken, failed);
    }
}
