package de.kundenstimme.platform.control;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders an HTML page as a PDF with openhtmltopdf. The font is Liberation Sans (SIL Open Font
 * Licence) as PDFBox ships it, embedded, so umlauts and ß render; pages name it as {@link #FONT_FAMILY}.
 */
public final class HtmlPdf {

    public static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private HtmlPdf() {
    }

    /** The page as XML-conformant HTML (jsoup escapes every text it was given) rendered to PDF bytes. */
    public static byte[] render(Document page) {
        page.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(HtmlPdf::font, FONT_FAMILY);
            builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        return HtmlPdf.class.getResourceAsStream(FONT_RESOURCE);
    }
}
