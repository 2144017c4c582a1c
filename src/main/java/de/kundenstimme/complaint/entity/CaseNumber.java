package de.kundenstimme.complaint.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Case numbers of the form {@code BE-<year>-<6 digits>}, e.g. {@code BE-2026-000123}. */
public final class CaseNumber {

    public static final long MIN_SEQUENCE = 1;
    public static final long MAX_SEQUENCE = 999_999;

    private static final Pattern PATTERN = Pattern.compile("^BE-\\d{4}-\\d{6}$");

    private CaseNumber() {
    }

    /**
     * @param year     four-digit year (1000–9999), so that the result always passes {@link #isValid(String)}
     * @param sequence running number within the year, 1 to 999999
     * @throws IllegalArgumentException if either value is out of range
     */
    public static String format(int year, long sequence) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Year must have four digits: " + year);
        }
        if (sequence < MIN_SEQUENCE || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException(
                    "Sequence must be between " + MIN_SEQUENCE + " and " + MAX_SEQUENCE + ": " + sequence);
        }
        // Locale.ROOT: some locales format %d with non-ASCII digits.
        return String.format(Locale.ROOT, "BE-%d-%06d", year, sequence);
    }

    public static boolean isValid(String caseNumber) {
        return caseNumber != null && PATTERN.matcher(caseNumber).matches();
    }
}
