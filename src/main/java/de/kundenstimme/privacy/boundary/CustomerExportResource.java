package de.kundenstimme.privacy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * REST API v1 of the customer's data export (DSGVO Art. 15): JSON or PDF by the Accept header, or by
 * {@code ?format=pdf} for a plain download link. A root of its own beside CustomersResource.
 */
@Path("v1/customers/{customerId}/export")
@RequestScoped
@RolesAllowed("ADMIN")
public class CustomerExportResource {

    static final String PDF = "application/pdf";

    @Inject
    CustomerPrivacy privacy;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("customerId") long customerId, @QueryParam("format") String format) {
        if ("pdf".equals(format)) {
            return pdf(customerId);
        }
        return download(privacy.export(customerId), MediaType.APPLICATION_JSON, customerId, "json");
    }

    @GET
    @Produces(PDF)
    public Response pdf(@PathParam("customerId") long customerId) {
        return download(privacy.exportPdf(customerId), PDF, customerId, "pdf");
    }

    private static Response download(Object body, String type, long customerId, String extension) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"auskunft-kunde-" + customerId + "." + extension + "\"")
                .build();
    }
}
