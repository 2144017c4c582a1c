package de.kundenstimme.customer.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The first sheet of an Excel workbook (.xlsx), its first row the column names. Dates come out as ISO dates. */
public final class Spreadsheet implements SourceRows {

    private final Workbook workbook;
    private final Sheet sheet;
    private final List<String> header = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter();
    private int next;

    private Spreadsheet(Workbook workbook) {
        this.workbook = workbook;
        this.sheet = workbook.getSheetAt(0);
        Row first = sheet.getRow(sheet.getFirstRowNum());
        if (first != null) {
            for (Cell cell : first) {
                while (header.size() < cell.getColumnIndex()) {
                    header.add("");
                }
                header.add(text(cell));
            }
        }
        next = sheet.getFirstRowNum() + 1;
    }

    public static Spreadsheet open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Spreadsheet(new XSSFWorkbook(in));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private String text(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    @Override
    public boolean hasNext() {
        return next <= sheet.getLastRowNum();
    }

    @Override
    public SourceRow next() {
        int index = next++;
        Row row = sheet.getRow(index);
        Map<String, String> values = new LinkedHashMap<>();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row == null ? null : row.getCell(i);
            String value = cell == null ? "" : text(cell);
            values.put(header.get(i), value);
            cells.add(value);
        }
        return new SourceRow(index + 1, String.join(" | ", cells), values, null);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // The workbook was read from memory; nothing is left open.
        }
    }
}
