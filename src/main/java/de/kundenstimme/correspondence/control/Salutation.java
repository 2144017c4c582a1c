package de.kundenstimme.correspondence.control;

import java.util.Locale;

/**
 * The opening line of a letter from the customer's salutation field ("Frau", "Herr Dr.", "Divers",
 * "Firma" or nothing), name and company: personal where a name and form of address are known,
 * neutral for diverse persons, "Damen und Herren" for a company or an unknown person.
 */
public final class Salutation {

    private Salutation() {
    }

    public static String of(String salutation, String firstName, String lastName, String company, String language) {
        boolean english = "en".equals(language);
        String form = salutation == null ? "" : salutation.strip();
        String lower = form.toLowerCase(Locale.ROOT);
        if (lastName == null || lastName.isBlank() || lower.startsWith("firma") || lower.startsWith("company")) {
            return english ? "Dear Sir or Madam," : "Sehr geehrte Damen und Herren,";
        }
        String name = lastName.strip();
        if (lower.startsWith("frau") || lower.startsWith("ms") || lower.startsWith("mrs")) {
            String title = titleAfter(form);
            return english ? "Dear Ms " + title + name + "," : "Sehr geehrte Frau " + title + name + ",";
        }
        if (lower.startsWith("herr") || lower.startsWith("mr")) {
            String title = titleAfter(form);
            return english ? "Dear Mr " + title + name + "," : "Sehr geehrter Herr " + title + name + ",";
        }
        String fullName = (firstName == null || firstName.isBlank() ? "" : firstName.strip() + " ") + name;
        return english ? "Dear " + fullName + "," : "Guten Tag " + fullName + ",";
    }

    /** "Herr Dr." gives "Dr. ": an academic title kept in the salutation field after the form of address. */
    private static String titleAfter(String form) {
        int space = form.indexOf(' ');
        return space < 0 ? "" : form.substring(space + 1).strip() + " ";
    }
}
