package de.kundenstimme.reporting.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.PageClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executives never see personal data: as {@code executive}, every page reachable from the
 * navigation and every GET endpoint open to executives (with a finished leadership report's PDF
 * and XLSX) is searched for the names, e-mail addresses, phone numbers and streets of customers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExecutiveWalkIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void noPageOrEndpointShowsAnExecutiveACustomer() throws Exception {
        Set<String> personal = personalDataOfTheCustomers();
        Map<String, String> seen = new LinkedHashMap<>();
        PageClient pages = PageClient.signedIn(base, "executive");
        walkFrom(pages, "index.xhtml", Pattern.compile("href=\"" + base.getPath().replaceAll("/$", "")
                + "/([^\"#]+\\.xhtml[^\"#]*)\""), seen);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String period = "from=" + today.withDayOfMonth(1).minusYears(1) + "&to=" + today;
        for (String department : List.of("", "SERVICE", "LOGISTIK", "ABRECHNUNG")) {
            String dashboard = "reporting/dashboard.xhtml?" + period + "&department=" + department;
            seen.put(dashboard, open(pages, dashboard));
        }
        Api executive = Api.as(base, "executive");
        for (String endpoint : List.of("figures?" + period, "figures?" + period + "&department=SERVICE",
                "figures/satisfaction?" + period, "reports")) {
            Api.Reply reply = executive.get(endpoint);
            assertEquals(200, reply.status(), endpoint + ": " + reply.body());
            seen.put(endpoint, reply.body());
        }
        long report = ReportRuns.finished(executive, today.withDayOfMonth(1), today);
        seen.put("reports/" + report, executive.get("reports/" + report).body());
        seen.put("reports/" + report + "/pdf", pdfText(ReportRuns.download(executive, report, "pdf")));
        seen.put("reports/" + report + "/xlsx", cellTexts(ReportRuns.download(executive, report, "xlsx")));

        assertTrue(seen.keySet().containsAll(List.of("reporting/dashboard.xhtml", "reporting/reports.xhtml",
                "account/password.xhtml")), "the walk reached the executive's pages: " + seen.keySet());
        List<String> leaks = new ArrayList<>();
        seen.forEach((where, body) -> personal.stream().filter(body::contains)
                .forEach(value -> leaks.add(where + " shows " + value)));
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    /** The customer of a new case with every personal field, and the customers of the demo cases. */
    private Set<String> personalDataOfTheCustomers() {
        String unique = Long.toString(System.nanoTime(), 36);
        Api handler = Api.as(base, "handler.service");
        captured(handler, capture("Dampfgarer defekt").add("customer", Json.createObjectBuilder().add("firstName", "Walburga")
                .add("lastName", "Zwiebelkorn" + unique).add("email", "walburga." + unique + "@example.de")
                .add("phone", "+49 30 98765432").add("street", "Verborgene Gasse 17").add("postalCode", "10115").add("city", "Berlin")));
        Set<String> personal = new LinkedHashSet<>(List.of("Zwiebelkorn" + unique, "walburga." + unique + "@example.de",
                "98765432", "Verborgene Gasse"));
        for (String user : List.of("manager.service", "manager.logistik", "handler.abrechnung")) {
            for (JsonValue item : Api.as(base, user).get("complaints").json().getJsonArray("items")) {
                JsonObject customer = item.asJsonObject().getJsonObject("customer");
                for (String field : List.of("name", "email", "phone")) {
                    if (customer.containsKey(field) && !customer.isNull(field) && customer.getString(field).length() > 5) {
                        personal.add(customer.getString(field));
                    }
                }
            }
        }
        assertTrue(personal.size() > 10, "customers to look for: " + personal);
        return personal;
    }

    /** Every page of this application linked from the start page, and from those, as the executive may open them. */
    private static void walkFrom(PageClient pages, String start, Pattern linkOfTheApplication, Map<String, String> seen) {
        Deque<String> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            String page = next.pop();
            if (seen.containsKey(page) || page.contains("logout") || page.startsWith("jakarta.faces.resource")) {
                continue;
            }
            String body = open(pages, page);
            seen.put(page, body);
            Matcher link = linkOfTheApplication.matcher(body);
            while (link.find()) {
                next.add(link.group(1).replace("&amp;", "&"));
            }
        }
    }

    private static String open(PageClient pages, String page) {
        HttpResponse<String> response = pages.get(page);
        assertFalse(response.statusCode() >= 500, page + " failed: " + response.statusCode());
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String cellTexts(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter(Locale.GERMANY);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(format.formatCellValue(cell)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
