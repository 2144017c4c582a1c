package de.kundenstimme.platform.boundary;

import de.kundenstimme.platform.control.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.List;
import java.util.Locale;

/** A mapper whose problem text comes from the i18n bundle in the caller's language. */
public abstract class LocalizedProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Inject
    protected Messages messages;

    @Context
    HttpHeaders headers;

    protected Locale locale() {
        return ApiLocale.of(headers);
    }

    protected Response problem(Response.StatusType status, String key, Object... arguments) {
        return Problem.response(status, messages.text(locale(), key, arguments));
    }

    protected Response invalid(List<Problem.FieldError> errors) {
        return Problem.response(Response.Status.BAD_REQUEST, messages.text(locale(), "api.problem.invalid"), errors);
    }
}
