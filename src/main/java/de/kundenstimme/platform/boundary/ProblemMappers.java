package de.kundenstimme.platform.boundary;

import de.kundenstimme.platform.control.DatabaseOutage;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.platform.control.Messages;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API as application/problem+json, never a stack trace or SQL. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidBean extends LocalizedProblemMapper<ConstraintViolationException> {

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return invalid(exception.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(Messages.fieldOf(v), messages.text(locale(), v)))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList());
        }
    }

    @Provider
    public static class InvalidBusinessInput extends LocalizedProblemMapper<InvalidInput> {

        @Override
        public Response toResponse(InvalidInput exception) {
            return invalid(exception.fieldMessageKeys().entrySet().stream()
                    .map(e -> new Problem.FieldError(e.getKey(), messages.text(locale(), e.getValue())))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList());
        }
    }

    /** Broken JSON, unknown enum values, wrong types: the body could not be read. */
    @Provider
    public static class UnreadableBody extends LocalizedProblemMapper<ProcessingException> {

        @Override
        public Response toResponse(ProcessingException exception) {
            return problem(Response.Status.BAD_REQUEST, "api.problem.unreadable");
        }
    }

    @Provider
    public static class UnreadableJson extends LocalizedProblemMapper<JsonbException> {

        @Override
        public Response toResponse(JsonbException exception) {
            return problem(Response.Status.BAD_REQUEST, "api.problem.unreadable");
        }
    }

    /** 404 for unknown paths, 405, 406, 415, 428 and the like, with the status JAX-RS chose. */
    @Provider
    public static class HttpError extends LocalizedProblemMapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException exception) {
            if (exception.getCause() instanceof JsonbException || exception.getCause() instanceof ProcessingException) {
                return problem(Response.Status.BAD_REQUEST, "api.problem.unreadable");
            }
            Response.StatusType status = exception.getResponse().getStatusInfo();
            String key = "api.problem.http." + status.getStatusCode();
            String detail = messages.text(locale(), key);
            return Problem.response(status, detail.equals(key) ? status.getReasonPhrase() : detail);
        }
    }

    /**
     * Whatever no other mapper knows: a database that cannot be reached is the server's passing
     * state (503, to be tried again), anything else a fault (500, logged with its stack trace).
     */
    @Provider
    public static class Unexpected extends LocalizedProblemMapper<Exception> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception exception) {
            if (DatabaseOutage.explains(exception)) {
                DatabaseOutage.logAnswered(exception);
                return Response.fromResponse(problem(Response.Status.SERVICE_UNAVAILABLE, "api.problem.unavailable"))
                        .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER.toSeconds())
                        .build();
            }
            LOG.log(Level.SEVERE, "Unexpected failure in the REST API", exception);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "The request could not be completed.");
        }
    }
}
