package de.kundenstimme.customer.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.ADMIN;
import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.customerOf;
import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imports of the three source kinds (CSV and Excel files) as batch jobs: counts, rejections, delta, restart, linking across sources. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerImportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private CustomerSourcesFixture fixture;

    @BeforeEach
    void marker() {
        fixture = new CustomerSourcesFixture(base);
    }

    private long salesSource() {
        return fixture.define(source("Vertrieb CRM", "UPLOAD", 2, Json.createObjectBuilder()
                .add("SOURCE_KEY", "Kundennr").add("LAST_NAME", "Name").add("STREET", "Strasse")
                .add("POSTAL_CODE", "PLZ").add("CITY", "Ort").add("DATE_OF_BIRTH", "Geburtsdatum")
                .add("PHONES", "Telefon").add("EMAILS", "E-Mail"))
                .add("nameLayout", "LAST_COMMA_FIRST").add("streetLayout", "WITH_HOUSE_NUMBER"));
    }

    private long billingSource() {
        return fixture.define(source("Buchhaltung", "UPLOAD", 1, Json.createObjectBuilder()
                .add("SOURCE_KEY", "Kundennummer").add("FIRST_NAME", "Vorname").add("LAST_NAME", "Nachname")
                .add("STREET", "Strasse").add("HOUSE_NUMBER", "Hausnummer").add("POSTAL_CODE", "PLZ")
                .add("CITY", "Ort").add("EMAILS", "Email")));
    }

    @Test
    void aCsvUploadCountsItsRowsAndReportsEachRejectedRowWithItsReason() {
        long sales = salesSource();

        JsonObject run = fixture.finished(fixture.upload(sales, "vertrieb.csv", fixture.file("sales.csv")));

        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(5, run.getInt("read"));
        assertEquals(3, run.getInt("new"));
        assertEquals(2, run.getInt("rejected"));
        assertEquals(100, run.getInt("progress"));
        List<JsonObject> rejections = run.getJsonArray("rejections").getValuesAs(JsonObject.class);
        assertEquals(4, rejections.get(0).getInt("line"));
        assertEquals("customer.import.rejected.noKey", rejections.get(0).getString("reason"));
        assertEquals(5, rejections.get(1).getInt("line"));
        assertEquals("customer.import.rejected.dateOfBirth", rejections.get(1).getString("reason"));
        assertTrue(rejections.get(1).getString("row").contains("<script>alert(1)</script>"), "the row as it was");
        assertEquals(List.of("Hauptstr.|12|Jürgen|Müller" + fixture.marker),
                Database.strings("select concat(street, '|', house_number, '|', first_name, '|', last_name)"
                        + " from source_record where source_id = ? and source_key = 'V-1'", sales));
    }

    @Test
    void anExcelUploadSplitsNameAndStreetByTheSourcesLayoutAndReportsTheMalformedRow() throws IOException {
        long shipping = fixture.define(source("Versand Excel", "UPLOAD", 3, Json.createObjectBuilder()
                .add("SOURCE_KEY", "Kundennr").add("LAST_NAME", "Nachname, Vorname").add("STREET", "Straße Hausnummer")
                .add("POSTAL_CODE", "PLZ").add("CITY", "Ort").add("DATE_OF_BIRTH", "Geburtsdatum"))
                .add("nameLayout", "LAST_COMMA_FIRST").add("streetLayout", "WITH_HOUSE_NUMBER"));
        byte[] workbook = workbook(List.of(
                List.of("Kundennr", "Nachname, Vorname", "Straße Hausnummer", "PLZ", "Ort", "Geburtsdatum"),
                List.of("X-1", "Schröder" + fixture.marker + ", Anna", "Lindenallee 7b", "50667", "Köln", "12.03.1984"),
                List.of("X-2", "Becker" + fixture.marker + ", Paul", "Am Markt 3-5", "04109", "Leipzig", LocalDate.of(1975, 6, 1)),
                List.of("X-3", "Kaya" + fixture.marker + ", Elif", "Hauptstr. 12", "10115", "Berlin", "31.02.1990"),
                List.of("X-4", "Nowak" + fixture.marker + ", Jan", "Gartenweg 1", "80331", "München", "")));

        JsonObject run = fixture.finished(fixture.upload(shipping, "versand.xlsx", workbook));

        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(4, run.getInt("read"));
        assertEquals(3, run.getInt("new"));
        assertEquals(1, run.getInt("rejected"));
        JsonObject rejection = run.getJsonArray("rejections").getJsonObject(0);
        assertEquals(4, rejection.getInt("line"), "the spreadsheet's row number, the header being row 1");
        assertEquals("customer.import.rejected.dateOfBirth", rejection.getString("reason"));
        assertTrue(rejection.getString("row").contains("Kaya" + fixture.marker), rejection.toString());
        assertEquals(List.of("X-1|Anna|Schröder" + fixture.marker + "|Lindenallee|7b|50667|1984-03-12",
                        "X-2|Paul|Becker" + fixture.marker + "|Am Markt|3-5|04109|1975-06-01",
                        "X-4|Jan|Nowak" + fixture.marker + "|Gartenweg|1|80331|-"),
                Database.strings("select concat(source_key, '|', first_name, '|', last_name, '|', street, '|', house_number,"
                        + " '|', postal_code, '|', coalesce(date_of_birth, '-')) from source_record where source_id = ?"
                        + " order by source_key", shipping));
    }

    /** An XLSX file as a department's Excel export has it: one sheet, text cells, a real date cell. */
    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kunden");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void recordsOfTwoDepartmentsBecomeOneCustomerWithTheSourceOfEveryField() {
        long sales = salesSource();
        long billing = billingSource();
        fixture.finished(fixture.upload(sales, "vertrieb.csv", fixture.file("sales.csv")));

        JsonObject run = fixture.finished(fixture.upload(billing, "buchhaltung.csv", fixture.file("billing-windows1252.csv")));

        assertEquals(2, run.getInt("new"), run.toString());
        long mueller = customerOf(sales, "V-1");
        assertEquals(mueller, customerOf(billing, "B-100"));
        assertEquals(customerOf(sales, "V-4"), customerOf(billing, "B-101"));
        assertNotEquals(mueller, customerOf(sales, "V-2"));
        JsonObject customer = Api.as(base, CustomerSourcesFixture.HANDLER).get("customers/" + mueller).json();
        List<String> ourSources = customer.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .map(record -> record.getString("source")).filter(source -> source.endsWith(fixture.marker)).sorted().toList();
        assertEquals(List.of("Buchhaltung " + fixture.marker, "Vertrieb CRM " + fixture.marker), ourSources);
        assertEquals("Mueller" + fixture.marker, customer.getJsonObject("fields").getString("lastName"),
                "the last name of the more trusted source");
        assertEquals("Buchhaltung " + fixture.marker, customer.getJsonObject("provenance").getString("LAST_NAME"));
        assertEquals("030 123456", customer.getJsonObject("fields").getString("phone"));
        assertTrue(customer.getJsonObject("provenance").getString("PHONE").startsWith("Vertrieb CRM "),
                "the phone only sales knows");
        assertEquals(List.of("Weiß" + fixture.marker + "|Köln"), Database.strings("select concat(last_name, '|', city)"
                + " from source_record where source_id = ? and source_key = 'B-101'", billing), "Windows-1252 read right");
    }

    @Test
    void aReimportUpdatesRecordsByTheSourcesCustomerNumber() {
        long sales = salesSource();
        fixture.finished(fixture.upload(sales, "vertrieb.csv", fixture.file("sales.csv")));

        JsonObject delta = fixture.finished(fixture.upload(sales, "vertrieb-neu.csv", fixture.file("sales-delta.csv")));

        assertEquals(3, delta.getInt("read"), delta.toString());
        assertEquals(1, delta.getInt("new"));
        assertEquals(1, delta.getInt("changed"));
        assertEquals(1, delta.getInt("unchanged"));
        assertEquals(0, delta.getInt("rejected"));
        assertEquals(4, Database.count("select count(*) from source_record where source_id = ?", sales));
        assertEquals(List.of("Seeweg 7"), Database.strings("select concat(street, ' ', house_number) from source_record"
                + " where source_id = ? and source_key = 'V-2'", sales));
    }

    @Test
    void anSqlSourceIsReadFromTheDepartmentsDatabaseAndRestartsAfterACrashFromItsCheckpoint() throws SQLException {
        String schema = "versand_" + fixture.marker;
        int rows = 1500;
        long shipping = fixture.sqlSourceFailingAfter1200Rows(schema, rows);
        Api admin = Api.as(base, ADMIN);

        long runId = admin.post("customer-sources/" + shipping + "/queries", "").json().getJsonNumber("runId").longValue();
        JsonObject crashed = fixture.finished(runId);

        assertEquals("FAILED", crashed.getString("status"), crashed.toString());
        int committed = crashed.getInt("read");
        assertTrue(committed > 0 && committed < rows && committed % 100 == 0, "whole chunks committed: " + committed);
        assertEquals(committed, Database.count("select count(*) from source_record where source_id = ?", shipping));

        CustomerSourcesFixture.repair(schema);
        assertEquals(202, admin.post("customer-imports/" + runId + "/restart", "").status());
        JsonObject restarted = fixture.finished(runId);

        assertEquals("COMPLETED", restarted.getString("status"), restarted.toString());
        assertEquals(rows, restarted.getInt("read"), "every row read once over both attempts");
        assertEquals(rows, restarted.getInt("new"));
        assertEquals(rows, Database.count("select count(*) from source_record where source_id = ?", shipping));
        assertEquals(rows, Database.count("select count(distinct source_key) from source_record where source_id = ?", shipping));
        assertEquals(0, Database.count("select count(*) from source_record where source_id = ? and customer_id is null",
                shipping), "linked after the restart");
    }

    @Test
    void aDepartmentsSystemPushesJsonWithItsToken() {
        JsonObject source = fixture.definedWithToken(source("Kundenservice Ticketsystem", "PUSH", 4,
                Json.createObjectBuilder()));
        long id = source.getJsonNumber("id").longValue();
        String records = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("customerNumber", "T-1").add("firstName", "Lena")
                        .add("lastName", "<b>Becker" + fixture.marker + "</b>").add("emails", Json.createArrayBuilder()
                                .add("lena@example.de")).add("dateOfBirth", "1991-04-27"))
                .add(Json.createObjectBuilder().add("firstName", "Ohne").add("lastName", "Nummer"))
                .build().toString();
        Api anonymous = Api.anonymous(base);

        Api.Reply refused = anonymous.send(anonymous.request("customer-push/" + id).header("X-Source-Token", "falsch")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(records)));
        Api.Reply accepted = anonymous.send(anonymous.request("customer-push/" + id)
                .header("X-Source-Token", source.getString("pushToken")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(records)));

        Api.Reply notAnArray = anonymous.send(anonymous.request("customer-push/" + id)
                .header("X-Source-Token", source.getString("pushToken")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"customerNumber\":\"T-9\"}")));

        assertEquals(401, refused.status());
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(400, notAnArray.status(), "one object instead of the array: " + notAnArray.body());
        assertEquals(1, accepted.json().getInt("new"));
        assertEquals(1, accepted.json().getJsonArray("rejected").getJsonObject(0).getInt("index"));
        JsonObject customer = Api.as(base, CustomerSourcesFixture.MANAGER).get("customers/" + customerOf(id, "T-1")).json();
        assertEquals("<b>Becker" + fixture.marker + "</b>", customer.getJsonObject("fields").getString("lastName"),
                "stored as given");
    }

    @Test
    void onlyTheAdminDefinesSourcesAndStartsImports() {
        Api.Reply reply = Api.as(base, CustomerSourcesFixture.MANAGER).post("customer-sources",
                source("Fremd", "UPLOAD", 1, Json.createObjectBuilder().add("SOURCE_KEY", "nr")).build().toString());

        assertEquals(403, reply.status());
    }
}
