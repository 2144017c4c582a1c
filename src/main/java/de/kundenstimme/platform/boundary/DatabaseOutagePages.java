package de.kundenstimme.platform.boundary;

import de.kundenstimme.platform.control.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;

import java.io.IOException;

/**
 * While the database is away a page answers 503 with the error page saying so, and the log gets
 * one line instead of a stack trace. Every other failure goes on to the container as before: the
 * 500 page, logged with its trace. Registered in web.xml after {@link RequestIds}, so the line
 * carries the request id.
 */
public class DatabaseOutagePages extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseOutage.explains(failure)) {
                throw failure;
            }
            DatabaseOutage.logAnswered(failure);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
