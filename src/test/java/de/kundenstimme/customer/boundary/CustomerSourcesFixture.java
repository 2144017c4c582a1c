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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
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

    /**
     * A department's database (schema {@code schema}, created here) with {@code rows} customers and an
     * SQL source reading them, whose connection "breaks" after row 1200 until {@link #repair} mends it.
     */
    long sqlSourceFailingAfter1200Rows(String schema, int rows) throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("create database " + schema);
            sql.execute("create table " + schema + ".kunden (nr int primary key, vorname varchar(50),"
                    + " nachname varchar(50), plz varchar(5), ort varchar(50), geboren date)");
            sql.execute("create table " + schema + ".leitung (gestoert boolean)");
            sql.execute("insert into " + schema + ".leitung values (true)");
            sql.execute("create function " + schema + ".pruefe(n int) returns int not deterministic reads sql data"
                    + " begin if n > 1200 and (select gestoert from " + schema + ".leitung) then"
                    + " signal sqlstate '45000' set message_text = 'Verbindung verloren'; end if; return n; end");
            try (PreparedStatement insert = db.prepareStatement("insert into " + schema + ".kunden values (?, ?, ?, ?, ?, ?)")) {
                for (int nr = 1; nr <= rows; nr++) {
                    insert.setInt(1, nr);
                    insert.setString(2, nr % 2 == 0 ? "Ole" : "Ida");
                    insert.setString(3, "Versand" + marker + letters(nr));
                    insert.setString(4, String.valueOf(10000 + nr * 7));
                    insert.setString(5, "Ort " + nr);
                    insert.setObject(6, LocalDate.of(1940, 1, 1).plusDays(nr * 11L));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return define(source("Versand DB", "SQL", 3, Json.createObjectBuilder()
                .add("SOURCE_KEY", "nr").add("FIRST_NAME", "vorname").add("LAST_NAME", "nachname")
                .add("POSTAL_CODE", "plz").add("CITY", "ort").add("DATE_OF_BIRTH", "geboren"))
                .add("jdbcUrl", System.getProperty("db.url")).add("jdbcUser", System.getProperty("db.user"))
                .add("jdbcPassword", System.getProperty("db.password"))
                .add("sqlQuery", "select " + schema + ".pruefe(nr) as nr, vorname, nachname, plz, ort, geboren from "
                        + schema + ".kunden"));
    }

    /** Mends the connection of {@link #sqlSourceFailingAfter1200Rows}: every row can be read. */
    static void repair(String schema) throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("update " + schema + ".leitung set gestoert = false");
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }

    private static String letters(int number) {
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
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
