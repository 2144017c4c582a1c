package de.kundenstimme.feedback.boundary;

import de.kundenstimme.feedback.entity.Checklist;
import de.kundenstimme.feedback.entity.QualityReview;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** REST API v1 of the quality reviews: draw a sample, score a review, read a handler's results. */
@Path("v1/quality-reviews")
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"HANDLER", "MANAGER"})
public class QualityReviewsResource {

    public record SampleRequest(String handler, String month, Integer size) {
    }

    public record ScoreRequest(Long version, Boolean polite, Boolean listened, Boolean customerInvolved,
                               Boolean thanksGiven, Boolean deadlinesKept, Boolean followUpDone, String comment) {
    }

    public record ReviewView(long id, long version, String caseNumber, String handler, String month, boolean scored,
                             Checklist checklist, Integer met, String comment, String scoredBy) {

        static ReviewView of(QualityReview review) {
            Checklist checklist = review.getChecklist();
            return new ReviewView(review.getId(), review.getVersion(), review.getComplaint().getCaseNumber(),
                    review.getHandler().getUsername(), review.getReviewMonth(), review.isScored(), checklist,
                    checklist == null ? null : checklist.met(), review.getComment(), review.getScoredBy());
        }
    }

    @Inject
    QualityReviews reviews;

    @POST
    @Path("samples")
    public List<ReviewView> draw(SampleRequest request) {
        if (request == null || request.handler() == null || request.month() == null) {
            throw new InvalidInput("handler", "feedback.review.sample.required");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(request.month());
        } catch (DateTimeParseException malformed) {
            throw new InvalidInput("month", "feedback.review.month.invalid");
        }
        return reviews.draw(request.handler(), month, request.size() == null ? 3 : request.size()).stream()
                .map(ReviewView::of).toList();
    }

    @POST
    @Path("{id}/score")
    public ReviewView score(@PathParam("id") long id, ScoreRequest request) {
        if (request == null || request.version() == null) {
            throw new InvalidInput("version", "feedback.review.version.required");
        }
        return ReviewView.of(reviews.score(id, request.version(), new Checklist(request.polite(), request.listened(),
                request.customerInvolved(), request.thanksGiven(), request.deadlinesKept(), request.followUpDone()),
                request.comment()));
    }

    @GET
    public List<ReviewView> of(@QueryParam("handler") String handler) {
        if (handler == null || handler.isBlank()) {
            throw new InvalidInput("handler", "feedback.review.handler.unknown");
        }
        return reviews.of(handler).stream().map(ReviewView::of).toList();
    }
}
