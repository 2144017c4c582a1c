package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.control.ComplaintFilter;
import de.kundenstimme.complaint.control.ComplaintSearch;
import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.ComplaintStatus;
import de.kundenstimme.complaint.entity.LifecycleAction;
import de.kundenstimme.complaint.entity.RootCause;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.complaint.entity.ResolutionStep;
import de.kundenstimme.complaint.entity.StepState;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.privacy.control.AccessLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** REST API v1 of the complaint: capture, read, list, lifecycle, special cases and steps. */
@Path("v1/complaints")
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@RolesAllowed({"HANDLER", "MANAGER"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    static final int MAX_PAGE_SIZE = 100;
    private static final int DEFAULT_PAGE_SIZE = 25;

    @Inject
    Complaints complaints;

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uriInfo;

    /**
     * Capture commits before the response is built: the year's case number stays locked until the
     * capture's transaction ends, and every other capture waits for it.
     */
    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response capture(CaptureRequest request) {
        Complaint complaint = complaints.capture(request);
        return Response.created(uriInfo.getBaseUriBuilder().path(ComplaintsResource.class)
                        .path(complaint.getCaseNumber()).build())
                .tag(ETags.of(complaint.getVersion()))
                .entity(detailed(complaint))
                .build();
    }

    @GET
    @Path("{caseNumber}")
    public Response find(@PathParam("caseNumber") String caseNumber) {
        onlyReading();
        Complaint complaint = complaints.open(caseNumber);
        complaints.recordView(complaint, AccessLog.Purpose.CASE_API);
        return Response.ok(detailed(complaint)).tag(ETags.of(complaint.getVersion())).build();
    }

    @GET
    public Response list(@QueryParam("scope") String scope, @QueryParam("status") String status,
                         @QueryParam("category") String categoryId, @QueryParam("channel") String channel,
                         @QueryParam("owner") String ownerId, @QueryParam("priority") String priority,
                         @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String text,
                         @QueryParam("size") String size, @QueryParam("cursor") String cursor) {
        Map<String, String> problems = new LinkedHashMap<>();
        int pageSize = parse(size, Integer::valueOf, "size", problems, DEFAULT_PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.put("size", "api.size.range");
        }
        if (text != null && text.length() > 200) {
            problems.put("q", "api.query.size");
        }
        ComplaintFilter filter = new ComplaintFilter(
                parse(scope, ComplaintFilter.Scope::valueOf, "scope", problems, ComplaintFilter.Scope.DEPARTMENT),
                parse(status, ComplaintStatus::valueOf, "status", problems, null),
                parse(categoryId, Long::valueOf, "category", problems, null),
                parse(channel, Channel::valueOf, "channel", problems, null),
                parse(ownerId, Long::valueOf, "owner", problems, null),
                parse(priority, Priority::valueOf, "priority", problems, null),
                parse(from, ComplaintsResource::plausibleDate, "from", problems, null),
                parse(to, ComplaintsResource::plausibleDate, "to", problems, null),
                text);
        ComplaintSearch.Cursor position = cursor == null ? null : decodeCursor(cursor, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        onlyReading();
        List<Complaint> page = complaints.listAfter(filter, position, pageSize);
        LocalDate today = complaints.today();
        String next = page.size() < pageSize ? null : uriInfo.getRequestUriBuilder()
                .replaceQueryParam("cursor", encodeCursor(ComplaintSearch.Cursor.after(page.get(page.size() - 1))))
                .build().toString();
        Map<Long, Integer> repeats = complaints.complaintsIn12Months(page);
        return Response.ok(new ComplaintPage(page.stream()
                .map(c -> ComplaintView.of(c, today, false, repeats.getOrDefault(c.getId(), 1))).toList(), next)).build();
    }

    @POST
    @Path("{caseNumber}/transitions")
    public Response transition(@PathParam("caseNumber") String caseNumber,
                               @HeaderParam("If-Match") String ifMatch, TransitionRequest request) {
        long version = ETags.expectedVersion(ifMatch);
        if (request == null || request.action() == null) {
            throw new InvalidInput("action", "api.action.required");
        }
        Complaint complaint = complaints.transition(caseNumber, version, request.action(), request.reason(),
                request.agreedSolution(), request.rootCause());
        return Response.ok(detailed(complaint)).tag(ETags.of(complaint.getVersion())).build();
    }

    /** Sets or clears the special-case flags; a flag left out stays as it is. */
    @PATCH
    @Path("{caseNumber}/special-cases")
    public Response changeSpecialCases(@PathParam("caseNumber") String caseNumber,
                                       @HeaderParam("If-Match") String ifMatch, SpecialCasesUpdate update) {
        long version = ETags.expectedVersion(ifMatch);
        if (update == null) {
            throw new InvalidInput("body", "api.specialCases.required");
        }
        Complaint complaint = complaints.changeSpecialCases(caseNumber, version, update.addressedToBoard(),
                update.legalThreat(), update.publicThreat());
        return Response.ok(detailed(complaint)).tag(ETags.of(complaint.getVersion())).build();
    }

    @POST
    @Path("{caseNumber}/steps")
    public Response addStep(@PathParam("caseNumber") String caseNumber, StepRequest request) {
        ResolutionStep step = complaints.addStep(caseNumber, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(step.getId())).build())
                .tag(ETags.of(step.getVersion()))
                .entity(ComplaintView.StepView.of(step))
                .build();
    }

    @PATCH
    @Path("{caseNumber}/steps/{stepId}")
    public Response finishStep(@PathParam("caseNumber") String caseNumber, @PathParam("stepId") long stepId,
                               @HeaderParam("If-Match") String ifMatch, StepUpdate update) {
        long version = ETags.expectedVersion(ifMatch);
        if (update == null || update.state() == null) {
            throw new InvalidInput("state", "api.state.required");
        }
        ResolutionStep step = complaints.finishStep(caseNumber, stepId, version, update.state(), update.result());
        return Response.ok(ComplaintView.StepView.of(step)).tag(ETags.of(step.getVersion())).build();
    }

    /** The body of POST .../transitions. */
    public record TransitionRequest(LifecycleAction action, String reason, String agreedSolution, RootCause rootCause) {
    }

    /** The body of PATCH .../special-cases. */
    public record SpecialCasesUpdate(Boolean addressedToBoard, Boolean legalThreat, Boolean publicThreat) {
    }

    /** The body of PATCH .../steps/{id}. */
    public record StepUpdate(StepState state, String result) {
    }

    /** A page of the list and the link to the next one (null on the last page). */
    @JsonbNillable
    public record ComplaintPage(List<ComplaintView> items, String next) {
    }

    /**
     * This request's transaction only reads (the access log writes in a transaction of its own), so
     * nothing is flushed: a flush would dirty-check every loaded case with its steps, notes and
     * history, before each query and at commit, for nothing.
     */
    private void onlyReading() {
        em.unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
    }

    private ComplaintView detailed(Complaint complaint) {
        return ComplaintView.of(complaint, complaints.today(), true, complaints.complaintsIn12Months(complaint));
    }

    private static <T> T parse(String value, Function<String, T> parser, String field, Map<String, String> problems,
                               T fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.put(field, "api.parameter.invalid");
            return fallback;
        }
    }

    /** A calendar date of the years 1 to 9999: anything else is a typing error, not a filter. */
    private static LocalDate plausibleDate(String text) {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new IllegalArgumentException("Year out of range: " + text);
        }
        return date;
    }

    private static String encodeCursor(ComplaintSearch.Cursor cursor) {
        String raw = cursor.receivedAt().toString() + "|" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static ComplaintSearch.Cursor decodeCursor(String cursor, Map<String, String> problems) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new ComplaintSearch.Cursor(Instant.parse(raw.substring(0, bar)), Long.parseLong(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            problems.put("cursor", "api.parameter.invalid");
            return null;
        }
    }
}
