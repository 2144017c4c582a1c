package de.kundenstimme.correspondence.boundary;

import de.kundenstimme.correspondence.entity.LetterTemplate;
import de.kundenstimme.correspondence.entity.LetterType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** REST API v1 of the admin's letter templates: list them, and create or change one per type and language. */
@Path("v1/letter-templates")
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterTemplatesResource {

    @Inject
    LetterTemplates templates;

    @GET
    public List<TemplateView> list() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @PUT
    @Path("{letterType}/{language}")
    public TemplateView save(@PathParam("letterType") LetterType type, @PathParam("language") String language,
                             TemplateRequest request) {
        return TemplateView.of(templates.save(type, language, request == null ? null : request.subject(),
                request == null ? null : request.body()));
    }

    public record TemplateRequest(String subject, String body) {
    }

    public record TemplateView(String letterType, String language, String subject, String body, Instant updatedAt,
                               String updatedBy) {

        static TemplateView of(LetterTemplate t) {
            return new TemplateView(t.getLetterType().name(), t.getLanguage(), t.getSubject(), t.getBody(),
                    t.getUpdatedAt(), t.getUpdatedBy());
        }
    }
}
