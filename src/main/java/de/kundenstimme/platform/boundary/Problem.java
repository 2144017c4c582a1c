package de.kundenstimme.platform.boundary;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** An RFC 9457 problem document; errors lists the fields of a validation failure. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, null);
    }

    public static Response response(Response.StatusType status, String detail, List<FieldError> errors) {
        return Response.status(status.getStatusCode()).type(MediaType.valueOf(MEDIA_TYPE))
                .entity(of(status, detail, errors)).build();
    }

    /** The document for answers written before JAX-RS, by the authentication, which never names fields. */
    public static String json(Response.StatusType status, String detail) {
        Problem problem = of(status, detail, null);
        return Json.createObjectBuilder().add("type", problem.type()).add("title", problem.title())
                .add("status", problem.status()).add("detail", problem.detail()).build().toString();
    }

    private static Problem of(Response.StatusType status, String detail, List<FieldError> errors) {
        String title = status.getReasonPhrase() == null || status.getReasonPhrase().isBlank()
                ? "HTTP " + status.getStatusCode() : status.getReasonPhrase();
        return new Problem("about:blank", title, status.getStatusCode(), detail, errors);
    }
}
