package de.kundenstimme.privacy.boundary;

import de.kundenstimme.privacy.control.Anonymisation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/** REST API v1 of the customer's erasure (DSGVO Art. 17): {@code {"reason": "…"}}; repeating it changes nothing. */
@Path("v1/customers/{customerId}/anonymisation")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerAnonymisationResource {

    @Inject
    CustomerPrivacy privacy;

    @POST
    public Result anonymise(@PathParam("customerId") long customerId, ReasonRequest request) {
        Anonymisation.Outcome outcome = privacy.anonymise(customerId, request == null ? null : request.reason());
        return new Result(customerId, privacy.anonymisedAt(customerId), outcome.complaints(), outcome.letters(),
                outcome.changedAnything());
    }

    /** Why the customer is anonymised, e.g. "Antrag vom 3. März 2026". */
    public record ReasonRequest(String reason) {
    }

    /** What was anonymised now; {@code changed} is false when it had been before. */
    public record Result(long customerId, Instant anonymisedAt, int complaints, int letters, boolean changed) {
    }
}
