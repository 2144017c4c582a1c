package de.kundenstimme.customer.control;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SpreadsheetTest {

    @TempDir
    Path directory;

    @Test
    void theFirstSheetIsReadWithItsHeaderAndDatesAsIsoDates() throws IOException {
        Path file = directory.resolve("kunden.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Kunden");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nr");
            header.createCell(1).setCellValue("Name");
            header.createCell(2).setCellValue("Geboren");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(4711);
            row.createCell(1).setCellValue("Weiß, Karl-Heinz");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            row.createCell(2).setCellValue(LocalDate.of(1955, 11, 3));
            row.getCell(2).setCellStyle(date);
            workbook.write(out);
        }

        try (Spreadsheet rows = Spreadsheet.open(file)) {
            SourceRow first = rows.next();

            assertEquals("4711", first.values().get("Nr"));
            assertEquals("Weiß, Karl-Heinz", first.values().get("Name"));
            assertEquals("1955-11-03", first.values().get("Geboren"));
            assertEquals(2, first.line());
            assertFalse(rows.hasNext());
        }
    }
}
