package de.kundenstimme.reporting.boundary;

import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.reporting.control.Figures;
import de.kundenstimme.reporting.control.Period;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GET /api/v1/figures?from=2026-01-01&amp;to=2026-01-31&amp;department=LOGISTIK: the figures of
 * the complaints received in the period, the same numbers as the dashboard and the report.
 */
@Path("v1/figures")
@RequestScoped
@RolesAllowed({"MANAGER", "EXECUTIVE"})
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    Reporting reporting;

    @GET
    public Figures figures(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("department") String department) {
        return reporting.figures(period(from, to), department);
    }

    static Period period(String from, String to) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate start = date(from, "from", problems);
        LocalDate end = date(to, "to", problems);
        if (problems.isEmpty()) {
            try {
                return new Period(start, end);
            } catch (IllegalArgumentException e) {
                problems.put("to", end.isBefore(start) ? "reporting.period.backwards" : "reporting.period.tooLong");
            }
        }
        throw new InvalidInput(problems);
    }

    private static LocalDate date(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, "reporting.period.required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "reporting.period.invalid");
            return null;
        }
    }
}
