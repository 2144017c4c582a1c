package de.kundenstimme.reporting.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The leadership report as XLSX: one sheet per figure, numbers as numbers (EUR to the cent), so
 * leadership can calculate on. Fed only by {@link Figures}: the same numbers as the dashboard.
 */
public final class ReportWorkbook {

    /** The sheet names, in order; tests and readers find a figure by its sheet. */
    public static final List<String> SHEETS = List.of("Kennzahlen", "Kanal", "Kategorie", "Produkt", "Abteilung", "Monat",
            "Monat und Kanal", "Erste Reaktion", "Lösungsdauer", "Fristen je Monat", "Kulanz je Kategorie",
            "Kulanz je Monat", "Offene Fälle", "Top-Kategorien", "Ursachen", "Zufriedenheit");

    private ReportWorkbook() {
    }

    public static byte[] of(Figures f, Map<String, String> channelNames, Map<String, String> causeNames) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            Writer w = new Writer(bold, money, text);

            Sheet summary = workbook.createSheet(SHEETS.get(0));
            w.row(summary, "Kennzahl", "Wert", "Zähler", "Nenner");
            w.row(summary, "Zeitraum von", f.period().from().toString());
            w.row(summary, "Zeitraum bis", f.period().to().toString());
            w.row(summary, "Abteilung", f.department() == null ? "Alle" : f.department());
            w.row(summary, "Stand", f.asOf().toString());
            w.row(summary, "Eingegangene Beschwerden", f.received());
            w.row(summary, "Erste Reaktion Median (Werktage)", f.firstResponseDays().getMedian());
            w.row(summary, "Erste Reaktion 90. Perzentil (Werktage)", f.firstResponseDays().getPercentile90());
            w.row(summary, "Lösungsdauer Median (Werktage)", f.resolutionDays().getMedian());
            w.row(summary, "Lösungsdauer 90. Perzentil (Werktage)", f.resolutionDays().getPercentile90());
            w.share(summary, "Eingang fristgerecht bestätigt (%)", f.acknowledgedInTime());
            w.share(summary, "Fristgerecht gelöst (%)", f.resolvedInTime());
            w.share(summary, "Eskalationsquote (%)", f.escalated());
            w.share(summary, "Wiedereröffnungsquote (%)", f.reopened());
            w.share(summary, "Ablehnungsquote (%)", f.rejected());
            w.share(summary, "Erledigt beim ersten Kontakt (%)", f.firstContactResolution());
            w.money(summary, "Kulanzkosten (EUR)", f.goodwillTotal());

