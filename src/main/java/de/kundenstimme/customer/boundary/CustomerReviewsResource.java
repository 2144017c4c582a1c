package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.ReviewPair;
import de.kundenstimme.customer.entity.SourceRecord;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** REST API v1 of the review queue: the open pairs, merge, keep apart. */
@Path("v1/customer-reviews")
@RequestScoped
@RolesAllowed({"MANAGER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class CustomerReviewsResource {

    @Inject
    ReviewQueue queue;

    private static final int MAX_LIMIT = 200;

    /**
     * The open pairs, one page at a time: {@code sort=score} (highest first, the default) or
     * {@code foundAt} (newest first), {@code lastName} to narrow them down; the total in X-Total-Count.
     */
    @GET
    public Response open(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit,
                         @QueryParam("sort") @DefaultValue("score") String sort, @QueryParam("lastName") String lastName) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT || !sort.equals("score") && !sort.equals("foundAt")
                || lastName != null && lastName.length() > 100) {
            throw new InvalidInput("query", "customer.review.query.invalid");
        }
        ReviewQueue.ReviewOrder order = sort.equals("foundAt") ? ReviewQueue.ReviewOrder.FOUND_AT : ReviewQueue.ReviewOrder.SCORE;
        JsonArrayBuilder pairs = Json.createArrayBuilder();
        for (ReviewPair pair : queue.page(offset, limit, order, false, lastName)) {
            pairs.add(Json.createObjectBuilder().add("id", pair.getId()).add("score", pair.getScore())
                    .add("first", record(pair.getFirst())).add("second", record(pair.getSecond())));
        }
        return Response.ok(pairs.build()).header("X-Total-Count", queue.openCount(lastName)).build();
    }

    @POST
    @Path("{id}/merge")
    public Response merge(@PathParam("id") long id) {
        queue.merge(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/keep-apart")
    public Response keepApart(@PathParam("id") long id) {
        queue.keepApart(id);
        return Response.noContent().build();
    }

    static JsonObjectBuilder record(SourceRecord record) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", record.getId())
                .add("source", record.getSource().getName()).add("sourceKey", record.getSourceKey());
        addIfPresent(json, "firstName", record.getFirstName());
        addIfPresent(json, "lastName", record.getLastName());
        addIfPresent(json, "postalCode", record.getPostalCode());
        addIfPresent(json, "city", record.getCity());
        if (record.getCustomer() != null) {
            json.add("customerId", record.getCustomer().getId());
        }
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
