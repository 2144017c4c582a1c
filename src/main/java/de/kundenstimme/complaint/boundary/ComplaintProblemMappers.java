package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.LifecycleViolation;
import de.kundenstimme.platform.boundary.LocalizedProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The case's own refusals as problems: unknown case 404, forbidden change 409, a role's
 * missing permission 403, stale version 412. */
public final class ComplaintProblemMappers {

    private ComplaintProblemMappers() {
    }

    @Provider
    public static class NotFound extends LocalizedProblemMapper<CaseNotFound> {

        @Override
        public Response toResponse(CaseNotFound exception) {
            return problem(Response.Status.NOT_FOUND, "complaint.notFound");
        }
    }

    @Provider
    public static class Forbidden extends LocalizedProblemMapper<LifecycleViolation> {

        @Override
        public Response toResponse(LifecycleViolation exception) {
            return problem(Response.Status.CONFLICT, exception.getMessageKey(), exception.getArguments());
        }
    }

    @Provider
    public static class NotAllowed extends LocalizedProblemMapper<NotPermitted> {

        @Override
        public Response toResponse(NotPermitted exception) {
            return problem(Response.Status.FORBIDDEN, "api.problem.http.403");
        }
    }

    @Provider
    public static class Stale extends LocalizedProblemMapper<StaleCase> {

        @Override
        public Response toResponse(StaleCase exception) {
            return problem(Response.Status.PRECONDITION_FAILED, "complaint.stale");
        }
    }
}
