package de.kundenstimme.customer.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brings the spellings departments use to one form so that equal things compare equal:
 * case, whitespace, umlauts and ß (Müller = Mueller), accents, street abbreviations (Str. =
 * Straße), phone numbers to E.164 and e-mail addresses. Every method returns null for a value
 * that carries nothing.
 */
public final class Normalization {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
    /** A street word ending in "str", "str." or a misspelt "strase" means Straße. */
    private static final Pattern STREET_SUFFIX = Pattern.compile("(str|strase|strasze)$");
    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("str", "strasse"), Map.entry("pl", "platz"), Map.entry("ch", "chaussee"),
            Map.entry("st", "street"), Map.entry("rd", "road"), Map.entry("ave", "avenue"),
            Map.entry("av", "avenue"), Map.entry("cres", "crescent"), Map.entry("pde", "parade"),
            Map.entry("cct", "circuit"), Map.entry("dr", "drive"),
            Map.entry("ct", "court"), Map.entry("tce", "terrace"), Map.entry("hwy", "highway"));
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /** @param defaultRegion the ISO country whose numbers sources write without a country code, e.g. "DE" */
    public Normalization(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** Lower case ASCII words separated by single spaces; umlauts spelled out, ß as ss, accents dropped. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = DIACRITICS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_ALPHANUMERIC.matcher(ascii).replaceAll(" ").strip();
        return words.isEmpty() ? null : words;
    }

    /** A person's or company's name: as {@link #text}. */
    public static String name(String value) {
        return text(value);
    }

    /**
     * A street name with abbreviations spelled out and without spaces, so that "Haupt-Str.",
     * "Hauptstr" and "Hauptstraße" agree.
     */
    public static String street(String value) {
        String words = text(value);
        if (words == null) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (String word : words.split(" ")) {
            String expanded = STREET_WORDS.getOrDefault(word, word);
            if (expanded.equals(word) && word.length() > 3) {
                expanded = STREET_SUFFIX.matcher(word).replaceAll("strasse");
            }
            joined.append(expanded);
        }
        return joined.toString();
    }

    /** Postal code without spaces, upper case. */
    public static String postalCode(String value) {
        String words = text(value);
        return words == null ? null : words.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** House number as written, lower case without spaces ("12 A" = "12a"). */
    public static String houseNumber(String value) {
        String words = text(value);
        return words == null ? null : words.replace(" ", "");
    }

    /** The address lower-cased and trimmed, or null when it is not one. */
    public static String email(String value) {
        if (value == null) {
            return null;
        }
        String address = value.strip().toLowerCase(Locale.ROOT);
        return EMAIL.matcher(address).matches() ? address : null;
    }

    /** The number in E.164 ("+4930123456"), read in the default region when it has no country code. */
    public String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(value, defaultRegion);
            return PHONES.isValidNumber(number) ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException notANumber) {
            return null;
        }
    }
}
