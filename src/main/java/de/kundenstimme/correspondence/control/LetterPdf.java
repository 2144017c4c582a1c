package de.kundenstimme.correspondence.control;

import de.kundenstimme.platform.control.HtmlPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders a letter as a PDF in the DIN 5008 layout, form B: letterhead in the top 45 mm, the
 * address field for a DL window envelope (45 mm from the top, 20 mm from the left, 85 × 45 mm)
 * with the return line in its upper zone, the reference block with the date on the right, fold
 * marks at 105 mm and 210 mm and the hole mark at 148.5 mm on the first page, and page numbers from page 2, in the
 * embedded font of {@link HtmlPdf}.
 */
public final class LetterPdf {

    private static final String FONT_FAMILY = HtmlPdf.FONT_FAMILY;
    public static final double MM_PER_POINT = 25.4 / 72;

    /** What a letter says and to whom; the body is sanitised HTML with its placeholders filled. */
    public record Content(String language, List<String> recipient, String reference, String date, String subject,
                          String bodyHtml) {
    }

    private LetterPdf() {
    }

    public static byte[] render(Letterhead letterhead, Content content) {
        try {
            return withFoldMarks(HtmlPdf.render(Jsoup.parse(layout(letterhead, content))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fold marks at 105 mm and 210 mm and the hole mark at 148.5 mm, drawn on the first page at the sheet's edge. */
    private static byte[] withFoldMarks(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage first = document.getPage(0);
            float height = first.getMediaBox().getHeight();
            try (PDPageContentStream marks = new PDPageContentStream(document, first, PDPageContentStream.AppendMode.APPEND, true, true)) {
                marks.setLineWidth(0.5f);
                mark(marks, height, 105, 5);
                mark(marks, height, 148.5, 8);
                mark(marks, height, 210, 5);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void mark(PDPageContentStream marks, float pageHeight, double fromTopMm, double lengthMm) throws IOException {
        float y = pageHeight - points(fromTopMm);
        marks.moveTo(points(3), y);
        marks.lineTo(points(3 + lengthMm), y);
        marks.stroke();
    }

    private static float points(double mm) {
        return (float) (mm / MM_PER_POINT);
    }

    /** The letters one after another in one PDF, for printing a day's post in one go. */
    public static byte[] batch(List<byte[]> pdfs) {
        PDFMergerUtility merger = new PDFMergerUtility();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdfs.forEach(pdf -> merger.addSource(new RandomAccessReadBuffer(pdf)));
        merger.setDestinationStream(out);
        try {
            merger.mergeDocuments(MemoryUsageSetting.setupMainMemoryOnly().streamCache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The number of pages, e.g. to check a batch. */
    public static int pages(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String layout(Letterhead head, Content content) {
        boolean english = "en".equals(content.language());
        Document page = Jsoup.parse("<html><head><style></style></head><body></body></html>");
        page.selectFirst("html").attr("lang", content.language());
        page.selectFirst("style").appendChild(new org.jsoup.nodes.DataNode(css(english)));
        Element body = page.body();
        Element first = body.appendElement("div").attr("id", "first-page");
        Element letterhead = first.appendElement("div").addClass("letterhead");
        letterhead.appendElement("div").addClass("company").text(head.company());
        letterhead.appendElement("div").text(head.street());
        letterhead.appendElement("div").text(head.city());
        letterhead.appendElement("div").text(join(head.phone(), head.email()));

        Element address = first.appendElement("div").addClass("address-field");
        address.appendElement("div").addClass("return-line").text(head.returnLine());
        Element recipient = address.appendElement("div").addClass("recipient");
        content.recipient().forEach(line -> recipient.appendElement("div").text(line));

        Element info = first.appendElement("div").addClass("reference");
        info.appendElement("div").text((english ? "Our reference: " : "Unser Zeichen: ") + content.reference());
        info.appendElement("div").text((english ? "Date: " : "Datum: ") + content.date());


        body.appendElement("div").addClass("subject").text(content.subject());
        body.appendElement("div").addClass("text").html(content.bodyHtml());
        body.appendElement("div").addClass("signature").text(head.signature());
        return page.outerHtml();
    }

    /**
     * The first page has no top margin: its block is placed by absolute positions measured from the
     * sheet's edge (the body starts 25 mm from the left, hence the negative offsets). Later pages keep
     * a 20 mm top margin and carry the page number.
     */
    private static String css(boolean english) {
        String pageWord = english ? "Page " : "Seite ";
        String ofWord = english ? " of " : " von ";
        return """
                @page { size: 210mm 297mm; margin: 20mm 20mm 25mm 25mm;
                        @bottom-right { content: "%s" counter(page) "%s" counter(pages); font-family: '%s'; font-size: 8pt; } }
                @page :first { margin-top: 0; @bottom-right { content: none; } }
                body { margin: 0; font-family: '%s'; font-size: 11pt; line-height: 1.3; color: #000; }
                #first-page { position: relative; height: 98.5mm; }
                .letterhead { position: absolute; top: 12mm; left: 100mm; width: 65mm; font-size: 8.5pt; line-height: 1.35; }
                .letterhead .company { font-size: 13pt; margin-bottom: 1.5mm; }
                .address-field { position: absolute; top: 45mm; left: -5mm; width: 85mm; height: 45mm; overflow: hidden; }
                .return-line { position: absolute; top: 11mm; left: 5mm; width: 80mm; font-size: 7pt; white-space: nowrap; }
                .recipient { position: absolute; top: 17.7mm; left: 5mm; width: 80mm; font-size: 10pt; line-height: 1.2; }
                .reference { position: absolute; top: 50mm; left: 100mm; width: 65mm; font-size: 9pt; line-height: 1.5; }
                .subject { font-size: 12pt; margin-bottom: 8mm; }
                .text p { margin: 0 0 4mm 0; }
                .signature { margin-top: 8mm; }
                """.formatted(pageWord, ofWord, FONT_FAMILY, FONT_FAMILY);
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + " · " + second;
    }
}
