package de.kundenstimme.intake.boundary;

import de.kundenstimme.complaint.boundary.CaptureRequest;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.boundary.CustomerReference;
import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.NoteKind;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.intake.control.CustomerMatching;
import de.kundenstimme.intake.control.IncomingMail;
import de.kundenstimme.intake.entity.ComplaintAttachment;
import de.kundenstimme.intake.entity.IntakeMessage;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes one e-mail of the mailbox in, in a transaction of its own: a new case of channel EMAIL,
 * or, when the subject names a case of the same sender, an entry in that case's timeline. The
 * message's key is stored in the same transaction, so a message seen again is recognised.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
public class EmailIntake {

    /** The name the case history gives the mailbox as the one who captured the case. */
    public static final String ACTOR = "mailbox";
    static final int SUBJECT_MAX = 200;
    static final int VERBATIM_MAX = 20_000;
    static final int NAME_MAX = 255;
    private static final Pattern CASE_NUMBER = Pattern.compile("BE-\\d{4}-\\d{6}");

    public enum Outcome { NEW_CASE, REPLY, ALREADY_TAKEN }

    public record Result(Outcome outcome, String caseNumber) {
    }

    @Inject
    Complaints complaints;

    @Inject
    CustomerMatching customerMatching;

    @Inject
    BusinessTime time;

    @PersistenceContext
    EntityManager em;

    public Result take(IncomingMail mail, String categoryCode) {
        if (em.createNamedQuery(IntakeMessage.COUNT_BY_KEY, Long.class).setParameter("key", mail.key()).getSingleResult() > 0) {
            return new Result(Outcome.ALREADY_TAKEN, null);
        }
        Instant now = time.now();
        Optional<Complaint> answered = caseAnsweredBy(mail);
        Complaint complaint = answered.orElseGet(() -> capture(mail, categoryCode, now));
        if (answered.isPresent()) {
            complaint.addNote(NoteKind.EMAIL, noteOf(mail), ACTOR, now);
        }
        String words = mail.text().isEmpty() ? "(ohne Text)" : mail.text();
        if (words.length() > VERBATIM_MAX || answered.isPresent() && words.length() > VERBATIM_MAX / 2) {
            keep(complaint, new IncomingMail.Attachment("nachricht.txt", "text/plain", words.getBytes(StandardCharsets.UTF_8)), now);
        }
        mail.attachments().forEach(attachment -> keep(complaint, attachment, now));
        em.persist(new IntakeMessage(mail.key(), complaint.getId(), answered.isPresent(), now));
        return new Result(answered.isPresent() ? Outcome.REPLY : Outcome.NEW_CASE, complaint.getCaseNumber());
    }

    /** A reply: the subject names an existing case, and the mail comes from that case's customer. */
    private Optional<Complaint> caseAnsweredBy(IncomingMail mail) {
        if (mail.subject() == null || mail.fromAddress() == null) {
            return Optional.empty();
        }
        Matcher matcher = CASE_NUMBER.matcher(mail.subject());
        if (!matcher.find()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Complaint.BY_CASE_NUMBER, Complaint.class)
                .setParameter("caseNumber", matcher.group())
                .getResultStream().findFirst()
                .filter(c -> mail.fromAddress().equalsIgnoreCase(c.getCustomer().getEmail()));
    }

    private Complaint capture(IncomingMail mail, String categoryCode, Instant now) {
        String words = mail.text().isEmpty() ? "(ohne Text)" : mail.text();
        Instant sent = mail.sentAt() == null || mail.sentAt().isAfter(now) ? now : mail.sentAt();
        return complaints.captureBy(new CaptureRequest(Channel.EMAIL, null, sent, customerOf(mail), categoryCode, null,
                Priority.NORMAL, subjectOf(mail), cut(words, VERBATIM_MAX), null, false, false, false), ACTOR);
    }

    private CustomerReference customerOf(IncomingMail mail) {
        return customerMatching.byEmail(mail.fromAddress())
                .map(known -> CustomerReference.existing(known.getId()))
                .orElseGet(() -> new CustomerReference(null, null, null, lastNameOf(mail), null,
                        mail.fromAddress(), null, null, null, null));
    }

    /** The display name of the sender, or the part of the address before the @ when there is none. */
    private static String lastNameOf(IncomingMail mail) {
        String name = mail.fromName() != null && !mail.fromName().isBlank() ? mail.fromName().strip()
                : mail.fromAddress() == null ? "Unbekannt" : mail.fromAddress().replaceFirst("@.*$", "");
        return cut(name, 100);
    }

    private static String subjectOf(IncomingMail mail) {
        String subject = mail.subject() == null || mail.subject().isBlank() ? "(ohne Betreff)" : mail.subject().strip();
        return cut(subject, SUBJECT_MAX);
    }

    private static String noteOf(IncomingMail mail) {
        String text = (mail.subject() == null ? "" : mail.subject().strip() + "\n\n") + mail.text();
        return cut(text, VERBATIM_MAX / 2);
    }

    private void keep(Complaint complaint, IncomingMail.Attachment attachment, Instant now) {
        em.persist(new ComplaintAttachment(complaint.getId(), cut(attachment.fileName(), NAME_MAX),
                cut(attachment.contentType(), NAME_MAX), attachment.content(), now));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
