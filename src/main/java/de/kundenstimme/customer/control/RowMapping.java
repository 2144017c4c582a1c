package de.kundenstimme.customer.control;

import de.kundenstimme.customer.entity.CustomerFields;
import de.kundenstimme.customer.entity.MappedField;
import de.kundenstimme.customer.entity.NameLayout;
import de.kundenstimme.customer.entity.StreetLayout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one row of a source through its field mapping: which column holds which field, names
 * written "Nachname, Vorname", streets with the house number. A row that cannot be a customer
 * gets the reason as a message key instead of fields.
 */
public final class RowMapping {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE);
    /** "Hauptstr. 12a", "Am Markt 3-5", "Lindenweg 4 b": the number at the end. */
    private static final Pattern STREET_WITH_NUMBER =
            Pattern.compile("^(.*?\\D)[\\s,]*(\\d+\\s*[a-zA-Z]?(?:\\s*[-/]\\s*\\d+\\s*[a-zA-Z]?)?)$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,]\\s*");
    private static final Map<MappedField, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry(MappedField.SOURCE_KEY, 100), Map.entry(MappedField.SALUTATION, 20),
            Map.entry(MappedField.TITLE, 40), Map.entry(MappedField.FIRST_NAME, 100),
            Map.entry(MappedField.LAST_NAME, 100), Map.entry(MappedField.COMPANY, 160),
            Map.entry(MappedField.STREET, 160), Map.entry(MappedField.HOUSE_NUMBER, 20),
            Map.entry(MappedField.ADDRESS_SUPPLEMENT, 160), Map.entry(MappedField.POSTAL_CODE, 10),
            Map.entry(MappedField.CITY, 100), Map.entry(MappedField.COUNTRY, 60),
            Map.entry(MappedField.PHONES, 500), Map.entry(MappedField.EMAILS, 1000),
            Map.entry(MappedField.DATE_OF_BIRTH, 20));

    private final Map<MappedField, String> columns;
    private final NameLayout nameLayout;
    private final StreetLayout streetLayout;

    public RowMapping(Map<MappedField, String> columns, NameLayout nameLayout, StreetLayout streetLayout) {
        this.columns = columns;
        this.nameLayout = nameLayout;
        this.streetLayout = streetLayout;
    }

    public MappedRow map(Map<String, String> row) {
        for (Map.Entry<MappedField, Integer> limit : MAX_LENGTH.entrySet()) {
            String value = value(row, limit.getKey());
            if (value != null && value.length() > limit.getValue()) {
                return MappedRow.rejected("customer.import.rejected.tooLong");
            }
        }
        String key = value(row, MappedField.SOURCE_KEY);
        if (key == null) {
            return MappedRow.rejected("customer.import.rejected.noKey");
        }
        String first = value(row, MappedField.FIRST_NAME);
        String last = value(row, MappedField.LAST_NAME);
        if (nameLayout == NameLayout.LAST_COMMA_FIRST && last != null && last.contains(",")) {
            first = last.substring(last.indexOf(',') + 1).strip();
            last = last.substring(0, last.indexOf(',')).strip();
        }
        String street = value(row, MappedField.STREET);
        String number = value(row, MappedField.HOUSE_NUMBER);
        if (streetLayout == StreetLayout.WITH_HOUSE_NUMBER && street != null) {
            Matcher matcher = STREET_WITH_NUMBER.matcher(street);
            if (matcher.matches()) {
                street = matcher.group(1).strip();
                number = matcher.group(2).replace(" ", "");
            }
        }
        String company = value(row, MappedField.COMPANY);
        if ((last == null || last.isBlank()) && company == null) {
            return MappedRow.rejected("customer.import.rejected.noName");
        }
        LocalDate born;
        try {
            born = date(value(row, MappedField.DATE_OF_BIRTH));
        } catch (DateTimeParseException malformed) {
            return MappedRow.rejected("customer.import.rejected.dateOfBirth");
        }
        return new MappedRow(key, new CustomerFields(value(row, MappedField.SALUTATION), value(row, MappedField.TITLE),
                first, last, company, born, street, number, value(row, MappedField.ADDRESS_SUPPLEMENT),
                value(row, MappedField.POSTAL_CODE), value(row, MappedField.CITY), value(row, MappedField.COUNTRY),
                list(value(row, MappedField.PHONES)), list(value(row, MappedField.EMAILS))), null);
    }

    private String value(Map<String, String> row, MappedField field) {
        String column = columns.get(field);
        if (column == null) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        DateTimeParseException last = null;
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notThisFormat) {
                last = notThisFormat;
            }
        }
        throw last;
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.asList(LIST_SEPARATOR.split(value));
    }

    /** The source's customer number and fields, or the reason the row was rejected. */
    public record MappedRow(String sourceKey, CustomerFields fields, String rejection) {

        static MappedRow rejected(String reason) {
            return new MappedRow(null, null, reason);
        }

        public boolean isRejected() {
            return rejection != null;
        }
    }
}
