package de.kundenstimme.feedback.boundary;

import de.kundenstimme.feedback.control.SatisfactionFigures;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** REST API v1: the satisfaction figures of the surveys answered from one day up to (excluding) another. Aggregates only. */
@Path("v1/figures/satisfaction")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"MANAGER", "EXECUTIVE"})
public class SatisfactionFiguresResource {

    @Inject
    Surveys surveys;

    @GET
    public SatisfactionFigures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = day("from", from);
        LocalDate end = day("to", to);
        if (!end.isAfter(start)) {
            throw new InvalidInput("to", "feedback.figures.period.invalid");
        }
        return surveys.figures(start.atStartOfDay(BusinessTime.ZONE).toInstant(), end.atStartOfDay(BusinessTime.ZONE).toInstant());
    }

    private static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException malformed) {
            throw new InvalidInput(name, "feedback.figures.date.invalid");
        }
    }
}
