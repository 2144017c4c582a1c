package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.Goodwill;
import de.kundenstimme.complaint.entity.GoodwillDecision;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * REST API v1 of a case's goodwill: propose (granted at once within the caller's limit) and a
 * manager's decision on a proposal, guarded by the goodwill's own version as ETag.
 */
@Path("v1/complaints/{caseNumber}/goodwill")
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@RolesAllowed({"HANDLER", "MANAGER"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoodwillResource {

    @Inject
    Goodwills goodwills;

    @Context
    UriInfo uriInfo;

    @POST
    public Response propose(@PathParam("caseNumber") String caseNumber, GoodwillRequest request) {
        Goodwill goodwill = goodwills.propose(caseNumber, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(goodwill.getId())).build())
                .tag(ETags.of(goodwill.getVersion()))
                .entity(ComplaintView.GoodwillView.of(goodwill))
                .build();
    }

    @POST
    @Path("{goodwillId}/decision")
    public Response decide(@PathParam("caseNumber") String caseNumber, @PathParam("goodwillId") long goodwillId,
                           @HeaderParam("If-Match") String ifMatch, DecisionRequest request) {
        long version = ETags.expectedVersion(ifMatch);
        if (request == null || request.decision() == null) {
            throw new InvalidInput("decision", "api.decision.required");
        }
        Goodwill goodwill = goodwills.decide(caseNumber, goodwillId, version, request.decision(), request.reason());
        return Response.ok(ComplaintView.GoodwillView.of(goodwill)).tag(ETags.of(goodwill.getVersion()))
                .build();
    }

    /** The body of POST .../goodwill/{id}/decision. */
    public record DecisionRequest(GoodwillDecision decision, String reason) {
    }
}
