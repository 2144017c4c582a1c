package de.kundenstimme.correspondence.boundary;

import de.kundenstimme.complaint.boundary.ETags;
import de.kundenstimme.correspondence.entity.Letter;
import de.kundenstimme.correspondence.entity.LetterChannel;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * REST API v1 of letters: read, edit a draft, add a gift, submit for review, approve or return,
 * send, the PDF, the reviewer queue and the day's post batch. Changes need the letter's ETag.
 */
@Path("v1/letters")
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@RolesAllowed({"HANDLER", "MANAGER"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LettersResource {

    @Inject
    Letters letters;

    @Inject
    FollowUpLetters followUps;

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return reply(letters.find(id));
    }

    @PUT
    @Path("{id}")
    public Response edit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, EditRequest request) {
        long version = ETags.expectedVersion(ifMatch);
        if (request == null) {
            throw new InvalidInput("body", "correspondence.body.required");
        }
        return reply(letters.edit(id, version, request.subject(), request.body()));
    }

    @POST
    @Path("{id}/gift")
    public Response gift(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, GiftRequest request) {
        long version = ETags.expectedVersion(ifMatch);
        if (request == null || request.giftId() == null) {
            throw new InvalidInput("giftId", "correspondence.gift.unknown");
        }
        return reply(letters.addGift(id, version, request.giftId()));
    }

    @POST
    @Path("{id}/submission")
    public Response submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return reply(letters.submit(id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/review")
    public Response review(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ReviewRequest request) {
        long version = ETags.expectedVersion(ifMatch);
        if (request == null || request.decision() == null) {
            throw new InvalidInput("decision", "correspondence.review.decision.required");
        }
        return reply(letters.review(id, version, request.decision() == ReviewDecision.APPROVE, request.comment()));
    }

    @POST
    @Path("{id}/dispatch")
    public Response send(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, DispatchRequest request) {
        long version = ETags.expectedVersion(ifMatch);
        return reply(letters.send(id, version, request == null ? null : request.channel()));
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(@PathParam("id") long id) {
        Letter letter = letters.find(id);
        return Response.ok(letters.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + Letters.fileName(letter) + "\"").build();
    }

    @GET
    @Path("review-queue")
    public List<LetterView> reviewQueue() {
        return letters.reviewQueue().stream().map(LetterView::of).toList();
    }

    @GET
    @Path("post-batch")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response postBatch(@QueryParam("date") String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "correspondence.batch.date");
        }
        byte[] batch = letters.postBatch(day == null ? letters.today() : day);
        return Response.ok(batch, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"post-" + (day == null ? letters.today() : day) + ".pdf\"")
                .build();
    }

    @POST
    @Path("follow-ups")
    @RolesAllowed("ADMIN")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<String, Integer> draftFollowUps() {
        return Map.of("drafted", followUps.draftDue());
    }

    private static Response reply(Letter letter) {
        return Response.ok(LetterView.of(letter)).tag(ETags.of(letter.getVersion())).build();
    }

    public record EditRequest(String subject, String body) {
    }

    public record GiftRequest(Long giftId) {
    }

    public enum ReviewDecision { APPROVE, RETURN }

    public record ReviewRequest(ReviewDecision decision, String comment) {
    }

    public record DispatchRequest(LetterChannel channel) {
    }
}
