package de.kundenstimme.correspondence.control;

import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Goodwill;
import de.kundenstimme.correspondence.entity.Gift;
import de.kundenstimme.customer.entity.Customer;
import de.kundenstimme.platform.control.BusinessTime;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The values of a letter's placeholders, taken from the case in the letter's language. */
public final class LetterContent {

    public static final List<String> LANGUAGES = List.of("de", "en");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LetterContent() {
    }

    /** Whether letters are written in this language; a missing one is none. */
    public static boolean isLanguage(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    public static Map<String, String> values(Complaint complaint, String language, String handlerName, Gift gift,
                                             LocalDate today) {
        Customer customer = complaint.getCustomer();
        Map<String, String> values = new HashMap<>();
        values.put("salutation", Salutation.of(customer.getSalutation(), customer.getFirstName(), customer.getLastName(),
                customer.getCompany(), language));
        values.put(Placeholders.THANKS, thanks(language));
        values.put("customerName", customer.getDisplayName());
        values.put("customerAddress", String.join("\n", addressLines(customer)));
        values.put("caseNumber", complaint.getCaseNumber());
        values.put("subject", complaint.getSubject());
        values.put("receivedDate", date(complaint.getReceivedAt(), language));
        values.put("resolutionDue", date(complaint.getResolutionDue(), language));
        values.put("resolvedDate", date(complaint.getResolvedAt(), language));
        values.put("today", date(today, language));
        values.put("agreedSolution", complaint.getAgreedSolution() == null ? "" : complaint.getAgreedSolution());
        values.put("goodwill", goodwill(complaint, language));
        values.put("gift", gift == null ? "" : giftSentence(gift.getName(), language));
        values.put("handlerName", handlerName == null ? "" : handlerName);
        return values;
    }

    /** The recipient's lines for the address field: company, person, street, postcode and town. */
    public static List<String> addressLines(Customer customer) {
        List<String> lines = new java.util.ArrayList<>();
        if (customer.getCompany() != null) {
            lines.add(customer.getCompany());
        }
        String person = ((customer.getSalutation() == null || customer.getSalutation().equalsIgnoreCase("Firma")
                ? "" : customer.getSalutation() + " ")
                + (customer.getFirstName() == null ? "" : customer.getFirstName() + " ")
                + (customer.getLastName() == null ? "" : customer.getLastName())).strip();
        if (!person.isEmpty() && customer.getLastName() != null) {
            lines.add(person);
        }
        if (customer.getStreet() != null) {
            lines.add(customer.getStreet());
        }
        String town = ((customer.getPostalCode() == null ? "" : customer.getPostalCode() + " ")
                + (customer.getCity() == null ? "" : customer.getCity())).strip();
        if (!town.isEmpty()) {
            lines.add(town);
        }
        return lines;
    }

    public static String date(LocalDate date, String language) {
        if (date == null) {
            return "";
        }
        return "en".equals(language) ? ENGLISH_DATE.format(date) : GERMAN_DATE.format(date);
    }

    private static String date(Instant instant, String language) {
        return instant == null ? "" : date(BusinessTime.dateOf(instant), language);
    }

    public static String money(BigDecimal amount, String language) {
        NumberFormat format = NumberFormat.getCurrencyInstance("en".equals(language) ? Locale.forLanguageTag("en-IE") : Locale.GERMANY);
        return format.format(amount);
    }

    private static String goodwill(Complaint complaint, String language) {
        List<Goodwill> granted = complaint.getGoodwill().stream().filter(Goodwill::isGranted).toList();
        if (granted.isEmpty()) {
            return "";
        }
        String items = granted.stream().map(g -> g.getDescription() + " (" + money(g.getAmount(), language) + ")")
                .collect(Collectors.joining(", "));
        return goodwillSentence(items, language);
    }

    /** Every letter thanks the customer for the criticism (DOMAIN.md). */
    public static String thanks(String language) {
        return "en".equals(language)
                ? "Thank you for taking the time to tell us about your criticism – it helps us to get better."
                : "Vielen Dank, dass Sie sich die Zeit genommen haben, uns Ihre Kritik mitzuteilen – sie hilft uns, besser zu werden.";
    }

    public static String giftSentence(String giftName, String language) {
        return "en".equals(language) ? "As a small token of our thanks we are sending you: " + giftName + "."
                : "Als kleines Dankeschön erhalten Sie von uns: " + giftName + ".";
    }

    public static String goodwillSentence(String items, String language) {
        return "en".equals(language) ? "As a gesture of goodwill you receive: " + items + "."
                : "Als Zeichen unseres Entgegenkommens erhalten Sie: " + items + ".";
    }
}
