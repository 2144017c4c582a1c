package de.kundenstimme.presentation.privacy;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.privacy.boundary.CustomerPrivacy;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.NotFoundException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The customer's export for the admin's browser (customer-export.json|pdf?customer=), under /admin,
 * which only admins reach with their session: the REST API takes no session.
 */
@WebServlet(urlPatterns = {"/admin/customer-export.json", "/admin/customer-export.pdf"})
public class CustomerExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CustomerPrivacy privacy;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean pdf = request.getServletPath().endsWith(".pdf");
        byte[] content;
        long customerId;
        try {
            customerId = Long.parseLong(request.getParameter("customer"));
            content = pdf ? privacy.exportPdf(customerId)
                    : privacy.export(customerId).toString().getBytes(StandardCharsets.UTF_8);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDenied e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(pdf ? "application/pdf" : "application/json;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"auskunft-kunde-" + customerId + (pdf ? ".pdf" : ".json") + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
