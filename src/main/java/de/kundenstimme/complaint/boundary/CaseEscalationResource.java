package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.Complaint;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * REST API v1 of one case's escalation: raise it by hand, or clear it as a manager. A root of its
 * own: JAX-RS matches the longest literal path first and would not look past ComplaintsResource.
 */
@Path("v1/complaints/{caseNumber}/escalation")
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseEscalationResource {

    @Inject
    Escalations escalations;

    @Inject
    Complaints complaints;

    @POST
    @RolesAllowed({"HANDLER", "MANAGER"})
    public Response escalate(@PathParam("caseNumber") String caseNumber, @HeaderParam("If-Match") String ifMatch,
                             ReasonRequest request) {
        Complaint complaint = escalations.escalateByHand(caseNumber, ETags.expectedVersion(ifMatch),
                request == null ? null : request.reason());
        return Response.ok(ComplaintView.of(complaint, complaints.today(), true, complaints.complaintsIn12Months(complaint))).tag(ETags.of(complaint.getVersion())).build();
    }

    @POST
    @Path("clear")
    @RolesAllowed("MANAGER")
    public Response clear(@PathParam("caseNumber") String caseNumber, @HeaderParam("If-Match") String ifMatch,
                          ReasonRequest request) {
        Complaint complaint = escalations.clear(caseNumber, ETags.expectedVersion(ifMatch),
                request == null ? null : request.reason());
        return Response.ok(ComplaintView.of(complaint, complaints.today(), true, complaints.complaintsIn12Months(complaint))).tag(ETags.of(complaint.getVersion())).build();
    }

    /** The body of both calls. */
    public record ReasonRequest(String reason) {
    }
}
