package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.Complaint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * REST API v1 of one case's deadlines: a manager recalculates them by today's deadline table. A
 * root of its own, as JAX-RS would not look past ComplaintsResource for this path.
 */
@Path("v1/complaints/{caseNumber}/deadlines")
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@Produces(MediaType.APPLICATION_JSON)
public class CaseDeadlinesResource {

    @Inject
    Complaints complaints;

    @POST
    @Path("recalculation")
    @RolesAllowed("MANAGER")
    public Response recalculate(@PathParam("caseNumber") String caseNumber, @HeaderParam("If-Match") String ifMatch) {
        Complaint complaint = complaints.recalculateDeadlines(caseNumber, ETags.expectedVersion(ifMatch));
        return Response.ok(ComplaintView.of(complaint, complaints.today(), true, complaints.complaintsIn12Months(complaint)))
                .tag(ETags.of(complaint.getVersion())).build();
    }
}
