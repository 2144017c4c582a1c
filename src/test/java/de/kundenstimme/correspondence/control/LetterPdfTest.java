package de.kundenstimme.correspondence.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the rendered PDF back: where the address lies on the sheet, the German text, the page numbers. */
class LetterPdfTest {

    private static final double MM_PER_POINT = 25.4 / 72;
    private static final Letterhead HEAD = new Letterhead("Kundenstimme GmbH", "Beispielstraße 12", "50667 Köln",
            "+49 221 123456-0", "service@kundenstimme.example", "Ihr Kundenservice");

    @Test
    void theAddressSitsInTheWindowOfADlEnvelope() throws IOException {
        byte[] pdf = LetterPdf.render(HEAD, letter("<p>Kurzer Text.</p>"));

        for (String line : List.of("Frau Dr. Jürgen Weiß", "Große Straße 5", "80331 München")) {
            List<TextPosition> glyphs = positionsOfLine(pdf, 1, line);
            assertFalse(glyphs.isEmpty(), line + " is printed");
            for (TextPosition glyph : glyphs) {
                double left = glyph.getXDirAdj() * MM_PER_POINT;
                double top = (glyph.getYDirAdj() - glyph.getHeightDir()) * MM_PER_POINT;
                double bottom = glyph.getYDirAdj() * MM_PER_POINT;
                assertTrue(left >= 20 && left + glyph.getWidthDirAdj() * MM_PER_POINT <= 105,
                        line + ": x " + left + " mm inside 20..105 mm");
                assertTrue(top >= 45 + 17.7 - 1 && bottom <= 90, line + ": y " + top + ".." + bottom + " mm inside the address zone");
            }
        }
        TextPosition firstGlyph = positionsOfLine(pdf, 1, "Kundenstimme GmbH · Beispielstraße 12 · 50667 Köln").get(0);
        double returnTop = firstGlyph.getYDirAdj() * MM_PER_POINT;
        assertTrue(returnTop > 45 && returnTop < 62.7, "the return line lies above the address, in the field: " + returnTop);
        assertTrue(firstGlyph.getXDirAdj() * MM_PER_POINT >= 20, "return line starts inside the window");
    }

    @Test
    void germanTextWithUmlautsAndTheGermanDateAreReadBack() throws IOException {
        byte[] pdf = LetterPdf.render(HEAD, letter("<p>Vielen Dank für Ihre Kritik. Größe, Maß und Übergabe: äöü ÄÖÜ ß.</p>"));

        String text = text(pdf, 1, 1);
        assertTrue(text.contains("Vielen Dank für Ihre Kritik. Größe, Maß und Übergabe: äöü ÄÖÜ ß."), text);
        assertTrue(text.contains("Datum: 23.11.2026"), text);
        assertTrue(text.contains("Unser Zeichen: BE-2026-000123"), text);
        assertTrue(text.contains("Ihre Beschwerde über die Lieferung"), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the font travels with the letter");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "=HYPERLINK(\"http://evil.example\",\"Klick\")",
            "<b>Fett</b> & <img src=x onerror=alert(1)>", "O'Brien\"; DROP TABLE customer; --"})
    void aHostileCustomerNameIsPrintedLiterallyInAddressSubjectAndText(String name) throws IOException {
        String body = LetterSanitizer.clean(Placeholders.fillHtml("<p>Sehr geehrte Frau {{customerName}},</p><p>vielen Dank.</p>",
                Map.of("customerName", name)));
        byte[] pdf = LetterPdf.render(HEAD, new LetterPdf.Content("de", List.of("Frau " + name, "Große Straße 5", "80331 München"),
                "BE-2026-000123", "23.11.2026", Placeholders.fillText("Ihre Beschwerde, {{customerName}}", Map.of("customerName", name)), body));

        String text = text(pdf, 1, 1);
        assertTrue(text.contains("Frau " + name), "address: " + text);
        assertTrue(text.contains("Ihre Beschwerde, " + name), "subject: " + text);
        assertTrue(text.contains("Sehr geehrte Frau " + name + ","), "text: " + text);
    }

    @Test
    void pageNumbersStartOnPageTwo() throws IOException {
        String longBody = "<p>Ein längerer Absatz über die Lösung, die wir gemeinsam gefunden haben.</p>".repeat(60);
        byte[] pdf = LetterPdf.render(HEAD, letter(longBody));

        assertTrue(LetterPdf.pages(pdf) >= 2);
        assertFalse(text(pdf, 1, 1).contains("Seite 1"), "no number on the first page");
        assertTrue(text(pdf, 2, 2).contains("Seite 2 von " + LetterPdf.pages(pdf)), text(pdf, 2, 2));
    }

    @Test
    void foldMarksAndTheHoleMarkSitAtTheSheetsLeftEdge() throws IOException {
        byte[] pdf = LetterPdf.render(HEAD, letter("<p>Text.</p>"));

        BufferedImage sheet;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            sheet = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        double pixelsPerMm = 150 / 25.4;
        List<Long> marksAtMm = new ArrayList<>();
        for (int y = 0; y < sheet.getHeight(); y++) {
            for (int x = 0; x < (int) (15 * pixelsPerMm); x++) {
                if ((sheet.getRGB(x, y) & 0xff) < 128) {
                    marksAtMm.add(Math.round(y / pixelsPerMm * 2) / 2 * 1L);
                    break;
                }
            }
        }
        assertEquals(List.of(105L, 148L, 210L), marksAtMm.stream().distinct().toList(),
                "marks in the left 15 mm of the sheet, in mm from the top");
    }

    @Test
    void aBatchHoldsEveryLetterInOrder() throws IOException {
        byte[] first = LetterPdf.render(HEAD, letter("<p>Erster Brief.</p>"));
        byte[] second = LetterPdf.render(HEAD, letter("<p>Zweiter Brief.</p>"));

        byte[] batch = LetterPdf.batch(List.of(first, second));

        assertEquals(2, LetterPdf.pages(batch));
        assertTrue(text(batch, 1, 1).contains("Erster Brief."));
        assertTrue(text(batch, 2, 2).contains("Zweiter Brief."));
    }

    private static LetterPdf.Content letter(String body) {
        return new LetterPdf.Content("de", List.of("Frau Dr. Jürgen Weiß", "Große Straße 5", "80331 München"),
                "BE-2026-000123", "23.11.2026", "Ihre Beschwerde über die Lieferung", body);
    }

    private static String text(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        }
    }

    /** The glyphs of the text line that reads exactly as given (or starts with it) on the page. */
    private static List<TextPosition> positionsOfLine(byte[] pdf, int pageNumber, String line) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (found.isEmpty() && text.startsWith(line)) {
                        found.addAll(positions);
                    }
                }
            };
            stripper.setStartPage(pageNumber);
            stripper.setEndPage(pageNumber);
            stripper.getText(document);
        }
        return found;
    }
}
