package de.kundenstimme.presentation;

import de.kundenstimme.complaint.entity.LifecycleViolation;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

/** Turns the boundaries' refusals into messages on the page, in the user's language. */
@ApplicationScoped
public class FacesMessages {

    @Inject
    Messages messages;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    public void refused(LifecycleViolation violation) {
        add(FacesMessage.SEVERITY_ERROR, null, violation.getMessageKey(), violation.getArguments());
    }

    /** Each field's message, attached to its input when the page has one with that id. */
    public void invalid(InvalidInput invalid, String formId) {
        invalid.fieldMessageKeys().forEach((field, key) -> add(FacesMessage.SEVERITY_ERROR, clientId(formId, field), key));
    }

    public void invalid(ConstraintViolationException invalid, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        invalid.getConstraintViolations().forEach(v -> faces.addMessage(clientId(formId, Messages.fieldOf(v)),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(locale(), v), null)));
    }

    private void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(severity, messages.text(locale(), key, arguments), null));
    }

    private static String clientId(String formId, String field) {
        if (formId == null) {
            return null;
        }
        String id = formId + ":" + field.replace('.', '_');
        return FacesContext.getCurrentInstance().getViewRoot().findComponent(id) == null ? null : id;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
