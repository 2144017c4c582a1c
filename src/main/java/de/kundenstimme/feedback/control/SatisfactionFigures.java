package de.kundenstimme.feedback.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The satisfaction figures of DOMAIN.md from the answered surveys: mean satisfaction (1–5), share
 * satisfied (4–5) in percent, and the NPS (promoters 9–10 minus detractors 0–6, in percent).
 */
public record SatisfactionFigures(int answers, BigDecimal meanSatisfaction, BigDecimal shareSatisfied, BigDecimal nps) {

    public record Answer(int satisfaction, int recommendation) {
    }

    public static SatisfactionFigures of(List<Answer> answers) {
        return of(answers.size(), answers.stream().mapToLong(Answer::satisfaction).sum(),
                answers.stream().filter(a -> a.satisfaction() >= 4).count(),
                answers.stream().filter(a -> a.recommendation() >= 9).count(),
                answers.stream().filter(a -> a.recommendation() <= 6).count());
    }

    /** From the counts the database summed: answers, their satisfaction scores, satisfied (4–5), promoters, detractors. */
    public static SatisfactionFigures of(int count, long sum, long satisfied, long promoters, long detractors) {
        if (count == 0) {
            return new SatisfactionFigures(0, null, null, null);
        }
        return new SatisfactionFigures(count, ratio(sum, count, 1), percent(satisfied, count), percent(promoters - detractors, count));
    }

    private static BigDecimal percent(long part, int whole) {
        return ratio(part * 100, whole, 1);
    }

    private static BigDecimal ratio(long numerator, int denominator, int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
