package de.kundenstimme.customer.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sources, files and imports the customer ITs share; names carry a marker so runs do not meet. */
public final class CustomerSourcesFixture {

    static final String ADMIN = "admin";
    static final String MANAGER = "manager.service";
    static final String HANDLER = "handler.service";
    private static final Random RANDOM = new Random();

    private final URL base;
    /** Letters only, put into last names and source names to find this test's records among earlier runs'. */
    public final String marker;

    public CustomerSourcesFixture(URL base) {
        this.base = base;
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        this.marker = letters.toString();
    }

    /**
     * A postal code of this test's own (the n-th), so that its people do not resemble those of
     * other tests and runs, who share names and towns otherwise.
     */
    public String postalCode(int n) {
        return String.format("%05d", 10_000 + Math.floorMod(marker.hashCode() * 31 + n * 7919, 89_000));
    }

    /** A town of this test's own. */
    public String city() {
        return "Ort " + marker;
    }

    long define(JsonObjectBuilder source) {
        return definedWithToken(source).getJsonNumber("id").longValue();
    }

    /** Defines the source with the marker added to its name; the answer carries its id and push token. */
    public JsonObject definedWithToken(JsonObjectBuilder source) {
        JsonObject given = source.build();
        String named = Json.createObjectBuilder(given).add("name", given.getString("name") + " " + marker).build().toString();
        Api.Reply reply = Api.as(base, ADMIN).post("customer-sources", named);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** A file from src/test/resources/customer with the marker put in; bytes kept as they are (any encoding). */
    byte[] file(String name) {
        try (InputStream in = getClass().getResourceAsStream("/customer/" + name)) {
            String latin = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return latin.replace("~X~", marker).getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long upload(long sourceId, String fileName, byte[] content) {
        Api api = Api.as(base, ADMIN);
        String type = fileName.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
        Api.Reply reply = api.send(api.request("customer-sources/" + sourceId + "/imports?fileName=" + fileName)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("runId").longValue();
    }

    /** Waits until the import is no longer running and returns its report. */
    JsonObject finished(long runId) {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonObject run = Api.as(base, ADMIN).get("customer-imports/" + runId).json();
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Import " + runId + " did not end");
    }

    public static JsonObjectBuilder source(String name, String kind, int trustRank, JsonObjectBuilder mapping) {
        return Json.createObjectBuilder().add("name", name).add("kind", kind).add("trustRank", trustRank)
                .add("mapping", mapping);
    }

    /** Sends one record as the source's system would, with its push token. */
    public void push(JsonObject source, JsonObjectBuilder record) {
        push(source, Json.createArrayBuilder().add(record));
    }

    /** Sends several records in one push, linked once. */
    public void push(JsonObject source, JsonArrayBuilder records) {
        Api anonymous = Api.anonymous(base);
        Api.Reply reply = anonymous.send(anonymous.request("customer-push/" + source.getJsonNumber("id").longValue())
                .header("X-Source-Token", source.getString("pushToken")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(records.build().toString())));
        assertEquals(200, reply.status(), reply.body());
    }

    /** Captures a complaint for the customer over REST as a handler; returns its case number. */
    public String capture(long customerId) {
        JsonObject complaint = Json.createObjectBuilder().add("channel", "PHONE").add("categoryCode", "PRODUKT_DEFEKT")
                .add("priority", "NORMAL").add("subject", "Gerät defekt").add("verbatim", "Das Gerät geht nicht.")
                .add("customer", Json.createObjectBuilder().add("customerId", customerId)).build();
        Api.Reply reply = Api.as(base, HANDLER).post("complaints", complaint.toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
    }

    public static long complaintCustomer(String caseNumber) {
        return Long.parseLong(Database.strings("select customer_id from complaint where case_number = ?", caseNumber).get(0));
    }

    public static long customerOf(long sourceId, String key) {
        return Long.parseLong(Database.strings("select customer_id from source_record where source_id = ? and source_key = ?",
                sourceId, key).get(0));
    }
}
