package de.kundenstimme.presentation.reporting;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.reporting.boundary.LeadershipReports;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * An archived report's PDF or XLSX for the signed-in executive's browser (report.pdf?id=,
 * report.xlsx?id=): the REST API takes only its own credentials, never the page login.
 */
@WebServlet(urlPatterns = {"/reporting/report.pdf", "/reporting/report.xlsx"})
public class ReportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient LeadershipReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getServletPath().endsWith(".pdf") ? "pdf" : "xlsx";
        byte[] file;
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
            file = reports.file(id, kind);
        } catch (NumberFormatException | InvalidInput e) {
            file = null;
            id = 0;
        } catch (AccessDenied e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("pdf".equals(kind) ? "application/pdf" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"bericht-" + id + "." + kind + "\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
