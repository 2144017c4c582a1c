package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.LifecycleViolation;
import de.kundenstimme.platform.boundary.ApiLocale;
import de.kundenstimme.platform.boundary.Problem;
import de.kundenstimme.platform.control.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The case's own refusals as problems: unknown case 404, forbidden change 409, stale version 412. */
public final class ComplaintProblemMappers {

    private ComplaintProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<CaseNotFound> {

        @Inject
        Messages messages;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(CaseNotFound exception) {
            return Problem.response(Response.Status.NOT_FOUND, messages.text(ApiLocale.of(headers), "complaint.notFound"));
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<LifecycleViolation> {

        @Inject
        Messages messages;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(LifecycleViolation exception) {
            return Problem.response(Response.Status.CONFLICT,
                    messages.text(ApiLocale.of(headers), exception.getMessageKey(), exception.getArguments()));
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleCase> {

        @Inject
        Messages messages;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(StaleCase exception) {
            return Problem.response(Response.Status.PRECONDITION_FAILED, messages.text(ApiLocale.of(headers), "complaint.stale"));
        }
    }
}
