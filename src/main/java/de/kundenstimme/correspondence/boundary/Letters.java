package de.kundenstimme.correspondence.boundary;

import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.control.Settings;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.boundary.Goodwills;
import de.kundenstimme.complaint.boundary.GoodwillRequest;
import de.kundenstimme.complaint.boundary.NotPermitted;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Goodwill;
import de.kundenstimme.complaint.entity.GoodwillKind;
import de.kundenstimme.complaint.entity.NoteKind;
import de.kundenstimme.correspondence.control.LetterContent;
import de.kundenstimme.correspondence.control.LetterPdf;
import de.kundenstimme.correspondence.control.LetterSanitizer;
import de.kundenstimme.correspondence.control.Letterhead;
import de.kundenstimme.correspondence.control.Placeholders;
import de.kundenstimme.correspondence.entity.ArchivedLetter;
import de.kundenstimme.correspondence.entity.Gift;
import de.kundenstimme.correspondence.entity.Letter;
import de.kundenstimme.correspondence.entity.LetterChannel;
import de.kundenstimme.correspondence.entity.LetterStatus;
import de.kundenstimme.correspondence.entity.LetterTemplate;
import de.kundenstimme.correspondence.entity.LetterType;
import de.kundenstimme.customer.entity.Customer;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.platform.control.Mailer;
import de.kundenstimme.platform.control.Messages;
import de.kundenstimme.platform.control.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jsoup.Jsoup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Letters on a case: drafted from the template, edited, reviewed by a second person, sent by
 * e-mail or post and archived. Every call goes through the case, so only the case's department
 * sees its letters; changes check the letter's version the caller saw.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Letters {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Complaints complaints;

    @Inject
    Goodwills goodwills;

    @Inject
    LetterTemplates templates;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessTime time;

    @Inject
    Settings settings;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    /** A new draft of the type and language, filled from the case. */
    public Letter draft(@NotBlank String caseNumber,
                        @NotNull(message = "{correspondence.letter.type.required}") LetterType type, String language) {
        Complaint complaint = complaints.find(caseNumber);
        String lang = language == null || language.isBlank() ? "de" : language;
        if (!LetterContent.LANGUAGES.contains(lang)) {
            throw new InvalidInput("language", "correspondence.language.unknown");
        }
        LetterTemplate template = templates.of(type, lang)
                .orElseThrow(() -> new InvalidInput("letterType", "correspondence.template.missing"));
        Letter letter = fromTemplate(complaint, template, currentUser.user().getFullName(), currentUser.username(), time.now());
        em.persist(letter);
        em.flush();
        return letter;
    }

    /** A letter filled from its template; used for the handler's drafts and the automatic follow-up letter. */
    private Letter fromTemplate(Complaint complaint, LetterTemplate template, String handlerName, String author, Instant now) {
        Map<String, String> values = LetterContent.values(complaint, template.getLanguage(), handlerName, null,
                BusinessTime.dateOf(now));
        return new Letter(complaint, template.getLetterType(), template.getLanguage(),
                Placeholders.fillText(template.getSubject(), values),
                LetterSanitizer.clean(Placeholders.fillHtml(template.getBody(), values)), author, now);
    }

    /** Drafts the case's follow-up letter in German unless it has one; the case row is locked meanwhile. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public boolean draftFollowUp(long complaintId) {
        Complaint complaint = em.find(Complaint.class, complaintId, LockModeType.PESSIMISTIC_WRITE);
        Long existing = em.createQuery("select count(l) from Letter l where l.complaint.id = :id and l.letterType = :type",
                        Long.class)
                .setParameter("id", complaintId).setParameter("type", LetterType.FOLLOW_UP).getSingleResult();
        LetterTemplate template = templates.of(LetterType.FOLLOW_UP, "de").orElse(null);
        if (complaint == null || existing > 0 || template == null) {
            return false;
        }
        Instant now = time.now();
        String owner = complaint.getOwner() == null ? "" : complaint.getOwner().getFullName();
        em.persist(fromTemplate(complaint, template, owner, Letter.SYSTEM, now));
        complaint.addNote(NoteKind.LETTER, messages.text(Locale.GERMAN, "correspondence.timeline.followUpDrafted"),
                Letter.SYSTEM, now);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Letter> ofCase(@NotBlank String caseNumber) {
        Complaint complaint = complaints.find(caseNumber);
        return em.createNamedQuery(Letter.OF_CASE, Letter.class).setParameter("complaintId", complaint.getId())
                .getResultList();
    }

    /** The letter if the caller sees its case; otherwise "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Letter find(long letterId) {
        Letter letter = em.find(Letter.class, letterId,
                Map.of("jakarta.persistence.fetchgraph", em.getEntityGraph(Letter.WITH_CASE_AND_CUSTOMER)));
        if (letter == null || !currentUser.worksCases() || !complaints.isVisible(letter.getComplaint())) {
            throw new LetterNotFound("correspondence.letter.notFound");
        }
        return letter;
    }

    /** New text for a draft, sanitised: no script, no style, nothing loaded from outside. */
    public Letter edit(long letterId, long expectedVersion,
                       @Size(max = MAX_SUBJECT, message = "{correspondence.subject.size}") String subject, String body) {
        Letter letter = current(letterId, expectedVersion);
        String cleanBody = LetterSanitizer.clean(body);
        Map<String, String> problems = new LinkedHashMap<>();
        if (subject == null || subject.isBlank()) {
            problems.put("subject", "correspondence.subject.required");
        }
        if (!LetterSanitizer.hasText(body)) {
            problems.put("body", "correspondence.body.required");
        } else if (cleanBody.length() > MAX_BODY) {
            problems.put("body", "correspondence.body.size");
        }
        Set<String> left = Placeholders.used(cleanBody);
        left.addAll(Placeholders.used(subject));
        if (!left.isEmpty()) {
            problems.putIfAbsent("body", "correspondence.letter.placeholderLeft");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        letter.edit(subject.strip(), cleanBody, currentUser.username(), time.now());
        return flushed(letter);
    }

    /**
     * Puts a gift from the catalogue into a follow-up or apology letter. Its value becomes goodwill
     * on the case by the usual rule: granted within the caller's limit, otherwise a manager decides.
     */
    public Letter addGift(long letterId, long expectedVersion, long giftId) {
        Letter letter = current(letterId, expectedVersion);
        Gift gift = em.find(Gift.class, giftId);
        if (gift == null || !gift.isActive()) {
            throw new InvalidInput("giftId", "correspondence.gift.unknown");
        }
        Goodwill goodwill = goodwills.propose(letter.getComplaint().getCaseNumber(), new GoodwillRequest(GoodwillKind.GIFT,
                gift.getValue(), messages.text(Locale.forLanguageTag(letter.getLanguage()), "correspondence.gift.goodwill",
                        gift.getName())));
        letter.attachGift(gift, goodwill, currentUser.username(), time.now());
        String sentence = LetterContent.giftSentence(gift.getName(), letter.getLanguage());
        letter.edit(letter.getSubject(), letter.getBody() + "<p>" + Placeholders.escape(sentence) + "</p>",
                currentUser.username(), time.now());
        return flushed(letter);
    }

    public Letter submit(long letterId, long expectedVersion) {
        Letter letter = current(letterId, expectedVersion);
        letter.submit(currentUser.username(), time.now());
        return flushed(letter);
    }

    /** The second person approves, or returns the letter to its author with a comment. */
    public Letter review(long letterId, long expectedVersion, boolean approve,
                         @Size(max = 2000, message = "{correspondence.review.comment.size}") String comment) {
        Letter letter = current(letterId, expectedVersion);
        if (approve) {
            letter.approve(currentUser.username(), comment, time.now());
        } else {
            letter.returnToDraft(currentUser.username(), comment, time.now());
        }
        return flushed(letter);
    }

    /**
     * Sends an approved letter: by e-mail with the PDF attached, or marked printed for the post
     * batch. The PDF sent is archived with its SHA-256 and the case's timeline shows it.
     */
    public Letter send(long letterId, long expectedVersion,
                       @NotNull(message = "{correspondence.channel.required}") LetterChannel channel) {
        Letter letter = current(letterId, expectedVersion);
        Customer customer = letter.getComplaint().getCustomer();
        if (channel == LetterChannel.EMAIL && customer.getEmail() == null) {
            throw new InvalidInput("channel", "correspondence.send.noEmail");
        }
        if (channel == LetterChannel.POST && (customer.getStreet() == null || customer.getCity() == null)) {
            throw new InvalidInput("channel", "correspondence.send.noAddress");
        }
        Instant now = time.now();
        letter.markSent(channel, currentUser.username(), now);
        byte[] pdf = render(letter, BusinessTime.dateOf(now));
        ArchivedLetter archived = new ArchivedLetter(letter, pdf, sha256(pdf));
        em.persist(archived);
        Complaint complaint = letter.getComplaint();
        complaint.addNote(NoteKind.LETTER, messages.text(Locale.GERMAN, "correspondence.timeline.sent",
                "correspondence.type." + letter.getLetterType().name(), letter.getSubject(),
                "correspondence.channel." + channel.name(), archived.getSha256()), currentUser.username(), now);
        if (letter.getLetterType() == LetterType.FINAL_ANSWER) {
            complaint.recordFinalAnswer(currentUser.username(), now);
        }
        if (channel == LetterChannel.EMAIL) {
            mailer.sendAfterCommit(new OutgoingMail(customer.getEmail(), letter.getSubject(), plainText(letter),
                    new OutgoingMail.Attachment(fileName(letter), "application/pdf", pdf)));
        }
        return flushed(letter);
    }

    /** The PDF: as archived once sent, otherwise rendered now for the preview. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdf(long letterId) {
        Letter letter = find(letterId);
        if (letter.getStatus() == LetterStatus.SENT) {
            return archiveOf(letter).getPdf();
        }
        return render(letter, time.today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArchivedLetter archiveOf(Letter letter) {
        return em.createNamedQuery(ArchivedLetter.OF_LETTER, ArchivedLetter.class).setParameter("letterId", letter.getId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new LetterNotFound("correspondence.letter.notFound"));
    }

    /** Letters of the caller's department waiting for review by someone other than their author, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Letter> reviewQueue() {
        requireCaseWorker();
        if (currentUser.user().getDepartment() == null) {
            return List.of();
        }
        String me = currentUser.username();
        return em.createNamedQuery(Letter.IN_REVIEW_OF_DEPARTMENT, Letter.class)
                .setParameter("departmentId", currentUser.user().getDepartment().getId())
                .setHint("jakarta.persistence.fetchgraph", em.getEntityGraph(Letter.WITH_CASE_AND_CUSTOMER))
                .getResultStream().filter(l -> !l.getAuthor().equalsIgnoreCase(me)).toList();
    }

    /** All letters of the caller's department posted on the day, in one PDF to print. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] postBatch(@NotNull LocalDate day) {
        requireCaseWorker();
        if (currentUser.user().getDepartment() == null) {
            throw new LetterNotFound("correspondence.batch.empty");
        }
        List<byte[]> pdfs = em.createNamedQuery(ArchivedLetter.POSTED_BETWEEN, ArchivedLetter.class)
                .setParameter("from", day.atStartOfDay(BusinessTime.ZONE).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant())
                .setParameter("departmentId", currentUser.user().getDepartment().getId())
                .getResultStream().map(ArchivedLetter::getPdf).toList();
        if (pdfs.isEmpty()) {
            throw new LetterNotFound("correspondence.batch.empty");
        }
        return LetterPdf.batch(pdfs);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return time.today();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Gift> gifts() {
        return templates.gifts();
    }

    public static String fileName(Letter letter) {
        return letter.getComplaint().getCaseNumber() + "-" + letter.getLetterType().name().toLowerCase(Locale.ROOT)
                + "-" + letter.getId() + ".pdf";
    }

    private byte[] render(Letter letter, LocalDate date) {
        Complaint complaint = letter.getComplaint();
        return LetterPdf.render(Letterhead.of(settings.all()), new LetterPdf.Content(letter.getLanguage(),
                LetterContent.addressLines(complaint.getCustomer()), complaint.getCaseNumber(),
                LetterContent.date(date, letter.getLanguage()), letter.getSubject(), letter.getBody()));
    }

    /** The letter's text for the e-mail body, paragraph by paragraph; the PDF is the letter itself. */
    private static String plainText(Letter letter) {
        return String.join("\n\n", Jsoup.parse(letter.getBody()).select("p, li, h3, blockquote").eachText());
    }

    private Letter current(long letterId, long expectedVersion) {
        Letter letter = find(letterId);
        if (letter.getVersion() != expectedVersion) {
            throw new StaleLetter(letterId);
        }
        em.refresh(letter, LockModeType.PESSIMISTIC_WRITE);
        if (letter.getVersion() != expectedVersion) {
            throw new StaleLetter(letterId);
        }
        return letter;
    }

    private Letter flushed(Letter letter) {
        try {
            em.flush();
            return letter;
        } catch (OptimisticLockException e) {
            throw new StaleLetter(letter.getId());
        }
    }

    private void requireCaseWorker() {
        if (!currentUser.worksCases()) {
            throw new NotPermitted("correspondence.caseWorkersOnly");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
