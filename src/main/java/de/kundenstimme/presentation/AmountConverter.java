package de.kundenstimme.presentation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * An amount in EUR as typed: digits with a comma or a point before the cents ("49,90", "49.90"),
 * exactly as typed into a BigDecimal, never through a double. Thousands separators are refused
 * rather than guessed, since "1.234" could mean either. Cents beyond two are left to the boundary,
 * which says so.
 */
@FacesConverter("amount")
public class AmountConverter implements Converter<BigDecimal> {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}([.,]\\d{1,12})?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace("€", "").replace("EUR", "").strip();
        if (!AMOUNT.matcher(text).matches()) {
            ResourceBundle bundle = context.getApplication().getResourceBundle(context, "i18n");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle.getString("common.amount.invalid"), null));
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }
}
