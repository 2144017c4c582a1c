package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.ImportRejection;
import de.kundenstimme.customer.entity.ImportRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** REST API v1 of an import run: its progress, counts and rejected rows; restart after a failure. */
@Path("v1/customer-imports")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerImportsResource {

    @Inject
    Imports imports;

    @GET
    @Path("{runId}")
    public Response run(@PathParam("runId") long runId) {
        ImportRun run = imports.run(runId);
        if (run == null) {
            throw new NotFoundException();
        }
        JsonArrayBuilder rejections = Json.createArrayBuilder();
        for (ImportRejection rejection : imports.rejections(runId)) {
            rejections.add(Json.createObjectBuilder().add("line", rejection.getLineNumber())
                    .add("row", rejection.getRowText()).add("reason", rejection.getReason()));
        }
        return Response.ok(Json.createObjectBuilder()
                .add("status", run.getStatus().name()).add("progress", run.getProgress())
                .add("read", run.getReadCount()).add("new", run.getNewCount()).add("changed", run.getChangedCount())
                .add("unchanged", run.getUnchangedCount()).add("rejected", run.getRejectedCount())
                .add("rejections", rejections).build()).build();
    }

    @POST
    @Path("{runId}/restart")
    public Response restart(@PathParam("runId") long runId) {
        imports.restart(runId);
        return Response.accepted().build();
    }
}
