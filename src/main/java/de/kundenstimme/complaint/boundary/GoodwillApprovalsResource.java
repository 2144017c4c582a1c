package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.Complaint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** REST API v1 of a manager's goodwill approvals: the pending proposals of their department, oldest first. */
@Path("v1/goodwill-approvals")
@RequestScoped
@RolesAllowed("MANAGER")
@Produces(MediaType.APPLICATION_JSON)
public class GoodwillApprovalsResource {

    @Inject
    Goodwills goodwills;

    @GET
    public List<PendingApproval> pending() {
        return goodwills.pendingApprovals().stream().map(g -> {
            Complaint complaint = g.getComplaint();
            return new PendingApproval(complaint.getCaseNumber(), complaint.getSubject(),
                    complaint.getCustomer().getDisplayName(), ComplaintView.GoodwillView.of(g));
        }).toList();
    }

    /** One proposal waiting for the manager, with the case it belongs to. */
    public record PendingApproval(String caseNumber, String subject, String customer, ComplaintView.GoodwillView goodwill) {
    }
}
