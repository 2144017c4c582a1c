package de.kundenstimme.presentation.intake;

import de.kundenstimme.complaint.boundary.CaseNotFound;
import de.kundenstimme.intake.boundary.Attachments;
import de.kundenstimme.intake.entity.ComplaintAttachment;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads a customer's attachment from the case screen (under /complaint/*, so only handlers
 * and managers get here, and only for cases of their department). Always as a download, never
 * shown inline: a file from outside must not run as a page of ours.
 */
@WebServlet("/complaint/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            ComplaintAttachment attachment = attachments.forDownload(Long.parseLong(id));
            byte[] content = attachment.getContent();
            response.setContentType("application/octet-stream");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(attachment.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setContentLength(content.length);
            response.getOutputStream().write(content);
        } catch (CaseNotFound notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
