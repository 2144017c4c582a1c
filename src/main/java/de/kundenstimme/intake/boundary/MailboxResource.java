package de.kundenstimme.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** REST API v1: an admin polls the complaints mailbox at once instead of waiting for the timer. */
@Path("v1/mailbox/poll")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailboxResource {

    @Inject
    MailboxPoller poller;

    @POST
    @RolesAllowed("ADMIN")
    public MailboxPoller.Result poll() {
        return poller.poll();
    }
}
