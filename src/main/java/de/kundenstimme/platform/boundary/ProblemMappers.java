package de.kundenstimme.platform.boundary;

import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.platform.control.Messages;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API as application/problem+json, never a stack trace or SQL. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidBean implements ExceptionMapper<ConstraintViolationException> {

        @Inject
        Messages messages;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(Messages.fieldOf(v), messages.text(ApiLocale.of(headers), v)))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.response(Response.Status.BAD_REQUEST,
                    messages.text(ApiLocale.of(headers), "api.problem.invalid"), errors);
        }
    }

    @Provider
    public static class InvalidBusinessInput implements ExceptionMapper<InvalidInput> {

        @Inject
        Messages messages;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInput exception) {
            List<Problem.FieldError> errors = exception.fieldMessageKeys().entrySet().stream()
                    .map(e -> new Problem.FieldError(e.getKey(), messages.text(ApiLocale.of(headers), e.getValue())))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.response(Response.Status.BAD_REQUEST,
                    messages.text(ApiLocale.of(headers), "api.problem.invalid"), errors);
        }
    }

    /** Broken JSON, unknown enum values, wrong types: the body could not be read. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {

        @Inject
        Messages messages;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException exception) {
            return Problem.response(Response.Status.BAD_REQUEST, messages.text(ApiLocale.of(headers), "api.problem.unreadable"));
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {

        @Inject
        Messages messages;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException exception) {
            return Problem.response(Response.Status.BAD_REQUEST, messages.text(ApiLocale.of(headers), "api.problem.unreadable"));
        }
    }

    /** 404 for unknown paths, 405, 406, 415 and the like, with the status JAX-RS chose. */
    @Provider
    public static class HttpError implements ExceptionMapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.StatusType status = exception.getResponse().getStatusInfo();
            if (exception.getCause() instanceof JsonbException || exception.getCause() instanceof ProcessingException) {
                status = Response.Status.BAD_REQUEST;
            }
            return Problem.response(status, status.getStatusCode() == 428
                    ? "This change needs an If-Match header with the ETag of the version it was based on." : null);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception exception) {
            LOG.log(Level.SEVERE, "Unexpected failure in the REST API", exception);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "The request could not be completed.");
        }
    }
}
