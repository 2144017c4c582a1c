package de.kundenstimme.intake.boundary;

import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.complaint.boundary.CaptureRequest;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.boundary.CustomerReference;
import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.NoteKind;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.intake.control.CustomerMatching;
import de.kundenstimme.intake.control.SubmissionLimit;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.platform.control.Mailer;
import de.kundenstimme.platform.control.Messages;
import de.kundenstimme.platform.control.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Locale;

/**
 * The public complaint form: nobody signs in, so it guards itself. A filled honeypot or too many
 * submissions from one address are refused before anything is saved; a complaint that passes
 * becomes a new case of channel WEB_FORM and the customer gets its number by e-mail.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class WebForm {

    /** The name the case history gives the public form as the one who captured the case. */
    public static final String ACTOR = "webform";

    @Inject
    Complaints complaints;

    @Inject
    SubmissionLimit limit;

    @Inject
    CustomerMatching customerMatching;

    @Inject
    BusinessTime time;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @PersistenceContext
    EntityManager em;

    public Complaint submit(@NotNull @Valid WebFormSubmission submission, @NotNull String remoteAddress,
                            @NotNull Locale locale) {
        if (!submission.consent()) {
            throw new InvalidInput("consent", "intake.webForm.consent.required");
        }
        if (submission.filledByBot()) {
            throw new InvalidInput("form", "intake.webForm.refused");
        }
        if (!limit.tryAcquire(remoteAddress, time.now())) {
            throw new InvalidInput("form", "intake.webForm.tooMany");
        }
        Complaint complaint = complaints.captureBy(new CaptureRequest(Channel.WEB_FORM, null, null,
                customerOf(submission), submission.topic(), null, Priority.NORMAL, submission.subject(),
                submission.message(), submission.desiredOutcome(), false, false, false), ACTOR);
        complaint.addNote(NoteKind.NOTE, messages.text(Locale.GERMAN, "intake.webForm.consentNote"), ACTOR, time.now());
        mailer.sendAfterCommit(new OutgoingMail(submission.email().strip(),
                messages.text(locale, "intake.webForm.mail.subject", complaint.getCaseNumber()),
                messages.text(locale, "intake.webForm.mail.body", complaint.getCaseNumber(), complaint.getSubject())));
        return complaint;
    }

    /** The topics a customer may choose: the active second-level categories, in the tree's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Category> topics() {
        return em.createNamedQuery(Category.ACTIVE, Category.class).getResultStream()
                .filter(Category::isLeaf)
                .toList();
    }

    private CustomerReference customerOf(WebFormSubmission submission) {
        return customerMatching.byEmail(submission.email())
                .map(known -> CustomerReference.existing(known.getId()))
                .orElseGet(() -> new CustomerReference(null, null, blankToNull(submission.firstName()),
                        submission.lastName().strip(), null, submission.email().strip(), blankToNull(submission.phone()),
                        null, null, null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
