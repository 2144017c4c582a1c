package de.kundenstimme.privacy.control;

import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.HtmlPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Replaces the personal data of customers and cases (DSGVO Art. 17) in place, in the caller's
 * transaction or, called alone (the retention job, batch by batch), in one of its own: all of it or
 * nothing. What the figures count stays untouched: case numbers, dates, states, categories, channel,
 * department, owner, priorities, deadlines, escalations, goodwill amounts, survey scores and quality
 * scores. A case or customer anonymised once is left alone, so every run can be repeated.
 */
@ApplicationScoped
@Transactional
public class Anonymisation {

    public static final String PLACEHOLDER = "Anonymisiert";

    /** History fields whose values are codes, dates or user names, never what the customer said. */
    private static final String KEPT_HISTORY_FIELDS = "'status', 'priority', 'owner', 'escalationLevel', 'rootCause',"
            + " 'resolutionDue', 'acknowledgementDue', 'addressedToBoard', 'legalThreat', 'publicThreat'";

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(BusinessTime.ZONE);

    /** Why personal data was erased: the customer asked, or the retention period ran out. */
    public enum Cause { REQUEST, RETENTION }

    /** What one run changed. */
    public record Outcome(int customers, int complaints, int letters) {
        public boolean changedAnything() {
            return customers + complaints + letters > 0;
        }
    }

    @PersistenceContext
    EntityManager em;

    /** The customer, the customers merged into it, their source records and all their cases. */
    public Outcome customer(long customerId, Cause cause, String reason, String actor, Instant now) {
        List<Long> customers = mergedFamily(customerId);
        List<Long> complaints = ids("select id from complaint where anonymised_at is null and customer_id in (:ids)", customers);
        Outcome cases = complaints(complaints, now);
        int changed = em.createNativeQuery("update customer set salutation = null, title = null, first_name = null,"
                        + " last_name = :placeholder, company = null, email = null, phone = null, street = null,"
                        + " house_number = null, address_supplement = null, postal_code = null, city = null, country = null,"
                        + " date_of_birth = null, anonymised_at = :now, version = version + 1"
                        + " where id in (:ids) and anonymised_at is null")
                .setParameter("placeholder", PLACEHOLDER).setParameter("now", timestamp(now)).setParameter("ids", customers)
                .executeUpdate();
        // Source records keep no name either, so the linker finds nothing to join them by.
        update("update source_record set salutation = null, title = null, first_name = null, last_name = null,"
                + " company = null, date_of_birth = null, street = null, house_number = null, address_supplement = null,"
                + " postal_code = null, city = null, country = null, phones = null, emails = null,"
                + " content_hash = repeat('0', 64) where customer_id in (:ids)", customers);
        // Their blocking keys are hashes of name, address, e-mail and phone: derived personal data.
        update("delete from source_record_block where record_id in (select id from source_record where customer_id in (:ids))",
                customers);
        update("delete from review_pair where first_record_id in (select id from source_record where customer_id in (:ids))"
                + " or second_record_id in (select id from source_record where customer_id in (:ids))", customers);
        update("delete from customer_provenance where customer_id in (:ids)", customers);
        update("update customer_history set detail = '" + PLACEHOLDER + "' where detail is not null and customer_id in (:ids)",
                customers);
        Outcome outcome = new Outcome(changed, cases.complaints(), cases.letters());
        if (outcome.changedAnything()) {
            record(customerId, null, cause, reason, actor, now);
        }
        return outcome;
    }

    /** The cases' personal text, e.g. when their retention period ran out; the customer stays as is. */
    public Outcome retained(List<Long> complaintIds, String reason, Instant now) {
        List<Long> open = complaintIds.isEmpty() ? List.of()
                : ids("select id from complaint where anonymised_at is null and id in (:ids)", complaintIds);
        Outcome outcome = complaints(open, now);
        open.forEach(id -> record(null, id, Cause.RETENTION, reason, "system", now));
        return outcome;
    }

