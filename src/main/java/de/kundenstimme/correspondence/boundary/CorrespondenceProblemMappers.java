package de.kundenstimme.correspondence.boundary;

import de.kundenstimme.platform.boundary.LocalizedProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The letters' own refusals as problems: unknown letter 404, unknown placeholders 400
 * with their names, stale version 412. */
public final class CorrespondenceProblemMappers {

    private CorrespondenceProblemMappers() {
    }

    @Provider
    public static class NotFound extends LocalizedProblemMapper<LetterNotFound> {

        @Override
        public Response toResponse(LetterNotFound exception) {
            return problem(Response.Status.NOT_FOUND, exception.getMessageKey());
        }
    }

    @Provider
    public static class Unknown extends LocalizedProblemMapper<UnknownPlaceholders> {

        @Override
        public Response toResponse(UnknownPlaceholders exception) {
            return problem(Response.Status.BAD_REQUEST, "correspondence.template.unknownPlaceholders", exception.getNames());
        }
    }

    @Provider
    public static class Stale extends LocalizedProblemMapper<StaleLetter> {

        @Override
        public Response toResponse(StaleLetter exception) {
            return problem(Response.Status.PRECONDITION_FAILED, "correspondence.letter.stale");
        }
    }
}
