package de.kundenstimme.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The short written summary of a leadership report: what changed most against the previous
 * period, in German sentences, from the two periods' figures alone.
 */
public final class ReportSummary {

    private ReportSummary() {
    }

    public static List<String> of(Figures now, Figures before, Map<String, String> causeNames) {
        List<String> sentences = new ArrayList<>();
        long change = now.received() - before.received();
        sentences.add("Eingegangen sind " + now.received() + " Beschwerden, "
                + (change == 0 ? "genauso viele wie" : Math.abs(change) + (change > 0 ? " mehr als" : " weniger als"))
                + " im Vorzeitraum (" + before.received() + relative(now.received(), before.received()) + ").");
        categoryChanges(now, before).stream().filter(c -> c.change() > 0)
                .max(Comparator.comparingLong(Figures.CategoryTrend::change).thenComparing(Figures.CategoryTrend::key,
                        Comparator.reverseOrder()))
                .ifPresent(c -> sentences.add("Stärkster Anstieg: " + c.label() + " mit " + c.cases() + " statt "
                        + c.previousCases() + " Fällen."));
        categoryChanges(now, before).stream().filter(c -> c.change() < 0)
                .min(Comparator.comparingLong(Figures.CategoryTrend::change).thenComparing(Figures.CategoryTrend::key))
                .ifPresent(c -> sentences.add("Stärkster Rückgang: " + c.label() + " mit " + c.cases() + " statt "
                        + c.previousCases() + " Fällen."));
        sentences.add("Fristgerecht gelöst: " + percent(now.resolvedInTime()) + " (Vorzeitraum "
                + percent(before.resolvedInTime()) + "); Eingang fristgerecht bestätigt: "
                + percent(now.acknowledgedInTime()) + " (Vorzeitraum " + percent(before.acknowledgedInTime()) + ").");
        sentences.add("Kulanzkosten: " + euro(now.goodwillTotal()) + " (Vorzeitraum " + euro(before.goodwillTotal()) + ").");
        Optional<Figures.CauseShare> topCause = now.rootCauses().stream()
                .filter(c -> !Figures.NOT_RECORDED.equals(c.cause())).findFirst();
        topCause.ifPresent(c -> sentences.add("Häufigste Ursache gelöster Fälle: "
                + causeNames.getOrDefault(c.cause(), c.cause()) + " (" + c.cases() + " Fälle, " + euro(c.goodwillEur())
                + " Kulanz)."));
        return sentences;
    }

    /** Every category of either period with its counts in both. */
    static List<Figures.CategoryTrend> categoryChanges(Figures now, Figures before) {
        Map<String, Figures.CategoryTrend> all = new LinkedHashMap<>();
        now.byCategory().forEach(c -> all.put(c.key(), new Figures.CategoryTrend(c.key(), c.label(), c.cases(), 0)));
        before.byCategory().forEach(c -> all.merge(c.key(), new Figures.CategoryTrend(c.key(), c.label(), 0, c.cases()),
                (a, b) -> new Figures.CategoryTrend(a.key(), a.label(), a.cases(), b.previousCases())));
        return List.copyOf(all.values());
    }

    private static String relative(long now, long before) {
        if (before == 0) {
            return "";
        }
        BigDecimal percent = BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        return ", " + (percent.signum() > 0 ? "+" : "") + number(percent) + " %";
    }

    static String percent(Share share) {
        return share.getPercent() == null ? "–" : number(share.getPercent()) + " %";
    }

    static String euro(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(amount) + " €";
    }

    private static String number(BigDecimal value) {
        return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(value);
    }
}
