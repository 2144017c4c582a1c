package de.kundenstimme.presentation.reporting;

import de.kundenstimme.reporting.control.Figures;
import de.kundenstimme.reporting.control.Figures.CauseShare;
import de.kundenstimme.reporting.control.Share;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Chart.js configurations for p:chart, drawn from the same {@link Figures} the tables show.
 * Texts come translated from the caller, so this class only arranges numbers.
 */
final class Charts {

    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2",
            "#db2777", "#65a30d"};

    private Charts() {
    }

    /** Complaints per receipt month, stacked by channel; a bar is (channel = dataset, month = item). */
    static String volume(Figures figures, List<String> months, List<String> channels, Function<String, String> channelName) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (String month : months) {
                data.add(figures.byMonthAndChannel().stream()
                        .filter(m -> m.month().equals(month) && m.channel().equals(channel))
                        .mapToLong(Figures.MonthChannel::cases).sum());
            }
            datasets.add(dataset(channelName.apply(channel), data, i));
        }
        return config("bar", strings(months), datasets, Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)));
    }

    static String compliance(Figures figures, String acknowledged, String resolved) {
        List<String> months = figures.complianceByMonth().stream().map(Figures.MonthCompliance::month).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line(acknowledged, percents(figures.complianceByMonth().stream()
                        .map(Figures.MonthCompliance::acknowledgedInTime).toList()), 0))
                .add(line(resolved, percents(figures.complianceByMonth().stream()
                        .map(Figures.MonthCompliance::resolvedInTime).toList()), 1));
        return config("line", strings(months), datasets, Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)));
    }

    static String bars(List<String> labels, List<? extends Number> values, String label) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(new BigDecimal(v.toString())));
        return config("bar", strings(labels), Json.createArrayBuilder().add(dataset(label, data, 0)),
                Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
    }

    static String topCategories(Figures figures, String now, String before) {
        List<Figures.CategoryTrend> top = figures.topCategories();
        JsonArrayBuilder current = Json.createArrayBuilder();
        JsonArrayBuilder previous = Json.createArrayBuilder();
        top.forEach(t -> {
            current.add(t.cases());
            previous.add(t.previousCases());
        });
        return config("bar", strings(top.stream().map(Figures.CategoryTrend::label).toList()),
                Json.createArrayBuilder().add(dataset(now, current, 0)).add(dataset(before, previous, 2)),
                Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
    }

    /** Bars of the causes, largest first, with the cumulative share as a line on a second axis. */
    static String pareto(List<CauseShare> causes, Function<CauseShare, BigDecimal> value, Function<String, String> causeName,
                         String barLabel, String cumulativeLabel) {
        List<CauseShare> sorted = causes.stream().sorted(Comparator.comparing(value).reversed()
                .thenComparing(CauseShare::cause)).toList();
        BigDecimal total = sorted.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonArrayBuilder bars = Json.createArrayBuilder();
        JsonArrayBuilder cumulative = Json.createArrayBuilder();
        BigDecimal running = BigDecimal.ZERO;
        for (CauseShare cause : sorted) {
            bars.add(value.apply(cause));
            running = running.add(value.apply(cause));
            cumulative.add(total.signum() == 0 ? BigDecimal.ZERO
                    : running.multiply(BigDecimal.valueOf(100)).divide(total, 1, java.math.RoundingMode.HALF_UP));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(barLabel, bars, 0).add("order", 2))
                .add(line(cumulativeLabel, cumulative, 3).add("yAxisID", "share").add("type", "line").add("order", 1));
        return config("bar", strings(sorted.stream().map(c -> causeName.apply(c.cause())).toList()), datasets,
                Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))
                        .add("share", Json.createObjectBuilder().add("position", "right").add("min", 0).add("max", 100)));
    }

    static <T> List<Long> counts(List<T> items, ToLongFunction<T> count) {
        return items.stream().map(item -> count.applyAsLong(item)).toList();
    }

    private static JsonArrayBuilder percents(List<Share> shares) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        shares.forEach(share -> {
            if (share.getPercent() == null) {
                data.addNull();
            } else {
                data.add(share.getPercent());
            }
        });
        return data;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, int colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", COLOURS[colour % COLOURS.length]);
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, int colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", COLOURS[colour % COLOURS.length])
                .add("backgroundColor", COLOURS[colour % COLOURS.length]).add("fill", false).add("tension", 0.2);
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", scales)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build();
        return scriptSafe(config.toString());
    }

    /**
     * PrimeFaces writes the configuration into an inline script as it is, and a label may be an
     * admin's category name: a closing script tag in it would end the script and start markup. The
     * same JSON with the angle brackets and the ampersand as Unicode escapes reads the same.
     */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
