package de.kundenstimme.correspondence.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans the rich text of letters and templates: paragraphs, line breaks, emphasis and lists stay;
 * scripts, styles, links, images and every attribute go, so a letter can load nothing from outside.
 */
public final class LetterSanitizer {

    private static final Safelist LETTER_TEXT = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "blockquote", "h3");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).charset("UTF-8").escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);

    private LetterSanitizer() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", LETTER_TEXT, OUTPUT).strip();
    }

    /** Whether cleaning leaves any text to read. */
    public static boolean hasText(String html) {
        return !Jsoup.parse(clean(html)).text().isBlank();
    }
}
