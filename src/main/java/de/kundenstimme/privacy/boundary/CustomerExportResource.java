package de.kundenstimme.privacy.boundary;

import de.kundenstimme.platform.control.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * REST API v1 of the customer's data export (DSGVO Art. 15): JSON or PDF as the Accept header asks,
 * or as {@code ?format=json|pdf} says for a plain download link, whose Accept header a browser sets.
 * A root of its own beside CustomersResource.
 */
@Path("v1/customers/{customerId}/export")
@RequestScoped
@RolesAllowed("ADMIN")
public class CustomerExportResource {

    static final String PDF = "application/pdf";
    private static final MediaType PDF_TYPE = MediaType.valueOf(PDF);

    @Inject
    CustomerPrivacy privacy;

    @GET
    @Produces({MediaType.APPLICATION_JSON, PDF})
    public Response export(@PathParam("customerId") long customerId, @QueryParam("format") String format,
                           @Context HttpHeaders headers) {
        if (format != null && !format.equals("json") && !format.equals("pdf")) {
            throw new InvalidInput("format", "privacy.export.format");
        }
        boolean pdf = format == null ? prefersPdf(headers) : format.equals("pdf");
        return pdf ? download(privacy.exportPdf(customerId), PDF, customerId, "pdf")
                : download(privacy.export(customerId), MediaType.APPLICATION_JSON, customerId, "json");
    }

    /** PDF when the caller's most preferred concrete type is PDF; JSON otherwise, also when it takes anything. */
    private static boolean prefersPdf(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (!type.isWildcardType() && !type.isWildcardSubtype()) {
                return type.isCompatible(PDF_TYPE);
            }
        }
        return false;
    }

    private static Response download(Object body, String type, long customerId, String extension) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"auskunft-kunde-" + customerId + "." + extension + "\"")
                .build();
    }
}
