package de.kundenstimme.privacy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything Kundenstimme holds about one customer (DSGVO Art. 15), read straight from the tables so
 * that no column is forgotten by a view: the golden record and the customers merged into it, their
 * source records and history, every case with steps, notes, history, goodwill, escalations, letters
 * (with the archive's proof of sending), survey, quality review, attachments (metadata only) and
 * mentions, and the access log. Keys are the columns in camelCase; file contents and token hashes
 * are left out.
 */
@ApplicationScoped
public class CustomerDossier {

    @Resource(lookup = "java:jboss/datasources/KundenstimmeDS")
    DataSource dataSource;

    /** The customer's dossier, or null if there is no such customer. */
    public JsonObject of(long customerId, String exportedBy, Instant exportedAt) {
        try (Connection connection = dataSource.getConnection()) {
            Reader reader = new Reader(connection);
            List<JsonObject> customer = reader.rows("select * from customer where id = ?", customerId);
            if (customer.isEmpty()) {
                return null;
            }
            List<Long> ids = customerIds(reader, customerId);
            String in = placeholders(ids.size());
            Object[] idArguments = ids.toArray();
            JsonArrayBuilder complaints = Json.createArrayBuilder();
            for (JsonObject complaint : reader.rows("select c.*, cat.code category_code, d.code department_code,"
                    + " p.name product_name, u.username owner_username from complaint c"
                    + " join category cat on cat.id = c.category_id join department d on d.id = c.department_id"
                    + " left join product p on p.id = c.product_id left join app_user u on u.id = c.owner_id"
                    + " where c.customer_id in (" + in + ") order by c.received_at, c.id", idArguments)) {
                complaints.add(withCaseDetails(reader, complaint));
            }
            return Json.createObjectBuilder()
                    .add("exportedAt", exportedAt.toString())
                    .add("exportedBy", exportedBy)
                    .add("customer", Json.createObjectBuilder(customer.get(0))
                            .add("provenance", reader.array("select attribute, source_name from customer_provenance"
                                    + " where customer_id = ? order by attribute", customerId)))
                    .add("mergedCustomers", reader.array("select * from customer where id in (" + in + ") and id <> ?"
                            + " order by id", append(idArguments, customerId)))
                    .add("sourceRecords", reader.array("select r.id, s.name source_name, r.source_key, r.salutation,"
                            + " r.title, r.first_name, r.last_name, r.company, r.date_of_birth, r.street, r.house_number,"
                            + " r.address_supplement, r.postal_code, r.city, r.country, r.phones, r.emails, r.updated_at,"
                            + " r.customer_id from source_record r join customer_source s on s.id = r.source_id"
                            + " where r.customer_id in (" + in + ") order by r.id", idArguments))
                    .add("customerHistory", reader.array("select customer_id, occurred_at, actor, action, detail"
                            + " from customer_history where customer_id in (" + in + ") order by occurred_at, id", idArguments))
                    .add("complaints", complaints)
                    .add("erasures", reader.array("select customer_id, complaint_id, cause, reason, erased_by, erased_at"
                            + " from personal_data_erasure where customer_id in (" + in + ") or complaint_id in"
                            + " (select id from complaint where customer_id in (" + in + ")) order by erased_at, id",
                            twice(idArguments)))
                    .add("accessLog", reader.array("select customer_id, viewed_by, viewed_at, purpose from personal_data_access"
                            + " where customer_id in (" + in + ") order by viewed_at desc, id desc", idArguments))
                    .build();
        } catch (SQLException e) {
            throw new IllegalStateException("The dossier of customer " + customerId + " could not be read", e);
        }
    }

    private static JsonObject withCaseDetails(Reader reader, JsonObject complaint) throws SQLException {
        long id = complaint.getJsonNumber("id").longValue();
        JsonArrayBuilder letters = Json.createArrayBuilder();
        for (JsonObject letter : reader.rows("select l.id, l.letter_type, l.language, l.subject, l.body, l.status, l.author,"
                + " l.created_at, l.updated_at, l.submitted_at, l.reviewer, l.reviewed_at, l.review_comment, l.channel,"
                + " l.sent_at, l.sent_by, l.goodwill_id from letter l where l.complaint_id = ? order by l.created_at, l.id", id)) {
            List<JsonObject> archive = reader.rows("select sha256, channel, sent_at, sent_by, length(pdf) pdf_bytes,"
                    + " anonymised_at from letter_archive where letter_id = ?", letter.getJsonNumber("id").longValue());
            letters.add(archive.isEmpty() ? letter : Json.createObjectBuilder(letter).add("archive", archive.get(0)).build());
        }
        return Json.createObjectBuilder(complaint)
                .add("steps", reader.array("select * from resolution_step where complaint_id = ? order by id", id))
                .add("notes", reader.array("select kind, text, author, created_at from complaint_note"
                        + " where complaint_id = ? order by created_at, id", id))
                .add("history", reader.array("select occurred_at, actor, action, field, old_value, new_value"
                        + " from complaint_history where complaint_id = ? order by occurred_at, id", id))
                .add("goodwill", reader.array("select * from goodwill where complaint_id = ? order by id", id))
                .add("escalations", reader.array("select * from escalation where complaint_id = ? order by id", id))
                .add("letters", letters)
                .add("surveys", reader.array("select sent_to, sent_at, expires_at, answered_at, satisfaction,"
                        + " recommendation, comment_text from satisfaction_survey where complaint_id = ?", id))
                .add("qualityReviews", reader.array("select q.review_month, u.username handler, q.drawn_by, q.drawn_at,"
                        + " q.polite, q.listened, q.customer_involved, q.thanks_given, q.deadlines_kept, q.follow_up_done,"
                        + " q.review_comment, q.scored_by, q.scored_at from quality_review q join app_user u on u.id = q.handler_id"
                        + " where q.complaint_id = ?", id))
                .add("attachments", reader.array("select id, file_name, content_type, size_bytes, received_at"
                        + " from complaint_attachment where complaint_id = ? order by id", id))
                .add("intakeMessages", reader.array("select message_key, reply, processed_at from intake_message"
                        + " where complaint_id = ? order by id", id))
                .add("mentions", reader.array("select network, external_id, author, text, url, posted_at, received_at,"
                        + " status, public_reply, handled_by, handled_at from mention where complaint_id = ? order by id", id))
                .build();
    }

    /** The customer and every customer merged into it, also over several merges. */
    private static List<Long> customerIds(Reader reader, long customerId) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>(List.of(customerId));
        List<Long> frontier = List.of(customerId);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (JsonObject merged : reader.rows("select id from customer where merged_into_id in ("
                    + placeholders(frontier.size()) + ")", frontier.toArray())) {
                long id = merged.getJsonNumber("id").longValue();
                if (ids.add(id)) {
                    next.add(id);
                }
            }
            frontier = next;
        }
        return List.copyOf(ids);
    }

    static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static Object[] twice(Object[] values) {
        Object[] both = java.util.Arrays.copyOf(values, values.length * 2);
        System.arraycopy(values, 0, both, values.length, values.length);
        return both;
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    /** Rows as JSON objects, whatever their columns. */
    private record Reader(Connection connection) {

        JsonArray array(String sql, Object... arguments) throws SQLException {
            JsonArrayBuilder array = Json.createArrayBuilder();
            rows(sql, arguments).forEach(array::add);
            return array.build();
        }

        List<JsonObject> rows(String sql, Object... arguments) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < arguments.length; i++) {
                    statement.setObject(i + 1, arguments[i]);
                }
                List<JsonObject> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        JsonObjectBuilder row = Json.createObjectBuilder();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            put(row, camelCase(columns.getColumnLabel(c)), result.getObject(c));
                        }
                        rows.add(row.build());
                    }
                }
                return rows;
            }
        }

        private static void put(JsonObjectBuilder row, String key, Object value) {
            if (value == null) {
                row.addNull(key);
            } else if (value instanceof Boolean flag) {
                row.add(key, flag);
            } else if (value instanceof BigDecimal decimal) {
                row.add(key, decimal);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                row.add(key, ((Number) value).longValue());
            } else if (value instanceof Timestamp timestamp) {
                row.add(key, timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC).toString());
            } else if (value instanceof LocalDateTime time) {
                row.add(key, time.toInstant(ZoneOffset.UTC).toString());
            } else if (value instanceof java.sql.Date date) {
                row.add(key, date.toLocalDate().toString());
            } else {
                row.add(key, value.toString());
            }
        }

        private static String camelCase(String column) {
            StringBuilder name = new StringBuilder(column.length());
            boolean upper = false;
            for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    name.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return name.toString();
        }
    }
}
