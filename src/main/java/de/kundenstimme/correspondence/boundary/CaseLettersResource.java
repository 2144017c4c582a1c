package de.kundenstimme.correspondence.boundary;

import de.kundenstimme.complaint.boundary.ETags;
import de.kundenstimme.correspondence.entity.Letter;
import de.kundenstimme.correspondence.entity.LetterType;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** REST API v1 of a case's letters: the list, and a new draft filled from the template. */
@Path("v1/complaints/{caseNumber}/letters")
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@RolesAllowed({"HANDLER", "MANAGER"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseLettersResource {

    @Inject
    Letters letters;

    @Context
    UriInfo uriInfo;

    @GET
    public List<LetterView> list(@PathParam("caseNumber") String caseNumber) {
        return letters.ofCase(caseNumber).stream().map(LetterView::of).toList();
    }

    @POST
    public Response draft(@PathParam("caseNumber") String caseNumber, DraftRequest request) {
        Letter letter = letters.draft(caseNumber, request == null ? null : request.letterType(),
                request == null ? null : request.language());
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/letters/{id}").build(letter.getId()))
                .tag(ETags.of(letter.getVersion())).entity(LetterView.of(letter)).build();
    }

    /** The body of POST .../letters: which letter, in which language (de when left out). */
    public record DraftRequest(LetterType letterType, String language) {
    }
}
