package de.kundenstimme.intake.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.complaint.boundary.CaptureRequest;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.boundary.CustomerReference;
import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.NoteKind;
import de.kundenstimme.intake.control.ResponseTimes;
import de.kundenstimme.intake.control.Triage;
import de.kundenstimme.intake.control.WebhookSignature;
import de.kundenstimme.intake.entity.Mention;
import de.kundenstimme.intake.entity.MentionStatus;
import de.kundenstimme.intake.entity.TriageRule;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Online mentions: taken in from the webhook, ranked by the triage rules, and turned into a
 * complaint or dismissed by a handler. The admin keeps the rules.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Mentions {

    /** Nonces are kept well beyond the signature's tolerance, so no replay falls into a gap. */
    private static final Duration NONCE_MEMORY = WebhookSignature.TOLERANCE.multipliedBy(3);
    public static final int REASON_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Complaints complaints;

    @Inject
    BusinessTime time;

    @Inject
    Messages messages;

    /** A post taken in; {@code isNew} is false when the same post (network and id) was there already. */
    public record Received(Mention mention, boolean isNew) {
    }

    /** Stores a post once; the same post sent again (same network and id) is answered with the stored one. */
    public Received receive(@NotNull MentionPost post, @NotNull String nonce) {
        Instant now = time.now();
        remember(nonce, now);
        Mention known = em.createNamedQuery(Mention.BY_EXTERNAL, Mention.class)
                .setParameter("network", post.network()).setParameter("externalId", post.externalId())
                .getResultStream().findFirst().orElse(null);
        if (known != null) {
            return new Received(known, false);
        }
        Triage.Ranking ranking = Triage.rank(post.text(), em.createNamedQuery(TriageRule.ACTIVE, TriageRule.class).getResultList());
        Mention mention = new Mention(post.network(), post.externalId(), post.author(), post.text(), post.url(),
                post.postedAt(), now, ranking.score(), ranking.matchedTerms().isEmpty() ? null : String.join(", ", ranking.matchedTerms()));
        em.persist(mention);
        return new Received(mention, true);
    }

    private void remember(String nonce, Instant now) {
        em.createNativeQuery("delete from webhook_nonce where received_at < ?")
                .setParameter(1, Timestamp.from(now.minus(NONCE_MEMORY))).executeUpdate();
        Number seen = (Number) em.createNativeQuery("select count(*) from webhook_nonce where nonce = ?")
                .setParameter(1, nonce).getSingleResult();
        if (seen.longValue() > 0) {
            throw new Replayed();
        }
        em.createNativeQuery("insert into webhook_nonce (nonce, received_at) values (?, ?)")
                .setParameter(1, nonce).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Mention> queue() {
        requireCaseWorker();
        return em.createNamedQuery(Mention.OPEN_QUEUE, Mention.class).setMaxResults(200).getResultList();
    }

    /** The mention becomes a complaint of channel SOCIAL_MEDIA on its network; the public reply and the move to a private channel go to the timeline. */
    public Complaint convert(long mentionId, long expectedVersion, @NotNull @Valid ConversionRequest request) {
        requireCaseWorker();
        Mention mention = openMention(mentionId, expectedVersion);
        if (blank(request.email()) && blank(request.phone())) {
            throw new InvalidInput("email", "intake.mention.contact.required");
        }
        Complaint complaint = complaints.capture(new CaptureRequest(Channel.SOCIAL_MEDIA, mention.getNetwork(),
                mention.getPostedAt().isAfter(time.now()) ? time.now() : mention.getPostedAt(),
                new CustomerReference(null, null, null, request.lastName().strip(), null, blankToNull(request.email()),
                        blankToNull(request.phone()), null, null, null),
                request.categoryCode(), null, request.priority(), request.subject(), mention.getText(), null,
                false, false, false));
        Instant now = time.now();
        String actor = currentUser.username();
        complaint.addNote(NoteKind.NOTE, messages.text(Locale.GERMAN, "intake.mention.note.publicReply",
                mention.getAuthor(), request.publicReply().strip()), actor, now);
        complaint.addNote(NoteKind.NOTE, messages.text(Locale.GERMAN, "intake.mention.note.private",
                mention.getUrl() == null ? mention.getExternalId() : mention.getUrl()), actor, now);
        mention.convert(complaint.getId(), request.publicReply().strip(), actor, now);
        return complaint;
    }

    public Mention dismiss(long mentionId, long expectedVersion, String reason) {
        requireCaseWorker();
        if (blank(reason)) {
            throw new InvalidInput("reason", "intake.mention.reason.required");
        }
        if (reason.length() > REASON_MAX) {
            throw new InvalidInput("reason", "intake.mention.reason.size");
        }
        Mention mention = openMention(mentionId, expectedVersion);
        mention.dismiss(reason, currentUser.username(), time.now());
        return mention;
    }

    /** First-response time of the mentions decided in the last days given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResponseTimes firstResponseTimes(int days) {
        requireCaseWorker();
        return ResponseTimes.of(em.createNamedQuery(Mention.HANDLED_SINCE, Mention.class)
                .setParameter("since", time.now().minus(Duration.ofDays(days)))
                .getResultStream().map(Mention::firstResponseTime).filter(Objects::nonNull).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TriageRule> rules() {
        requireAdmin();
        return em.createNamedQuery(TriageRule.ALL, TriageRule.class).getResultList();
    }

    public TriageRule addRule(String term, int weight) {
        requireAdmin();
        if (blank(term) || term.strip().length() > TriageRule.TERM_MAX) {
            throw new InvalidInput("term", "intake.triage.term.invalid");
        }
        checkWeight(weight);
        String stripped = term.strip();
        boolean exists = em.createNamedQuery(TriageRule.ALL, TriageRule.class).getResultStream()
                .anyMatch(rule -> rule.getTerm().equalsIgnoreCase(stripped));
        if (exists) {
            throw new InvalidInput("term", "intake.triage.term.duplicate");
        }
        TriageRule rule = new TriageRule(stripped, weight);
        em.persist(rule);
        return rule;
    }

    public TriageRule changeRule(long ruleId, int weight, boolean active) {
        requireAdmin();
        checkWeight(weight);
        TriageRule rule = em.find(TriageRule.class, ruleId);
        if (rule == null) {
            throw new InvalidInput("rule", "intake.triage.rule.unknown");
        }
        rule.change(weight, active);
        return rule;
    }

    private static void checkWeight(int weight) {
        if (weight < 1 || weight > TriageRule.WEIGHT_MAX) {
            throw new InvalidInput("weight", "intake.triage.weight.range");
        }
    }

    private Mention openMention(long mentionId, long expectedVersion) {
        Mention mention = em.find(Mention.class, mentionId, LockModeType.PESSIMISTIC_WRITE);
        if (mention == null) {
            throw new InvalidInput("mention", "intake.mention.unknown");
        }
        if (mention.getVersion() != expectedVersion || mention.getStatus() != MentionStatus.OPEN) {
            throw new InvalidInput("mention", "intake.mention.alreadyHandled");
        }
        return mention;
    }

    private void requireCaseWorker() {
        if (!currentUser.worksCases()) {
            throw new AccessDenied("intake.mention.caseWorkersOnly");
        }
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("intake.triage.adminsOnly");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
