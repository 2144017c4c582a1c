package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.DeadlineKind;
import de.kundenstimme.platform.control.Mailer;
import de.kundenstimme.platform.control.Messages;
import de.kundenstimme.platform.control.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The e-mails deadlines cause: a reminder to the owner before a deadline, a message to the
 * managers (level 1) or the head of department (level 2) on escalation, a manager's comment to
 * the owner. Each in the recipient's language, with a link to the case; each reminder and
 * escalation notice is recorded so it goes out once.
 */
@ApplicationScoped
public class DeadlineNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Messages messages;

    @Inject
    Mailer mailer;

    public void remind(Complaint complaint, User owner, DeadlineKind kind, LocalDate deadline, Instant now) {
        if (!recordOnce(complaint, owner, "REMINDER_" + kind.name(), deadline, now)) {
            return;
        }
        Locale locale = localeOf(owner);
        send(owner, messages.text(locale, "mail.reminder.subject", complaint.getCaseNumber(), complaint.getSubject()),
                messages.text(locale, "mail.reminder.body", owner.getFullName(), "mail.deadline." + kind.name(),
                        complaint.getCaseNumber(), complaint.getSubject(), DATE.format(deadline), linkTo(complaint)));
    }

    public void escalated(Complaint complaint, User recipient, int level, DeadlineKind kind, LocalDate deadline,
                          String reason, Instant now) {
        if (!recordOnce(complaint, recipient, "ESCALATION_" + level + "_" + kind.name(), deadline, now)) {
            return;
        }
        Locale locale = localeOf(recipient);
        String why = kind == DeadlineKind.MANUAL ? reason
                : messages.text(locale, "complaint.escalation.ruleReason", "complaint.deadlineKind." + kind.name(),
                DATE.format(deadline));
        String owner = complaint.getOwner() == null ? "–" : complaint.getOwner().getFullName();
        send(recipient, messages.text(locale, "mail.escalation.subject", level, complaint.getCaseNumber(), complaint.getSubject()),
                messages.text(locale, "mail.escalation.body", recipient.getFullName(), complaint.getCaseNumber(),
                        complaint.getSubject(), level, why, owner, linkTo(complaint)));
    }

    public void commentToOwner(Complaint complaint, User manager, String comment) {
        User owner = complaint.getOwner();
        if (owner == null) {
            return;
        }
        Locale locale = localeOf(owner);
        send(owner, messages.text(locale, "mail.comment.subject", complaint.getCaseNumber(), manager.getFullName()),
                messages.text(locale, "mail.comment.body", owner.getFullName(), manager.getFullName(),
                        complaint.getCaseNumber(), complaint.getSubject(), comment, linkTo(complaint)));
    }

    /** One row per recipient, kind and deadline: a second sweep or a restart finds it and sends nothing. */
    private boolean recordOnce(Complaint complaint, User recipient, String kind, LocalDate deadline, Instant now) {
        return em.createNativeQuery("insert ignore into deadline_notification"
                        + " (complaint_id, recipient_id, kind, deadline_date, sent_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, complaint.getId())
                .setParameter(2, recipient.getId())
                .setParameter(3, kind)
                .setParameter(4, deadline)
                .setParameter(5, now)
                .executeUpdate() == 1;
    }

    private void send(User recipient, String subject, String body) {
        if (recipient.getEmail() != null && !recipient.getEmail().isBlank()) {
            mailer.sendAfterCommit(new OutgoingMail(recipient.getEmail(), subject, body));
        }
    }

    private static Locale localeOf(User user) {
        return "en".equals(user.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    private static String linkTo(Complaint complaint) {
        String base = Optional.ofNullable(System.getenv("KUNDENSTIMME_BASE_URL"))
                .filter(url -> !url.isBlank())
                .orElse("http://localhost:8080/kundenstimme");
        return base.replaceAll("/+$", "") + "/complaint/case.xhtml?caseNumber=" + complaint.getCaseNumber();
    }
}
