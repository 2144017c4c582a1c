package de.kundenstimme.presentation.correspondence;

import de.kundenstimme.complaint.boundary.NotPermitted;
import de.kundenstimme.correspondence.boundary.LetterNotFound;
import de.kundenstimme.correspondence.boundary.Letters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The PDFs for the browser: a letter's preview or archived copy (letter.pdf?id=) and the day's
 * post batch (post-batch.pdf?date=), under /correspondence, which only case workers reach.
 */
@WebServlet(urlPatterns = {"/correspondence/letter.pdf", "/correspondence/post-batch.pdf"})
public class LetterPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Letters letters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        String fileName;
        try {
            if (request.getServletPath().endsWith("post-batch.pdf")) {
                String date = request.getParameter("date");
                LocalDate day = date == null || date.isBlank() ? letters.today() : LocalDate.parse(date);
                pdf = letters.postBatch(day);
                fileName = "post-" + day + ".pdf";
            } else {
                long id = Long.parseLong(request.getParameter("id"));
                pdf = letters.pdf(id);
                fileName = Letters.fileName(letters.find(id));
            }
        } catch (NumberFormatException | DateTimeParseException | LetterNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotPermitted e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
