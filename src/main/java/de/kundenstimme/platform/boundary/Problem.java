package de.kundenstimme.platform.boundary;

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
        String title = status.getReasonPhrase() == null || status.getReasonPhrase().isBlank()
                ? "HTTP " + status.getStatusCode() : status.getReasonPhrase();
        Problem problem = new Problem("about:blank", title, status.getStatusCode(), detail, errors);
        return Response.status(status.getStatusCode()).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
    }
}
