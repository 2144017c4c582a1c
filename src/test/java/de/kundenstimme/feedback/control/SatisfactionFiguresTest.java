package de.kundenstimme.feedback.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SatisfactionFiguresTest {

    @Test
    void meanShareSatisfiedAndNpsAsDomainMdDefinesThem() {
        SatisfactionFigures figures = SatisfactionFigures.of(List.of(
                new SatisfactionFigures.Answer(5, 10), new SatisfactionFigures.Answer(4, 9),
                new SatisfactionFigures.Answer(3, 7), new SatisfactionFigures.Answer(1, 0)));

        assertEquals(4, figures.answers());
        assertEquals(new BigDecimal("3.3"), figures.meanSatisfaction());
        assertEquals(new BigDecimal("50.0"), figures.shareSatisfied());
        assertEquals(new BigDecimal("25.0"), figures.nps(), "2 promoters, 1 passive (7), 1 detractor of 4");
    }

    @Test
    void onlyDetractorsGiveMinusHundred() {
        SatisfactionFigures figures = SatisfactionFigures.of(List.of(new SatisfactionFigures.Answer(2, 6)));

        assertEquals(new BigDecimal("-100.0"), figures.nps());
        assertEquals(new BigDecimal("0.0"), figures.shareSatisfied());
    }

    @Test
    void fromTheCountsTheDatabaseSummedTheSameFigures() {
        // 5/10, 4/9, 3/7, 1/0: scores 13, two satisfied, two promoters, one detractor.
        assertEquals(SatisfactionFigures.of(List.of(new SatisfactionFigures.Answer(5, 10), new SatisfactionFigures.Answer(4, 9),
                        new SatisfactionFigures.Answer(3, 7), new SatisfactionFigures.Answer(1, 0))),
                SatisfactionFigures.of(4, 13, 2, 2, 1));
        assertEquals(new SatisfactionFigures(0, null, null, null), SatisfactionFigures.of(0, 0, 0, 0, 0));
    }

    @Test
    void noAnswersNoFigures() {
        SatisfactionFigures figures = SatisfactionFigures.of(List.of());

        assertEquals(0, figures.answers());
        assertNull(figures.nps());
    }
}
