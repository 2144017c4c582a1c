package de.kundenstimme.feedback.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A random sample without repetition: every case of the month has the same chance, so a handler
 * cannot guess which cases will be reviewed.
 */
public final class Sampling {

    private Sampling() {
    }

    public static <T> List<T> draw(List<T> population, int size, Random random) {
        List<T> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(Math.max(size, 0), shuffled.size())));
    }
}
