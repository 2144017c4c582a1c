package de.kundenstimme.correspondence.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named placeholders of letter templates, written {@code {{name}}}. A template may use only
 * the names listed here; filling replaces each by its value, HTML-escaped where the text is HTML.
 */
public final class Placeholders {

    /** Every name a template may use; {@code thanks} is required, since every letter thanks the customer. */
    public static final List<String> NAMES = List.of("salutation", "thanks", "customerName", "customerAddress",
            "caseNumber", "subject", "receivedDate", "resolutionDue", "resolvedDate", "today", "agreedSolution",
            "goodwill", "gift", "handlerName");
    public static final String THANKS = "thanks";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private Placeholders() {
    }

    /** The names used in the text, in order of first use. */
    public static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The names used in the text that are not placeholders; empty when all are known. */
    public static Set<String> unknown(String text) {
        Set<String> names = used(text);
        names.removeAll(NAMES);
        return names;
    }

    /** The text with each placeholder replaced by its value, escaped for HTML; an unknown one stays as written. */
    public static String fillHtml(String html, Map<String, String> values) {
        return fill(html, values, true);
    }

    /** For plain text such as the subject line. */
    public static String fillText(String text, Map<String, String> values) {
        return fill(text, values, false);
    }

    private static String fill(String text, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            String replacement = value == null ? matcher.group() : html ? escape(value) : value;
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** Escapes a value for HTML; line breaks in it (an address, a solution) stay line breaks. */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\n' -> escaped.append("<br>");
                case '\r' -> { }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
