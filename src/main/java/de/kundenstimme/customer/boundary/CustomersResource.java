package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.Customer;
import de.kundenstimme.customer.entity.SourceRecord;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** REST API v1 of the customer: the golden record with the source of every field, and unmerge. */
@Path("v1/customers")
@RequestScoped
@RolesAllowed({"HANDLER", "MANAGER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @Inject
    Customers customers;

    @Inject
    ReviewQueue queue;

    @GET
    @Path("{id}")
    public Response customer(@PathParam("id") long id) {
        Customer customer = customers.find(id);
        if (customer == null) {
            throw new NotFoundException();
        }
        JsonObjectBuilder fields = Json.createObjectBuilder();
        put(fields, "firstName", customer.getFirstName());
        put(fields, "lastName", customer.getLastName());
        put(fields, "street", customer.getStreet());
        put(fields, "postalCode", customer.getPostalCode());
        put(fields, "city", customer.getCity());
        put(fields, "email", customer.getEmail());
        put(fields, "phone", customer.getPhone());
        JsonObjectBuilder provenance = Json.createObjectBuilder();
        for (Map.Entry<String, String> entry : customer.getProvenance().entrySet()) {
            provenance.add(entry.getKey(), entry.getValue());
        }
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (SourceRecord record : queue.recordsOf(customer)) {
            records.add(CustomerReviewsResource.record(record));
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", customer.getId())
                .add("customerNumber", customer.getCustomerNumber()).add("fields", fields)
                .add("provenance", provenance).add("records", records);
        if (customer.getMergedInto() != null) {
            json.add("mergedInto", customer.getMergedInto().getId());
        }
        return Response.ok(json.build()).build();
    }

    @POST
    @Path("{id}/unmerge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unmerge(@PathParam("id") long id, JsonObject body) {
        if (body == null || !(body.get("sourceRecordId") instanceof JsonNumber number)) {
            throw new InvalidInput("sourceRecordId", "customer.review.unmerge.notPossible");
        }
        queue.unmerge(id, number.longValue());
        return Response.noContent().build();
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
