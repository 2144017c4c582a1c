package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.LifecycleViolation;
import de.kundenstimme.platform.boundary.LocalizedProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The case's own refusals as problems: unknown case or goodwill 404, a role that may not 403,
 * forbidden change 409, stale version 412.
 */
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

    @Provider
    public static class RoleNotPermitted extends LocalizedProblemMapper<NotPermitted> {

        @Override
        public Response toResponse(NotPermitted exception) {
            return problem(Response.Status.FORBIDDEN, exception.getMessageKey());
        }
    }

    @Provider
    public static class NoSuchGoodwill extends LocalizedProblemMapper<GoodwillNotFound> {

        @Override
        public Response toResponse(GoodwillNotFound exception) {
            return problem(Response.Status.NOT_FOUND, "complaint.goodwill.notFound");
        }
    }

    @Provider
    public static class StaleGoodwillVersion extends LocalizedProblemMapper<StaleGoodwill> {

        @Override
        public Response toResponse(StaleGoodwill exception) {
            return problem(Response.Status.PRECONDITION_FAILED, "complaint.goodwill.stale");
        }
    }
}
