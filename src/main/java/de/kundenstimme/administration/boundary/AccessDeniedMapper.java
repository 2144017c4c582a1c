package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.platform.boundary.LocalizedProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A refusal by role or department as a 403 problem in the caller's language. */
@Provider
public class AccessDeniedMapper extends LocalizedProblemMapper<AccessDenied> {

    @Override
    public Response toResponse(AccessDenied exception) {
        return problem(Response.Status.FORBIDDEN, exception.getMessageKey());
    }
}
