package de.kundenstimme.reporting.control;

import de.kundenstimme.feedback.control.SatisfactionFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Figures of January 2026 with only the values a test looks at filled in. */
final class SampleFigures {

    private SampleFigures() {
    }

    static Figures figures(long received, List<Figures.Count> categories, Share resolved, String goodwill,
                           List<Figures.CauseShare> causes) {
        Distribution none = new Distribution(List.of());
        Share zero = new Share(0, 0);
        return new Figures(Period.month(LocalDate.of(2026, 1, 1)), null, LocalDate.of(2026, 2, 2), received,
                List.of(), categories, List.of(), List.of(), List.of(), List.of(), none, none, new Share(1, 2), resolved,
                List.of(), zero, zero, zero, zero, new BigDecimal(goodwill), List.of(), List.of(), List.of(), List.of(), causes,
                SatisfactionFigures.of(List.of()));
    }

    static Figures received(long received) {
        return figures(received, List.of(), new Share(0, 0), "0.00", List.of());
    }
}
