package de.kundenstimme.presentation;

import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Dates and amounts as German users read them (23.11.2026 14:05, 1.234,50 €), in the company's time zone. */
@Named
@ApplicationScoped
public class Formats {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(BusinessTime.ZONE);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(BusinessTime.ZONE);

    /** EUR with cents; DecimalFormat is not thread-safe, so one per call. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(java.util.Locale.GERMANY)).format(amount)
                + " €";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
    }

    /** A value of the case history; dates are stored as ISO dates (2026-11-23) and shown as 23.11.2026. */
    public String historyValue(String value) {
        if (value != null && ISO_DATE.matcher(value).matches()) {
            return DATE.format(LocalDate.parse(value));
        }
        return value;
    }
}
