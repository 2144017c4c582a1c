package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON push endpoint for a department's system. It signs in with the source's push token
 * (header {@code X-Source-Token}), not with a user, and may only send that source's records.
 */
@Path("v1/customer-push/{sourceId}")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerPushResource {

    @Inject
    CustomerPush push;

    @POST
    public Response receive(@PathParam("sourceId") long sourceId, @HeaderParam("X-Source-Token") String token,
                            JsonStructure body) {
        CustomerSource source = push.authorise(sourceId, token);
        if (source == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        // Any JSON is read, so an object instead of the array is a clear 400 after the token, not a parse failure.
        if (!(body instanceof JsonArray pushed) || pushed.size() > CustomerPush.MAX_RECORDS) {
            throw new InvalidInput("body", "customer.push.tooMany");
        }
        List<Map<String, String>> records = new ArrayList<>();
        for (JsonValue value : pushed) {
            records.add(value instanceof JsonObject object ? row(object) : Map.of());
        }
        CustomerPush.Outcome outcome = push.receive(source, records);
        JsonArrayBuilder rejected = Json.createArrayBuilder();
        outcome.rejected().forEach(r -> rejected.add(Json.createObjectBuilder().add("index", r.index()).add("reason", r.reason())));
        return Response.ok(Json.createObjectBuilder().add("new", outcome.added()).add("changed", outcome.changed())
                .add("unchanged", outcome.unchanged()).add("rejected", rejected).build()).build();
    }

    /** Strings and numbers as text, arrays (phones, e-mails) joined by semicolons. */
    private static Map<String, String> row(JsonObject object) {
        Map<String, String> row = new HashMap<>();
        object.forEach((name, value) -> {
            if (value instanceof JsonString string) {
                row.put(name, string.getString());
            } else if (value instanceof JsonNumber number) {
                row.put(name, number.toString());
            } else if (value instanceof JsonArray array) {
                row.put(name, array.stream().filter(JsonString.class::isInstance)
                        .map(item -> ((JsonString) item).getString()).collect(Collectors.joining(";")));
            }
        });
        return row;
    }
}
