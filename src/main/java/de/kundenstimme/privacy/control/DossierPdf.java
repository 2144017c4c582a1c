package de.kundenstimme.privacy.control;

import de.kundenstimme.platform.control.HtmlPdf;
import de.kundenstimme.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The customer's dossier as a readable PDF in German: a heading, then each part as a table of its
 * fields, lists part by part. Every value is set as text, so nothing a customer wrote is ever
 * interpreted as markup.
 */
@ApplicationScoped
public class DossierPdf {

    private static final Locale GERMAN = Locale.GERMAN;
    /** A letter's body is rich text: the PDF shows what it says, the JSON keeps it as stored. */
    private static final Set<String> HTML_FIELDS = Set.of("body");

    @Inject
    Messages messages;

    public byte[] render(JsonObject dossier) {
        Document page = Jsoup.parse("<html lang=\"de\"><head><style></style></head><body></body></html>");
        page.selectFirst("style").appendChild(new DataNode(CSS));
        Element body = page.body();
        JsonObject customer = dossier.getJsonObject("customer");
        body.appendElement("h1").text(label("title"));
        body.appendElement("p").text(messages.text(GERMAN, "privacy.export.pdf.intro", text(customer.get("customerNumber")),
                dossier.getString("exportedAt"), dossier.getString("exportedBy")));
        for (Map.Entry<String, JsonValue> part : dossier.entrySet()) {
            if (part.getValue() instanceof JsonObject object) {
                body.appendElement("h2").text(label(part.getKey()));
                object(body, object, 3);
            } else if (part.getValue() instanceof JsonArray array) {
                body.appendElement("h2").text(label(part.getKey()) + " (" + array.size() + ")");
                list(body, array, 3);
            }
        }
        return HtmlPdf.render(page);
    }

    private void object(Element parent, JsonObject object, int level) {
        Element table = parent.appendElement("table");
        object.forEach((key, value) -> {
            if (!(value instanceof JsonArray) && !(value instanceof JsonObject)) {
                Element row = table.appendElement("tr");
                row.appendElement("th").text(key);
                row.appendElement("td").text(HTML_FIELDS.contains(key) ? Jsoup.parseBodyFragment(text(value)).text() : text(value));
            }
        });
        object.forEach((key, value) -> {
            if (value instanceof JsonObject nested) {
                parent.appendElement(heading(level)).text(label(key));
                object(parent, nested, level + 1);
            } else if (value instanceof JsonArray array) {
                parent.appendElement(heading(level)).text(label(key) + " (" + array.size() + ")");
                list(parent, array, level + 1);
            }
        });
    }

    private void list(Element parent, JsonArray array, int level) {
        if (array.isEmpty()) {
            parent.appendElement("p").addClass("none").text(label("none"));
        }
        for (JsonValue item : array) {
            Element entry = parent.appendElement("div").addClass("entry");
            if (item instanceof JsonObject object) {
                object(entry, object, level);
            } else {
                entry.appendElement("p").text(text(item));
            }
        }
    }

    private static String heading(int level) {
        return "h" + Math.min(level, 6);
    }

    private String label(String key) {
        return messages.text(GERMAN, "privacy.export.part." + key);
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "–";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm;
                    @bottom-right { content: "Seite " counter(page) " von " counter(pages); font-family: '%s'; font-size: 8pt; } }
            body { font-family: '%s'; font-size: 9pt; color: #111; }
            h1 { font-size: 16pt; margin: 0 0 3mm 0; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm 0; border-bottom: 0.5pt solid #555; }
            h3, h4, h5, h6 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; }
            table { width: 100%%; border-collapse: collapse; table-layout: fixed; margin-bottom: 2mm; }
            th { width: 32%%; text-align: left; font-weight: normal; color: #444; vertical-align: top; }
            th, td { border-bottom: 0.3pt solid #ccc; padding: 0.8mm 1.5mm; word-wrap: break-word; overflow-wrap: anywhere; }
            .entry { margin-left: 3mm; padding-left: 2mm; border-left: 0.8pt solid #999; margin-bottom: 3mm; }
            .none { color: #666; }
            """.formatted(HtmlPdf.FONT_FAMILY, HtmlPdf.FONT_FAMILY);
}
