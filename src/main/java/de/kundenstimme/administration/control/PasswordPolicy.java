package de.kundenstimme.administration.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long rather than cryptic (at least {@value #MIN_LENGTH} characters,
 * letters and something else), not the user name, not one of the passwords every guesser tries
 * first. Each failed rule is a message key, so the form can say all that is wrong at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** The most guessed passwords that would otherwise pass the length rule. */
    private static final Set<String> COMMON = Set.of("123456789012", "passwort1234", "password1234", "qwertzuiop12",
            "qwertyuiop12", "kundenstimme1", "kundenstimme12", "kundenstimme123", "willkommen123", "welcome12345",
            "sommer2026!!", "winter2026!!", "hallo1234567", "abc123456789");

    private PasswordPolicy() {
    }

    public static List<String> violations(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("administration.password.required");
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add("administration.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("administration.password.tooLong");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().allMatch(Character::isLetter)) {
            problems.add("administration.password.letterAndOther");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add("administration.password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            problems.add("administration.password.common");
        }
        return problems;
    }
}
