package de.kundenstimme.presentation;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * p:inputNumber as PrimeFaces renders it, except for a posted value that is no number at all:
 * PrimeFaces fails the whole request on it (an error page), here the field is marked invalid with
 * its message and keeps showing its value. The widget never sends such a value; a post made by
 * hand does.
 */
public class NumberFieldRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (FacesException failed) {
            if (!(failed.getCause() instanceof NumberFormatException)) {
                throw failed;
            }
            UIInput field = (UIInput) component;
            field.setValid(false);
            context.addMessage(field.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, notANumber(context, field), null));
        }
    }

    /** The field's own conversion message, or the general one after the field's label. */
    private static String notANumber(FacesContext context, UIInput field) {
        if (field.getConverterMessage() != null) {
            return field.getConverterMessage();
        }
        String text = context.getApplication().getResourceBundle(context, "i18n").getString("common.number.invalid");
        Object label = field.getAttributes().get("label");
        return label == null ? text : label + ": " + text;
    }
}
