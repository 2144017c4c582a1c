package de.kundenstimme.correspondence.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.control.Settings;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.correspondence.control.LetterContent;
import de.kundenstimme.correspondence.control.LetterPdf;
import de.kundenstimme.correspondence.control.LetterSanitizer;
import de.kundenstimme.correspondence.control.Letterhead;
import de.kundenstimme.correspondence.control.Placeholders;
import de.kundenstimme.correspondence.entity.Gift;
import de.kundenstimme.correspondence.entity.LetterTemplate;
import de.kundenstimme.correspondence.entity.LetterType;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's letter templates, letterhead and gift catalogue. A template that names an unknown
 * placeholder or does not thank the customer is refused with the names; its HTML is sanitised.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class LetterTemplates {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_LETTERHEAD_FIELD = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Inject
    BusinessTime time;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LetterTemplate> all() {
        requireAdmin();
        return em.createNamedQuery(LetterTemplate.ALL, LetterTemplate.class).getResultList();
    }

    /** The template letters of this type and language start from; used when drafting, so any case worker reads it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LetterTemplate> of(LetterType type, String language) {
        return em.createNamedQuery(LetterTemplate.OF_TYPE_AND_LANGUAGE, LetterTemplate.class)
                .setParameter("type", type).setParameter("language", language)
                .getResultStream().findFirst();
    }

    /** Creates or changes the template of a type and language; all or nothing. */
    public LetterTemplate save(@NotNull(message = "{correspondence.template.type.required}") LetterType type,
                               String language, String subject, String body) {
        requireAdmin();
        Set<String> unknown = unknownPlaceholders(subject, body);
        if (!unknown.isEmpty()) {
            throw new UnknownPlaceholders(unknown);
        }
        String cleanBody = LetterSanitizer.clean(body);
        Map<String, String> problems = problems(language, subject, body, cleanBody);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LetterTemplate template = of(type, language).orElse(null);
        if (template == null) {
            template = new LetterTemplate(type, language, subject.strip(), cleanBody, currentUser.username(), time.now());
            em.persist(template);
        } else {
            template.change(subject.strip(), cleanBody, currentUser.username(), time.now());
        }
        em.flush();
        return template;
    }

    /** The names in subject and body that are no placeholders, for the editor to show while typing. */
    public static Set<String> unknownPlaceholders(String subject, String body) {
        Set<String> unknown = Placeholders.unknown(subject);
        unknown.addAll(Placeholders.unknown(body));
        return unknown;
    }

    /** The template filled with a sample case, as PDF: what the admin sees while editing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] preview(String language, String subject, String body) {
        requireAdmin();
        String lang = LetterContent.isLanguage(language) ? language : "de";
        Map<String, String> sample = sampleValues(lang);
        return LetterPdf.render(letterhead(), new LetterPdf.Content(lang,
                List.of("Frau Erika Mustermann", "Musterweg 1", "12345 Musterstadt"), sample.get("caseNumber"),
                sample.get("today"), Placeholders.fillText(subject == null ? "" : subject, sample),
                Placeholders.fillHtml(LetterSanitizer.clean(body), sample)));
    }

    /** The body as the preview shows it while the admin types: sanitised and filled with the sample case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String previewHtml(String language, String body) {
        requireAdmin();
        String lang = LetterContent.isLanguage(language) ? language : "de";
        return Placeholders.fillHtml(LetterSanitizer.clean(body), sampleValues(lang));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Letterhead letterhead() {
        return Letterhead.of(settings.all());
    }

    public Letterhead saveLetterhead(@NotNull Letterhead changed) {
        requireAdmin();
        Map<String, String> problems = new LinkedHashMap<>();
        changed.toStored().forEach((name, value) -> {
            String field = name.substring(Letterhead.PREFIX.length());
            if (value == null || value.isBlank()) {
                if (!field.equals("phone") && !field.equals("email")) {
                    problems.put("letterhead." + field, "correspondence.letterhead.required");
                }
            } else if (value.length() > MAX_LETTERHEAD_FIELD) {
                problems.put("letterhead." + field, "correspondence.letterhead.size");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, String> stored = new HashMap<>();
        changed.toStored().forEach((name, value) -> stored.put(name, value == null ? "" : value.strip()));
        settings.save(stored);
        return letterhead();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Gift> gifts() {
        return em.createNamedQuery(Gift.ACTIVE, Gift.class).getResultList();
    }

    public Gift addGift(String name, BigDecimal value) {
        requireAdmin();
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            problems.put("giftName", "correspondence.gift.name.required");
        } else if (em.createQuery("select count(g) from Gift g where g.name = :name", Long.class)
                .setParameter("name", name.strip()).getSingleResult() > 0) {
            problems.put("giftName", "correspondence.gift.name.taken");
        }
        if (value == null || value.signum() <= 0 || value.compareTo(new BigDecimal("10000.00")) > 0
                || Math.max(0, value.stripTrailingZeros().scale()) > 2) {
            problems.put("giftValue", "correspondence.gift.value.range");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Gift gift = new Gift(name.strip(), value.setScale(2));
        em.persist(gift);
        return gift;
    }

    public void retireGift(long giftId) {
        requireAdmin();
        Gift gift = em.find(Gift.class, giftId);
        if (gift != null) {
            gift.change(gift.getName(), gift.getValue(), false);
        }
    }

    private static Map<String, String> problems(String language, String subject, String body, String cleanBody) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!LetterContent.isLanguage(language)) {
            problems.put("language", "correspondence.language.unknown");
        }
        if (subject == null || subject.isBlank()) {
            problems.put("subject", "correspondence.subject.required");
        } else if (subject.strip().length() > MAX_SUBJECT) {
            problems.put("subject", "correspondence.subject.size");
        }
        if (!LetterSanitizer.hasText(body)) {
            problems.put("body", "correspondence.body.required");
        } else if (cleanBody.length() > MAX_BODY) {
            problems.put("body", "correspondence.body.size");
        } else if (!Placeholders.used(cleanBody).contains(Placeholders.THANKS)) {
            problems.put("body", "correspondence.template.thanksMissing");
        }
        return problems;
    }

    private Map<String, String> sampleValues(String language) {
        Map<String, String> values = new HashMap<>();
        boolean english = "en".equals(language);
        values.put("salutation", english ? "Dear Ms Mustermann," : "Sehr geehrte Frau Mustermann,");
        values.put(Placeholders.THANKS, LetterContent.thanks(language));
        values.put("customerName", "Erika Mustermann");
        values.put("customerAddress", "Musterweg 1\n12345 Musterstadt");
        values.put("caseNumber", "BE-" + time.today().getYear() + "-000123");
        values.put("subject", english ? "Delivery two weeks late" : "Lieferung zwei Wochen zu spät");
        values.put("receivedDate", LetterContent.date(time.today().minusDays(7), language));
        values.put("resolutionDue", LetterContent.date(time.today().plusDays(7), language));
        values.put("resolvedDate", LetterContent.date(time.today(), language));
        values.put("today", LetterContent.date(time.today(), language));
        values.put("agreedSolution", english ? "We deliver a replacement free of charge." : "Wir liefern kostenlos Ersatz.");
        values.put("goodwill", LetterContent.goodwillSentence((english ? "voucher (" : "Gutschein (")
                + LetterContent.money(new BigDecimal("25.00"), language) + ")", language));
        values.put("gift", LetterContent.giftSentence(english ? "flowers" : "Blumenstrauß", language));
        values.put("handlerName", english ? "Max Example" : "Max Beispiel");
        return values;
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("administration.adminOnly");
        }
    }
}
