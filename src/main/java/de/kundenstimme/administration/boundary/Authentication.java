package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.LoginThrottle;
import de.kundenstimme.administration.control.VerifiedCredentials;
import de.kundenstimme.platform.boundary.ApiLocale;
import de.kundenstimme.platform.boundary.Problem;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.DatabaseOutage;
import de.kundenstimme.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both doors: the REST API takes HTTP Basic, the pages a form login.
 * Jakarta Security allows one mechanism per application, so this one chooses by path.
 * Only the pages keep the login in the session: the API is stateless and every request's own
 * credentials decide, so a session cookie can never stand in for (or override) them.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/KundenstimmeDS",
        callerQuery = "select password_hash from app_user where username = ? and active = true",
        groupsQuery = "select r.role from user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Iterations=3072",
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes=16",
                "Pbkdf2PasswordHash.KeySizeBytes=32"})
public class Authentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String ORIGINAL_REQUEST = "kundenstimme.originalRequest";
    private static final String API_SERVLET_PATH = "/api";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedCredentials verifiedCredentials;

    @Inject
    BusinessTime time;

    @Inject
    Messages messages;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential given = context.getAuthParameters().getCredential();
        if (given != null) {
            return validate(given, context);
        }
        if (isApi(request)) {
            return validateBasic(request, response, context);
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            return continueSession(signedIn, context);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus validate(Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = checkUnlessThrottled(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            return context.notifyContainerAboutLogin(result);
        }
        // No sendError here: the login page itself tells the user, in their language.
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The page login of this session, applied again to this request. */
    private static AuthenticationStatus continueSession(Principal signedIn, HttpMessageContext context) {
        try {
            context.getHandler().handle(new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus validateBasic(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decodeBasic(header.substring(6).strip());
            if (credential != null && throttle.isLocked(credential.getCaller(), time.now())) {
                return tooManyFailures(request, response, context);
            }
            if (credential != null) {
                CredentialValidationResult result;
                try {
                    result = recallOrCheck(credential);
                } catch (RuntimeException failure) {
                    if (!DatabaseOutage.explains(failure)) {
                        throw failure;
                    }
                    return databaseUnavailable(request, response, context, failure);
                }
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Kundenstimme\"");
        return unauthorizedProblem(request, response, context);
    }

    private CredentialValidationResult recallOrCheck(UsernamePasswordCredential credential) {
        CredentialValidationResult result = verifiedCredentials.recall(credential);
        if (result == null) {
            result = checkUnlessThrottled(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                verifiedCredentials.remember(credential, result);
            }
        }
        return result;
    }

    /**
     * The identity store reads the database: while it is away the caller gets the API's 503 problem
     * here, before JAX-RS, instead of the pages' HTML error page.
     */
    private AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, RuntimeException failure) {
        DatabaseOutage.logAnswered(failure);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
        return problem(request, response, context, Response.Status.SERVICE_UNAVAILABLE,
                messages.text(ApiLocale.of(request), "api.problem.unavailable"));
    }

    /**
     * Asks the identity store unless the user name is locked after too many failures, and keeps
     * the throttle's count of failures up to date.
     */
    private CredentialValidationResult checkUnlessThrottled(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return identityStore.validate(credential);
        }
        String caller = password.getCaller();
        if (throttle.isLocked(caller, time.now())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.recordSuccess(caller);
        } else {
            throttle.recordFailure(caller, time.now());
        }
        return result;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorizedProblem(HttpServletRequest request, HttpServletResponse response,
                                                            HttpMessageContext context) {
        return problem(request, response, context, Response.Status.UNAUTHORIZED, "Valid credentials are required.");
    }

    private static AuthenticationStatus tooManyFailures(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(LoginThrottle.LOCK.toSeconds()));
        return problem(request, response, context, Response.Status.TOO_MANY_REQUESTS,
                "Too many failed logins for this user; try again later.");
    }

    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context, Response.Status status, String detail) {
        try {
            response.setStatus(status.getStatusCode());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.json(status, detail));
            // The exchange must be complete (request read, response closed): otherwise the container
            // sends its HTML error page after this answer and logs "Response already committed".
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
            response.getWriter().close();
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String loginPage = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return partialRedirect(response, loginPage, context);
        }
        String query = request.getQueryString();
        String original = request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
        request.getSession().setAttribute(ORIGINAL_REQUEST, original);
        return context.redirect(loginPage);
    }

    /** An expired session during an AJAX request: Faces expects its own redirect answer, not a 302. */
    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url, HttpMessageContext context) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            return context.redirect(url);
        }
    }

    /**
     * By the servlet the container matched, not by the raw URI: "/kundenstimme//api/..." reaches
     * the API too and must not pass for a page that continues the session.
     */
    private static boolean isApi(HttpServletRequest request) {
        return API_SERVLET_PATH.equals(request.getServletPath());
    }
}
