package de.kundenstimme.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;

/** Lets a client-side integration test move the deployed application's clock; only in the test WAR. */
@Path("test/clock")
@RolesAllowed("ADMIN")
public class TravellingTimeResource {

    @Inject
    TravellingTime time;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject travel(@QueryParam("days") int days) {
        time.travel(Duration.ofDays(days));
        return Json.createObjectBuilder().add("now", time.now().toString()).build();
    }

    @DELETE
    public void reset() {
        time.reset();
    }
}