            w.counts(workbook.createSheet(SHEETS.get(1)), "Kanal", translated(f.byChannel(), channelNames));
            w.counts(workbook.createSheet(SHEETS.get(2)), "Kategorie", f.byCategory());
            w.counts(workbook.createSheet(SHEETS.get(3)), "Produkt", f.byProduct());
            w.counts(workbook.createSheet(SHEETS.get(4)), "Abteilung", f.byDepartment());
            w.counts(workbook.createSheet(SHEETS.get(5)), "Monat", f.byMonth());
            Sheet monthChannel = workbook.createSheet(SHEETS.get(6));
            w.row(monthChannel, "Monat", "Kanal", "Fälle");
            f.byMonthAndChannel().forEach(m -> w.row(monthChannel, m.month(),
                    channelNames.getOrDefault(m.channel(), m.channel()), m.cases()));
            w.distribution(workbook.createSheet(SHEETS.get(7)), f.firstResponseDays());
            w.distribution(workbook.createSheet(SHEETS.get(8)), f.resolutionDays());
            Sheet compliance = workbook.createSheet(SHEETS.get(9));
            w.row(compliance, "Monat", "Bestätigt fristgerecht", "Bestätigung fällig", "Bestätigt (%)",
                    "Gelöst fristgerecht", "Lösung fällig", "Gelöst (%)");
            f.complianceByMonth().forEach(m -> w.row(compliance, m.month(), m.acknowledgedInTime().hits(),
                    m.acknowledgedInTime().of(), m.acknowledgedInTime().getPercent(), m.resolvedInTime().hits(),
                    m.resolvedInTime().of(), m.resolvedInTime().getPercent()));
            w.amounts(workbook.createSheet(SHEETS.get(10)), "Kategorie", f.goodwillByCategory());
            w.amounts(workbook.createSheet(SHEETS.get(11)), "Monat", f.goodwillByMonth());
            w.counts(workbook.createSheet(SHEETS.get(12)), "Alter (Werktage)", f.backlogByAge());
            Sheet top = workbook.createSheet(SHEETS.get(13));
            w.row(top, "Kategorie", "Fälle", "Fälle Vorzeitraum", "Veränderung");
            f.topCategories().forEach(t -> w.row(top, t.label(), t.cases(), t.previousCases(), t.change()));
            Sheet causes = workbook.createSheet(SHEETS.get(14));
            w.row(causes, "Ursache", "Fälle", "Kulanz (EUR)");
            f.rootCauses().forEach(c -> {
                Row row = w.row(causes, causeNames.getOrDefault(c.cause(), c.cause()), c.cases());
                w.moneyCell(row, 2, c.goodwillEur());
            });
            Sheet satisfaction = workbook.createSheet(SHEETS.get(15));
            w.row(satisfaction, "Kennzahl", "Wert");
            w.row(satisfaction, "Beantwortete Befragungen", f.satisfaction().answers());
            w.row(satisfaction, "Zufriedenheit Mittelwert (1–5)", f.satisfaction().meanSatisfaction());
            w.row(satisfaction, "Anteil zufrieden, 4–5 (%)", f.satisfaction().shareSatisfied());
            w.row(satisfaction, "Net Promoter Score", f.satisfaction().nps());
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                workbook.getSheetAt(i).setColumnWidth(0, 45 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Figures.Count> translated(List<Figures.Count> counts, Map<String, String> names) {
        List<Figures.Count> result = new ArrayList<>();
        counts.forEach(c -> result.add(new Figures.Count(c.key(), names.getOrDefault(c.key(), c.label()), c.cases())));
        return result;
    }

    /**
     * Whether a spreadsheet program would take this text for a formula (or its start), as names
     * typed by users may begin: such cells are marked as text (quote prefix), never evaluated.
     */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private record Writer(CellStyle bold, CellStyle money, CellStyle text) {

        Row row(Sheet sheet, Object... values) {
            Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
            for (int i = 0; i < values.length; i++) {
                Cell cell = row.createCell(i);
                Object value = values[i];
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                    if (looksLikeFormula(value.toString())) {
                        cell.setCellStyle(text);
                    }
                }
                if (row.getRowNum() == 0) {
                    cell.setCellStyle(bold);
                }
            }
            return row;
        }

        void share(Sheet sheet, String label, Share share) {
            row(sheet, label, share.getPercent(), share.hits(), share.of());
        }

        void money(Sheet sheet, String label, BigDecimal eur) {
            moneyCell(row(sheet, label), 1, eur);
        }

        void moneyCell(Row row, int column, BigDecimal eur) {
            Cell cell = row.createCell(column);
            cell.setCellValue(eur.doubleValue());
            cell.setCellStyle(money);
        }

        void counts(Sheet sheet, String heading, List<Figures.Count> counts) {
            row(sheet, heading, "Fälle");
            counts.forEach(c -> row(sheet, c.label().isEmpty() ? "ohne Angabe" : c.label(), c.cases()));
        }

        void amounts(Sheet sheet, String heading, List<Figures.Amount> amounts) {
            row(sheet, heading, "Kulanz (EUR)");
            amounts.forEach(a -> moneyCell(row(sheet, a.label()), 1, a.eur()));
        }

        void distribution(Sheet sheet, Distribution distribution) {
            row(sheet, "Werktage", "Fälle");
            distribution.buckets().forEach(b -> row(sheet, b.days(), b.cases()));
            row(sheet, "Median", distribution.getMedian());
            row(sheet, "90. Perzentil", distribution.getPercentile90());
        }
    }
}
