package de.kundenstimme.complaint.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a subject search that the full-text index ft_complaint_subject can look up. The
 * search finds the text where a word of the subject begins ("Kaffee" finds "Kaffeemaschine",
 * "maschine" does not); the index serves the text's words of three letters or more (MariaDB's
 * innodb_ft_min_token_size), each as a word start. Anything else in the text (short words,
 * numbers with signs, punctuation) is left to the LIKE beside it.
 */
public final class SubjectWords {

    /** innodb_ft_min_token_size: shorter words are not in the index. */
    static final int MIN_LENGTH = 3;
    /** innodb_ft_max_token_size. */
    static final int MAX_LENGTH = 84;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private SubjectWords() {
    }

    /**
     * "+word1* +word2*" for MATCH ... AGAINST in boolean mode, or null when no part of the text is
     * such a word. Only parts between spaces made of letters and digits alone count: the index's
     * parser may split or join at any other character differently.
     */
    public static String booleanQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String part : SPACE.split(text.strip())) {
            if (part.length() >= MIN_LENGTH && part.length() <= MAX_LENGTH && WORD.matcher(part).matches()) {
                terms.add("+" + part.toLowerCase(Locale.ROOT) + "*");
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }
}
