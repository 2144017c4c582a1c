package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.control.DeadlineSweep;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Escalation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** REST API v1 of the manager's review: the escalation queue, and the deadline sweep on demand. */
@Path("v1")
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationsResource {

    @Inject
    Escalations escalations;

    @Inject
    Complaints complaints;

    @GET
    @Path("escalations")
    @RolesAllowed("MANAGER")
    public List<QueueEntry> queue(@QueryParam("offset") Integer offset, @QueryParam("size") Integer size) {
        int from = offset == null ? 0 : Math.max(0, offset);
        int count = size == null ? 50 : Math.max(1, Math.min(ComplaintsResource.MAX_PAGE_SIZE, size));
        List<Complaint> cases = escalations.queue(from, count);
        Map<Long, List<Escalation>> open = escalations.openEscalationsOf(cases);
        Map<Long, Long> earlier = escalations.earlierComplaintsOf(cases);
        LocalDate today = complaints.today();
        return cases.stream().map(c -> new QueueEntry(c.getCaseNumber(), c.getSubject(), c.getStatus().name(),
                c.getEscalationLevel(), c.getReceivedAt(), c.getOwner() == null ? null : c.getOwner().getUsername(),
                c.getResolutionDue(), c.isOverdue(today),
                open.getOrDefault(c.getId(), List.of()).stream().map(EscalationView::of).toList(),
                earlier.getOrDefault(c.getId(), 0L))).toList();
    }

    @POST
    @Path("deadlines/sweep")
    @RolesAllowed("ADMIN")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeadlineSweep.Result sweep() {
        return escalations.runSweep();
    }

    /** One row of the escalation queue. */
    public record QueueEntry(String caseNumber, String subject, String status, int escalationLevel, Instant receivedAt,
                             String owner, LocalDate resolutionDue, boolean overdue, List<EscalationView> escalations,
                             long earlierComplaints) {
    }

    /** An open escalation: its level, why, and since when. */
    public record EscalationView(int level, String deadlineKind, LocalDate deadlineDate, String reason, Instant escalatedAt,
                                 String escalatedBy) {

        static EscalationView of(Escalation e) {
            return new EscalationView(e.getLevel(), e.getDeadlineKind().name(), e.getDeadlineDate(), e.getReason(),
                    e.getEscalatedAt(), e.getEscalatedBy());
        }
    }
}
