package de.kundenstimme.reporting.control;

import de.kundenstimme.reporting.control.Figures.CategoryTrend;
import de.kundenstimme.reporting.control.Figures.Count;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrendTest {

    @Test
    void topFiveCategoriesWithTheirPreviousCountsAndNewOnesFromZero() {
        List<Count> now = List.of(new Count("A", "a", 9), new Count("B", "b", 7), new Count("C", "c", 7),
                new Count("D", "d", 3), new Count("E", "e", 2), new Count("F", "f", 1));
        List<Count> before = List.of(new Count("B", "b", 10), new Count("A", "a", 4), new Count("F", "f", 30));

        List<CategoryTrend> trend = Evaluation.trend(now, before);

        assertEquals(List.of(new CategoryTrend("A", "a", 9, 4), new CategoryTrend("B", "b", 7, 10),
                new CategoryTrend("C", "c", 7, 0), new CategoryTrend("D", "d", 3, 0),
                new CategoryTrend("E", "e", 2, 0)), trend);
        assertEquals(-3, trend.get(1).change());
    }

    @Test
    void anEmptyPeriodHasNoTopCategories() {
        assertEquals(List.of(), Evaluation.trend(List.of(), List.of(new Count("A", "a", 3))));
    }
}
