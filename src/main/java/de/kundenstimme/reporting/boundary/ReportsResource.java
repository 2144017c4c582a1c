package de.kundenstimme.reporting.boundary;

import de.kundenstimme.reporting.control.ReportArchive.Report;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** REST API v1 of the leadership reports, for executives: request, follow, restart, download. */
@Path("v1/reports")
@RequestScoped
@RolesAllowed("EXECUTIVE")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    LeadershipReports reports;

    @Context
    UriInfo uriInfo;

    /** The body of POST /reports: the period, ISO dates. */
    public record ReportRequest(String from, String to) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(ReportRequest request) {
        Report report = reports.request(FiguresResource.period(request == null ? null : request.from(),
                request == null ? null : request.to()));
        return Response.accepted(report)
                .location(uriInfo.getAbsolutePathBuilder().path(Long.toString(report.id())).build()).build();
    }

    @GET
    public List<Report> recent() {
        return reports.recent();
    }

    @GET
    @Path("{id}")
    public Report find(@PathParam("id") long id) {
        return reports.find(id);
    }

    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(reports.restart(id)).build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return download(id, "pdf", "application/pdf");
    }

    @GET
    @Path("{id}/xlsx")
    @Produces(XLSX)
    public Response xlsx(@PathParam("id") long id) {
        return download(id, "xlsx", XLSX);
    }

    private Response download(long id, String kind, String type) {
        byte[] file = reports.file(id, kind);
        if (file == null) {
            throw new NotFoundException();
        }
        return Response.ok(file, type)
                .header("Content-Disposition", "attachment; filename=\"bericht-" + id + "." + kind + "\"").build();
    }
}
