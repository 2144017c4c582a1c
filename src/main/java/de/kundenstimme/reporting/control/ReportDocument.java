package de.kundenstimme.reporting.control;

import de.kundenstimme.feedback.control.SatisfactionFigures;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The leadership report as PDF: summary, key figures, and charts drawn as proportional bars in
 * the page itself (no picture files), rendered from XHTML by openhtmltopdf. Aggregates only.
 */
public final class ReportDocument {

    private ReportDocument() {
    }

    public static byte[] of(Figures f, List<String> summary, Map<String, String> channelNames,
                            Map<String, String> causeNames) {
        StringBuilder html = new StringBuilder(16_000);
        html.append("<html><head><meta charset=\"UTF-8\"/><title>Bericht der Geschäftsleitung</title><style>")
                .append("@page { size: A4; margin: 18mm 16mm; } body { font-family: sans-serif; font-size: 9.5pt; color: #1f2933; }")
                .append("h1 { font-size: 16pt; margin: 0 0 2mm 0; } h2 { font-size: 11.5pt; margin: 6mm 0 2mm 0; }")
                .append("table { border-collapse: collapse; width: 100%; } td, th { padding: 1mm 2mm; text-align: left; vertical-align: top; }")
                .append("th { border-bottom: 0.5pt solid #9aa5b1; } td.n { text-align: right; width: 22mm; }")
                .append(".bar { background: #2563eb; height: 3.2mm; } .prev { background: #f59e0b; height: 2mm; }")
                .append("td.chart { width: 95mm; } .muted { color: #52606d; }")
                .append("</style></head><body>");
        html.append("<h1>Beschwerdemanagement – Bericht der Geschäftsleitung</h1>")
                .append("<p class=\"muted\">Eingang ").append(f.period().from()).append(" bis ").append(f.period().to())
                .append(", ").append(f.department() == null ? "alle Abteilungen" : "Abteilung " + escape(f.department()))
                .append(", Stand ").append(f.asOf()).append(". Nur Kennzahlen, keine personenbezogenen Daten.</p>");
        html.append("<h2>Zusammenfassung</h2><ul>");
        summary.forEach(s -> html.append("<li>").append(escape(s)).append("</li>"));
        html.append("</ul>");

        html.append("<h2>Kennzahlen</h2><table>");
        keyFigure(html, "Eingegangene Beschwerden", String.valueOf(f.received()));
        keyFigure(html, "Erste Reaktion, Median / 90. Perzentil (Werktage)",
                days(f.firstResponseDays().getMedian()) + " / " + days(f.firstResponseDays().getPercentile90()));
        keyFigure(html, "Lösungsdauer, Median / 90. Perzentil (Werktage)",
                days(f.resolutionDays().getMedian()) + " / " + days(f.resolutionDays().getPercentile90()));
        keyFigure(html, "Eingang fristgerecht bestätigt", share(f.acknowledgedInTime()));
        keyFigure(html, "Fristgerecht gelöst", share(f.resolvedInTime()));
        keyFigure(html, "Eskalationsquote", share(f.escalated()));
        keyFigure(html, "Wiedereröffnungsquote", share(f.reopened()));
        keyFigure(html, "Ablehnungsquote", share(f.rejected()));
        keyFigure(html, "Erledigt beim ersten Kontakt", share(f.firstContactResolution()));
        keyFigure(html, "Kulanzkosten", ReportSummary.euro(f.goodwillTotal()));
        keyFigure(html, "Zufriedenheit (Mittelwert 1–5 / Anteil zufrieden / NPS)", satisfaction(f.satisfaction()));
        html.append("</table>");

        chart(html, "Eingang nach Monat", f.byMonth().stream().map(c -> new Bar(c.label(), c.cases())).toList());
        chart(html, "Eingang nach Kanal", f.byChannel().stream()
                .map(c -> new Bar(channelNames.getOrDefault(c.key(), c.key()), c.cases())).toList());
        chart(html, "Fristgerecht gelöst nach Eingangsmonat (%)", f.complianceByMonth().stream()
                .map(m -> new Bar(m.month(), m.resolvedInTime().getPercent() == null ? BigDecimal.ZERO
                        : m.resolvedInTime().getPercent())).toList());
        chart(html, "Verteilung der Lösungsdauer (Werktage)", f.resolutionDays().buckets().stream()
                .map(b -> new Bar(b.days() + " Werktage", b.cases())).toList());
        html.append("<h2>Häufigste Kategorien (Balken: Zeitraum, darunter Vorzeitraum)</h2><table>");
        long topMax = f.topCategories().stream().mapToLong(t -> Math.max(t.cases(), t.previousCases())).max().orElse(1);
        f.topCategories().forEach(t -> html.append("<tr><td>").append(escape(t.label())).append("</td><td class=\"chart\">")
                .append(bar("bar", t.cases(), topMax)).append(bar("prev", t.previousCases(), topMax))
                .append("</td><td class=\"n\">").append(t.cases()).append(" (").append(t.previousCases()).append(")</td></tr>"));
        html.append("</table>");
        chart(html, "Offene Fälle nach Alter (Werktage seit Eingang)", f.backlogByAge().stream()
                .map(c -> new Bar(c.label(), c.cases())).toList());
        chart(html, "Kulanzkosten je Kategorie (EUR)", f.goodwillByCategory().stream()
                .map(a -> new Bar(a.label(), a.eur())).toList());
        html.append("<h2>Ursachen gelöster Fälle (Pareto)</h2><table><tr><th>Ursache</th><th>Fälle</th><th></th>")
                .append("<th>Kulanz</th></tr>");
        long causeMax = f.rootCauses().stream().mapToLong(Figures.CauseShare::cases).max().orElse(1);
        f.rootCauses().forEach(c -> html.append("<tr><td>").append(escape(causeNames.getOrDefault(c.cause(), c.cause())))
                .append("</td><td class=\"chart\">").append(bar("bar", c.cases(), causeMax)).append("</td><td class=\"n\">")
                .append(c.cases()).append("</td><td class=\"n\">").append(ReportSummary.euro(c.goodwillEur()))
                .append("</td></tr>"));
        html.append("</table></body></html>");
        return render(html.toString());
    }

