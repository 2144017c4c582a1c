package de.kundenstimme.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * The error pages are Faces views, and Faces refuses PATCH (and any method it does not know) with
 * 400: a PATCH that failed in the container, e.g. in the password check, told the client that its
 * request was wrong. The error page is read as a GET then; the status stays the failure's.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/*", dispatcherTypes = DispatcherType.ERROR, asyncSupported = true)
public class ErrorPageMethod extends HttpFilter {

    private static final Set<String> RENDERED_BY_FACES = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (RENDERED_BY_FACES.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, response);
        }
    }
}
