package de.kundenstimme.privacy.boundary;

import de.kundenstimme.privacy.control.AccessLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** REST API v1 of the access log: for an admin answering a customer's or the supervisor's question. */
@Path("v1/customers/{customerId}/access-log")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    @Inject
    AccessLog accessLog;

    @GET
    public List<AccessLog.Entry> entries(@PathParam("customerId") long customerId) {
        return accessLog.of(customerId);
    }
}
