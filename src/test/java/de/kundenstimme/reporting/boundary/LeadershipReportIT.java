package de.kundenstimme.reporting.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.kundenstimme.presentation.pages.DashboardPage;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.reporting.control.ReportWorkbook;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leadership report as a batch job: it agrees with the API to the case and the cent, is
 * archived as PDF and XLSX, mailed to the executives, and a run that failed half-way is restarted
 * and yields the same report as an undisturbed one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeadershipReportIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
    private static final LocalDate FROM = TODAY.minusDays(120);
    private static final String PERIOD = "{\"from\":\"" + FROM + "\",\"to\":\"" + TODAY + "\"}";
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private Api executive() {
        return Api.as(base, "executive");
    }

    @Test
    void theDashboardTheReportAndTheApiGiveTheSameNumbers() throws Exception {
        JsonObject figures = executive().get("figures?from=" + FROM + "&to=" + TODAY).json();
        Map<String, List<String>> sheets = sheets(download(finished(request()), "xlsx"));
        Map<String, String> keyFigures = keyFigures(sheets);
        try (Browser browser = Browser.open(base)) {
            LoginPage.open(browser).submit("executive", "demo");
            browser.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
            DashboardPage dashboard = DashboardPage.open(browser, FROM.toString(), TODAY.toString());

            assertEquals(figures.getInt("received"), dashboard.received());
            assertEquals(cell(keyFigures, "Eingegangene Beschwerden", 1), String.valueOf(dashboard.received()));
            for (String[] rate : new String[][]{{"acknowledgedInTime", "Eingang fristgerecht bestätigt (%)"},
                    {"resolvedInTime", "Fristgerecht gelöst (%)"}, {"escalated", "Eskalationsquote (%)"},
                    {"reopened", "Wiedereröffnungsquote (%)"}, {"rejected", "Ablehnungsquote (%)"},
                    {"firstContactResolution", "Erledigt beim ersten Kontakt (%)"}}) {
                JsonObject share = figures.getJsonObject(rate[0]);
                String counts = "(" + share.getInt("hits") + " / " + share.getInt("of") + ")";
                assertTrue(dashboard.figure(rate[0]).endsWith(counts), rate[0] + ": " + dashboard.figure(rate[0]));
                assertEquals(counts, "(" + cell(keyFigures, rate[1], 2) + " / " + cell(keyFigures, rate[1], 3) + ")", rate[1]);
            }
            String goodwill = dashboard.figure("goodwill");
            assertEquals(goodwill.replace(" €", ""), cell(keyFigures, "Kulanzkosten (EUR)", 1), "goodwill to the cent");
            assertEquals(figures.getJsonNumber("goodwillTotal").bigDecimalValue().setScale(2).toPlainString(),
                    goodwill.replace(" €", "").replace(".", "").replace(',', '.'));
            assertEquals(days(figures.getJsonObject("resolutionDays")), dashboard.figure("resolution").replace(',', '.'));
            int answers = figures.getJsonObject("satisfaction").getInt("answers");
            assertTrue(dashboard.figure("satisfaction").endsWith("(" + answers + " Antworten)"), dashboard.figure("satisfaction"));
            assertTrue(sheets.get("Zufriedenheit").contains("Beantwortete Befragungen\t" + answers), sheets.get("Zufriedenheit").toString());
        }
    }

    private static String days(JsonObject distribution) {
        return (distribution.containsKey("median") ? distribution.getJsonNumber("median").bigDecimalValue().toPlainString() : "–")
                + " / " + (distribution.containsKey("percentile90")
                ? distribution.getJsonNumber("percentile90").bigDecimalValue().toPlainString() : "–");
    }

    private static Map<String, String> keyFigures(Map<String, List<String>> sheets) {
        Map<String, String> rows = new LinkedHashMap<>();
        sheets.get("Kennzahlen").forEach(row -> rows.put(row.split("\t", -1)[0], row));
        return rows;
    }

    private static String cell(Map<String, String> keyFigures, String label, int column) {
        return keyFigures.get(label).split("\t", -1)[column];
    }

    @Test
    void theReportAgreesWithTheApiAndGoesToTheExecutives() throws Exception {
        JsonObject figures = executive().get("figures?from=" + FROM + "&to=" + TODAY).json();

        JsonObject report = finished(request());

        Map<String, List<String>> sheets = sheets(download(report, "xlsx"));
        Map<String, String> keyFigures = new LinkedHashMap<>();
        sheets.get("Kennzahlen").forEach(row -> {
            String[] cells = row.split("\t", -1);
            keyFigures.put(cells[0], row);
        });
        assertEquals(String.valueOf(figures.getInt("received")),
                keyFigures.get("Eingegangene Beschwerden").split("\t")[1], "volume: " + keyFigures);
        assertShare(figures.getJsonObject("acknowledgedInTime"), keyFigures.get("Eingang fristgerecht bestätigt (%)"));
        assertShare(figures.getJsonObject("resolvedInTime"), keyFigures.get("Fristgerecht gelöst (%)"));
        assertShare(figures.getJsonObject("escalated"), keyFigures.get("Eskalationsquote (%)"));
        assertShare(figures.getJsonObject("firstContactResolution"), keyFigures.get("Erledigt beim ersten Kontakt (%)"));
        assertEquals(figures.getJsonNumber("goodwillTotal").bigDecimalValue().setScale(2).toPlainString().replace('.', ','),
                keyFigures.get("Kulanzkosten (EUR)").split("\t")[1].replace(".", ""),
                "goodwill to the cent: " + keyFigures);
        List<String> channelCounts = sheets.get("Kanal").stream().skip(1).map(r -> r.split("\t")[1]).toList();
        assertEquals(figures.getJsonArray("byChannel").stream().map(v -> String.valueOf(v.asJsonObject().getInt("cases")))
                .toList(), channelCounts, "volume by channel");
        assertEquals(ReportWorkbook.SHEETS, List.copyOf(sheets.keySet()), "one sheet per figure");

        String pdf = text(download(report, "pdf"));
        assertTrue(pdf.contains("Zusammenfassung"), pdf);
        assertTrue(pdf.contains("Zufriedenheit"), pdf);
        assertTrue(pdf.contains("Eingegangen sind " + figures.getInt("received") + " Beschwerden"), pdf);
        assertFalse(pdf.contains("@example.de"), "no personal data in the report");

        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).startsWith("Bericht Beschwerdemanagement")).findFirst().orElseThrow();
        assertEquals("executive@kundenstimme.example", mail.getAllRecipients()[0].toString());
        assertTrue(String.valueOf(mail.getContent()).contains("/reporting/reports.xhtml"));
    }

    @Test
    void aRunThatFailedHalfWayIsRestartedAndGivesTheSameReport() throws Exception {
        JsonObject failed;
        executeSql("create trigger it_report_disk_full before update on leadership_report for each row"
                + " begin if new.pdf is not null and old.pdf is null then"
                + " signal sqlstate '45000' set message_text = 'disk full'; end if; end");
        try {
            failed = awaitStatus(request(), "FAILED");
        } finally {
            executeSql("drop trigger if exists it_report_disk_full");
        }
        assertTrue(failed.getBoolean("hasXlsx"), "the workbook step had finished: " + failed);
        assertFalse(failed.getBoolean("hasPdf"), failed.toString());

        Api.Reply restart = executive().post("reports/" + failed.getJsonNumber("id").longValue() + "/restart", "");
        assertEquals(202, restart.status(), restart.body());
        JsonObject restarted = finished(failed);
        JsonObject undisturbed = finished(request());

        assertEquals(sheets(download(undisturbed, "xlsx")), sheets(download(restarted, "xlsx")));
        assertEquals(text(download(undisturbed, "pdf")), text(download(restarted, "pdf")));
        assertEquals(400, executive().post("reports/" + restarted.getJsonNumber("id").longValue() + "/restart", "")
                .status(), "a finished report is not restarted");
    }

    @Test
    void onlyExecutivesGetReportsAndThePeriodIsChecked() {
        assertEquals(403, Api.as(base, "manager.service").get("reports").status());
        assertEquals(403, Api.as(base, "handler.service").post("reports", PERIOD).status());
        Api.Reply backwards = executive().post("reports", "{\"from\":\"2026-02-01\",\"to\":\"2026-01-01\"}");
        assertEquals(400, backwards.status(), backwards.body());
        assertEquals(400, executive().post("reports", "{\"from\":\"<script>\"}").status());
    }

    private JsonObject request() {
        Api.Reply reply = executive().post("reports", PERIOD);
        assertEquals(202, reply.status(), reply.body());
        return reply.json();
    }

    private JsonObject finished(JsonObject report) {
        return awaitStatus(report, "FINISHED");
    }

    /** Follows the report until it reaches the state (or any other end), as the progress bar does. */
    private JsonObject awaitStatus(JsonObject report, String expected) {
        String path = "reports/" + report.getJsonNumber("id").longValue();
        Instant giveUp = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(giveUp)) {
            JsonObject now = executive().get(path).json();
            String status = now.getString("status");
            if (status.equals(expected)) {
                return now;
            }
            if (!status.equals("RUNNING") && !status.equals("REQUESTED")) {
                throw new AssertionError("Report ended " + status + " instead of " + expected);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Report never reached " + expected);
    }

    private byte[] download(JsonObject report, String kind) throws Exception {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(executive()
                        .request("reports/" + report.getJsonNumber("id").longValue() + "/" + kind).header("Accept", "*/*")
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), kind);
        return response.body();
    }

    private static void assertShare(JsonObject share, String row) {
        String[] cells = row.split("\t", -1);
        assertEquals(String.valueOf(share.getInt("hits")), cells[2], row);
        assertEquals(String.valueOf(share.getInt("of")), cells[3], row);
    }

    /** Every sheet as rows of tab-separated cell texts. */
    private static Map<String, List<String>> sheets(byte[] xlsx) throws IOException {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter(java.util.Locale.GERMANY);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                List<String> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                    rows.add(String.join("\t", cells));
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    private static String text(byte[] pdf) throws IOException {
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void executeSql(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("db.url"),
                System.getProperty("db.user"), System.getProperty("db.password"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
