package de.kundenstimme.feedback.boundary;

import de.kundenstimme.complaint.boundary.CaseClosed;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.feedback.control.SatisfactionFigures;
import de.kundenstimme.feedback.control.SurveyTokens;
import de.kundenstimme.feedback.entity.SatisfactionSurvey;
import de.kundenstimme.feedback.entity.SurveyState;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.Mailer;
import de.kundenstimme.platform.control.Messages;
import de.kundenstimme.platform.control.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The satisfaction survey: sent when a case closes, answered without a login through the link's
 * token. A case is asked once; reopening and closing it again sends nothing new.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Surveys {

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyTokens tokens;

    @Inject
    BusinessTime time;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    /** Runs inside the closing transaction: no survey for a close that rolls back. */
    void sendFor(@Observes CaseClosed closed) {
        Complaint complaint = closed.complaint();
        String email = complaint.getCustomer().getEmail();
        if (email == null || email.isBlank() || alreadyAsked(complaint)) {
            return;
        }
        String token = tokens.newToken();
        Instant now = time.now();
        em.persist(new SatisfactionSurvey(complaint, SurveyTokens.hash(token), email, now));
        Locale locale = Locale.GERMAN;
        mailer.sendAfterCommit(new OutgoingMail(email,
                messages.text(locale, "feedback.survey.mail.subject", complaint.getCaseNumber()),
                messages.text(locale, "feedback.survey.mail.body", complaint.getCaseNumber(), linkFor(token),
                        SatisfactionSurvey.VALIDITY.toDays())));
    }

    /** The survey sent for a closed case, answered or not; empty before the case is closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SatisfactionSurvey> ofCase(Complaint complaint) {
        return em.createNamedQuery(SatisfactionSurvey.BY_COMPLAINT, SatisfactionSurvey.class)
                .setParameter("complaint", complaint)
                .getResultStream().findFirst();
    }

    /** What the link leads to now; an unknown or altered token is UNKNOWN, never an error. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyState stateOf(String token) {
        return find(token).map(survey -> survey.stateAt(time.now())).orElse(SurveyState.UNKNOWN);
    }

    /** The case number the survey asks about, for the page's heading; empty for an unknown token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> caseNumberOf(String token) {
        return find(token).map(survey -> survey.getComplaint().getCaseNumber());
    }

    /**
     * Records the answer once and says in which state it found the survey: OPEN means the answer
     * was taken, anything else is the reason it was not. The row is locked first, so two
     * submissions racing with the same link cannot both count: the second finds it ANSWERED.
     */
    public SurveyState answer(String token, @NotNull @Valid SurveyAnswer answer) {
        Optional<SatisfactionSurvey> found = find(token);
        if (found.isEmpty()) {
            return SurveyState.UNKNOWN;
        }
        SatisfactionSurvey survey = found.get();
        em.refresh(survey, LockModeType.PESSIMISTIC_WRITE);
        Instant now = time.now();
        SurveyState state = survey.stateAt(now);
        if (state != SurveyState.OPEN) {
            return state;
        }
        survey.answer(answer.satisfaction(), answer.recommendation(), answer.comment(), now);
        return SurveyState.OPEN;
    }

    /** The satisfaction figures of the surveys answered in the period, for the figures leadership gets. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SatisfactionFigures figures(@NotNull Instant from, @NotNull Instant to) {
        return SatisfactionFigures.of(em.createQuery("select s.satisfaction, s.recommendation from SatisfactionSurvey s"
                        + " where s.answeredAt >= :from and s.answeredAt < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(row -> new SatisfactionFigures.Answer(((Number) row[0]).intValue(), ((Number) row[1]).intValue()))
                .toList());
    }

    private Optional<SatisfactionSurvey> find(String token) {
        if (!SurveyTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(SatisfactionSurvey.BY_TOKEN_HASH, SatisfactionSurvey.class)
                .setParameter("tokenHash", SurveyTokens.hash(token))
                .getResultStream().findFirst();
    }

    private boolean alreadyAsked(Complaint complaint) {
        return !em.createNamedQuery(SatisfactionSurvey.BY_COMPLAINT, SatisfactionSurvey.class)
                .setParameter("complaint", complaint).getResultList().isEmpty();
    }

    private static String linkFor(String token) {
        String base = Optional.ofNullable(System.getenv("KUNDENSTIMME_BASE_URL"))
                .filter(url -> !url.isBlank())
                .orElse("http://localhost:8080/kundenstimme");
        return base.replaceAll("/+$", "") + "/public/survey.xhtml?token=" + token;
    }
}
