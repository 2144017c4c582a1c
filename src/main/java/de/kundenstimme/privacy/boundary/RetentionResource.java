package de.kundenstimme.privacy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** REST API v1: the admin runs the retention job at once, like the deadline sweep. */
@Path("v1/retention/run")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    Retention retention;

    @POST
    public Retention.Result run() {
        return retention.runNow();
    }
}
