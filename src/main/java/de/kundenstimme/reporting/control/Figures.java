package de.kundenstimme.reporting.control;

import de.kundenstimme.feedback.control.SatisfactionFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of DOMAIN.md for the complaints received in a period (one department or all), as
 * {@link Evaluation} computed them. Aggregates only: no case, customer or person appears here.
 * Open-ended figures (deadlines not yet due, backlog) are taken as of {@code asOf}. Satisfaction
 * counts the surveys answered so far about the cases received in the period.
 */
public record Figures(Period period, String department, LocalDate asOf,
                      long received,
                      List<Count> byChannel, List<Count> byCategory, List<Count> byProduct, List<Count> byDepartment,
                      List<Count> byMonth, List<MonthChannel> byMonthAndChannel,
                      Distribution firstResponseDays, Distribution resolutionDays,
                      Share acknowledgedInTime, Share resolvedInTime, List<MonthCompliance> complianceByMonth,
                      Share escalated, Share reopened, Share rejected, Share firstContactResolution,
                      BigDecimal goodwillTotal, List<Amount> goodwillByCategory, List<Amount> goodwillByMonth,
                      List<Count> backlogByAge, List<CategoryTrend> topCategories, List<CauseShare> rootCauses,
                      SatisfactionFigures satisfaction) {

    /** Unmodifiable, because one computed instance is shared by everyone who asks for the same figures. */
    public Figures {
        byChannel = List.copyOf(byChannel);
        byCategory = List.copyOf(byCategory);
        byProduct = List.copyOf(byProduct);
        byDepartment = List.copyOf(byDepartment);
        byMonth = List.copyOf(byMonth);
        byMonthAndChannel = List.copyOf(byMonthAndChannel);
        complianceByMonth = List.copyOf(complianceByMonth);
        goodwillByCategory = List.copyOf(goodwillByCategory);
        goodwillByMonth = List.copyOf(goodwillByMonth);
        backlogByAge = List.copyOf(backlogByAge);
        topCategories = List.copyOf(topCategories);
        rootCauses = List.copyOf(rootCauses);
    }

    /** Backlog age bands in business days since receipt; the keys of {@link #backlogByAge()}. */
    public static final List<String> AGE_BANDS = List.of("0-2", "3-5", "6-10", "11-20", "21+");
    /** How many categories the top list and its trend show. */
    public static final int TOP = 5;
    /** The key of cases resolved without a recorded root cause. */
    public static final String NOT_RECORDED = "NOT_RECORDED";

    /** Cases per key (a channel, a category code, a month "2026-01", …); label is the German name. */
    public record Count(String key, String label, long cases) {
    }

    public record MonthChannel(String month, String channel, long cases) {
    }

    public record MonthCompliance(String month, Share acknowledgedInTime, Share resolvedInTime) {
    }

    /** Granted goodwill in EUR (cents exact) per key. */
    public record Amount(String key, String label, BigDecimal eur) {
    }

    /** A category's cases now and in the previous period of the same length. */
    public record CategoryTrend(String key, String label, long cases, long previousCases) {

        public long change() {
            return cases - previousCases;
        }
    }

    /** A root cause of resolved cases with their granted goodwill, for the Pareto view. */
    public record CauseShare(String cause, long cases, BigDecimal goodwillEur) {
    }

    public BigDecimal firstResponseMedian() {
        return firstResponseDays.getMedian();
    }

    public BigDecimal firstResponseP90() {
        return firstResponseDays.getPercentile90();
    }

    public BigDecimal resolutionMedian() {
        return resolutionDays.getMedian();
    }

    public BigDecimal resolutionP90() {
        return resolutionDays.getPercentile90();
    }
}
