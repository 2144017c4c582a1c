package de.kundenstimme.feedback.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplingTest {

    private static final List<Integer> CASES = IntStream.rangeClosed(1, 20).boxed().toList();

    @Test
    void drawsTheAskedNumberWithoutRepetitionFromThePopulation() {
        List<Integer> sample = Sampling.draw(CASES, 5, new Random(7));

        assertEquals(5, sample.size());
        assertEquals(5, new HashSet<>(sample).size());
        assertTrue(CASES.containsAll(sample));
    }

    @Test
    void aSmallMonthGivesAllItHas() {
        assertEquals(Set.of(1, 2), Set.copyOf(Sampling.draw(List.of(1, 2), 5, new Random(7))));
        assertEquals(List.of(), Sampling.draw(List.of(), 3, new Random(7)));
    }

    @Test
    void everyCaseCanBeDrawn() {
        Random random = new Random(11);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.addAll(Sampling.draw(CASES, 3, random));
        }
        assertEquals(Set.copyOf(CASES), seen);
    }
}