    private Outcome complaints(List<Long> complaints, Instant now) {
        if (complaints.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        String text = "'" + PLACEHOLDER + "'";
        update("update complaint set subject = " + text + ", verbatim = " + text + ","
                + " desired_outcome = if(desired_outcome is null, null, " + text + "),"
                + " agreed_solution = if(agreed_solution is null, null, " + text + "),"
                + " rejection_reason = if(rejection_reason is null, null, " + text + "),"
                + " anonymised_at = :now, version = version + 1 where id in (:ids)", complaints, now);
        update("update resolution_step set description = " + text + ", result = if(result is null, null, " + text + "),"
                + " version = version + 1 where complaint_id in (:ids)", complaints);
        update("update complaint_note set text = " + text + " where complaint_id in (:ids)", complaints);
        update("update complaint_history set old_value = if(old_value is null, null, " + text + "),"
                + " new_value = if(new_value is null, null, " + text + ") where complaint_id in (:ids)"
                + " and action <> 'CAPTURED' and field is not null and field not in (" + KEPT_HISTORY_FIELDS + ")", complaints);
        update("update goodwill set description = " + text + ","
                + " decision_reason = if(decision_reason is null, null, " + text + "), version = version + 1"
                + " where complaint_id in (:ids)", complaints);
        update("update letter set subject = " + text + ", body = '<p>" + PLACEHOLDER + "</p>',"
                + " review_comment = if(review_comment is null, null, " + text + "), version = version + 1"
                + " where complaint_id in (:ids)", complaints);
        update("update satisfaction_survey set sent_to = " + text + ", comment_text = if(comment_text is null, null, " + text
                + "), version = version + 1 where complaint_id in (:ids)", complaints);
        update("update quality_review set review_comment = if(review_comment is null, null, " + text + "),"
                + " version = version + 1 where complaint_id in (:ids)", complaints);
        update("update complaint_attachment set file_name = " + text + ", content_type = 'application/octet-stream',"
                + " size_bytes = 0, content = '' where complaint_id in (:ids)", complaints);
        update("update mention set author = " + text + ", text = " + text + ", url = null,"
                + " public_reply = if(public_reply is null, null, " + text + "), version = version + 1"
                + " where complaint_id in (:ids)", complaints);
        int letters = tombstones(complaints, now);
        return new Outcome(0, complaints.size(), letters);
    }

    /**
     * Each archived PDF becomes a tombstone: the one change the archive's trigger allows (V050), once,
     * with anonymised_at set and the original's SHA-256 kept as proof of what was sent.
     */
    private int tombstones(List<Long> complaints, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> archived = em.createNativeQuery("select a.id, c.case_number, a.sent_at, a.sha256 from letter_archive a"
                        + " join complaint c on c.id = a.complaint_id where a.anonymised_at is null and a.complaint_id in (:ids)")
                .setParameter("ids", complaints).getResultList();
        for (Object[] row : archived) {
            em.createNativeQuery("update letter_archive set pdf = :pdf, anonymised_at = :now where id = :id")
                    .setParameter("pdf", tombstone((String) row[1], sentAt(row[2]), (String) row[3], now))
                    .setParameter("now", timestamp(now))
                    .setParameter("id", ((Number) row[0]).longValue())
                    .executeUpdate();
        }
        return archived.size();
    }

    static byte[] tombstone(String caseNumber, Instant sentAt, String sha256, Instant now) {
        Document page = Jsoup.parse("<html lang=\"de\"><head><style></style></head><body></body></html>");
        page.selectFirst("style").appendChild(new DataNode("body { font-family: '" + HtmlPdf.FONT_FAMILY + "'; font-size: 11pt; }"));
        page.body().appendElement("h1").text("Schreiben anonymisiert");
        page.body().appendElement("p").text("Das am " + GERMAN_DATE.format(sentAt) + " versandte Schreiben zum Vorgang "
                + caseNumber + " wurde am " + GERMAN_DATE.format(now) + " nach Art. 17 DSGVO anonymisiert.");
        page.body().appendElement("p").text("SHA-256 des versandten Originals: " + sha256);
        return HtmlPdf.render(page);
    }

    /** One row of the erasure audit, about a customer or about a case. */
    private void record(Long customerId, Long complaintId, Cause cause, String reason, String actor, Instant now) {
        String subject = customerId != null ? "customer_id" : "complaint_id";
        em.createNativeQuery("insert into personal_data_erasure (" + subject + ", cause, reason, erased_by, erased_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, customerId != null ? customerId : complaintId).setParameter(2, cause.name())
                .setParameter(3, reason).setParameter(4, actor).setParameter(5, timestamp(now))
                .executeUpdate();
    }

    /** The customer and every customer merged into it, also over several merges. */
    private List<Long> mergedFamily(long customerId) {
        List<Long> family = new java.util.ArrayList<>(List.of(customerId));
        List<Long> frontier = List.of(customerId);
        while (!frontier.isEmpty()) {
            frontier = ids("select id from customer where merged_into_id in (:ids)", frontier).stream()
                    .filter(id -> !family.contains(id)).toList();
            family.addAll(frontier);
        }
        return family;
    }

    private List<Long> ids(String sql, List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    private void update(String sql, List<Long> ids) {
        em.createNativeQuery(sql).setParameter("ids", ids).executeUpdate();
    }

    private void update(String sql, List<Long> ids, Instant now) {
        em.createNativeQuery(sql).setParameter("ids", ids).setParameter("now", timestamp(now)).executeUpdate();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant sentAt(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : Timestamp.valueOf((LocalDateTime) value).toInstant();
    }
}