    private record Bar(String label, Number value) {
    }

    private static void chart(StringBuilder html, String title, List<Bar> bars) {
        html.append("<h2>").append(escape(title)).append("</h2>");
        if (bars.isEmpty()) {
            html.append("<p class=\"muted\">Keine Daten im Zeitraum.</p>");
            return;
        }
        double max = bars.stream().mapToDouble(b -> b.value().doubleValue()).max().orElse(1);
        html.append("<table>");
        bars.forEach(b -> html.append("<tr><td>").append(escape(b.label().isEmpty() ? "ohne Angabe" : b.label()))
                .append("</td><td class=\"chart\">").append(bar("bar", b.value().doubleValue(), max))
                .append("</td><td class=\"n\">").append(b.value()).append("</td></tr>"));
        html.append("</table>");
    }

    private static String bar(String style, double value, double max) {
        double width = max <= 0 ? 0 : Math.max(0.5, 100.0 * value / max);
        return "<div class=\"" + style + "\" style=\"width: " + String.format(java.util.Locale.ROOT, "%.1f", value == 0 ? 0 : width)
                + "%\"></div>";
    }

    private static void keyFigure(StringBuilder html, String label, String value) {
        html.append("<tr><td>").append(escape(label)).append("</td><td>").append(escape(value)).append("</td></tr>");
    }

    private static String share(Share share) {
        return ReportSummary.percent(share) + " (" + share.hits() + " von " + share.of() + ")";
    }

    private static String satisfaction(SatisfactionFigures s) {
        if (s.answers() == 0) {
            return "keine Antworten";
        }
        return days(s.meanSatisfaction()) + " / " + days(s.shareSatisfied()) + " % / " + days(s.nps())
                + " (" + s.answers() + " Antworten)";
    }

    private static String days(BigDecimal value) {
        return value == null ? "–" : value.toPlainString().replace('.', ',');
    }

    /** Names come from the admin's category and department tables: always text, never markup. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
