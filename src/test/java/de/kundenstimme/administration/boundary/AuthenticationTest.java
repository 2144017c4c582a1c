package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.LoginThrottle;
import de.kundenstimme.administration.control.VerifiedCredentials;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.Messages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.resource.ResourceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's password check while the identity store cannot reach the database: before JAX-RS, so
 * no exception mapper helps there. It answered the pages' HTML error page with 500, and a PATCH
 * even 400 (Faces renders that page and refuses the method).
 */
class AuthenticationTest {

    private static final String USER = "handler.service";

    private final Authentication authentication = new Authentication();
    private final Answer answer = new Answer();

    AuthenticationTest() {
        authentication.throttle = new LoginThrottle();
        authentication.verifiedCredentials = new VerifiedCredentials();
        authentication.time = new BusinessTime();
        authentication.messages = new Messages();
    }

    @Test
    void aDatabaseOutageAnswers503ProblemWithRetryAfterInTheCallersLanguage() {
        authentication.identityStore = failingWith(databaseAway());

        AuthenticationStatus status = authentication.validateRequest(apiRequest("PATCH", "de-DE,de;q=0.9"),
                answer.response(), context());

        assertEquals(AuthenticationStatus.SEND_FAILURE, status);
        assertEquals(503, answer.status);
        assertEquals("application/problem+json", answer.contentType);
        assertEquals("30", answer.headers.get("Retry-After"));
        JsonObject problem = Json.createReader(new StringReader(answer.body.toString())).readObject();
        assertEquals(503, problem.getInt("status"));
        assertEquals("Service Unavailable", problem.getString("title"));
        assertTrue(problem.getString("detail").startsWith("Die Datenbank ist vorübergehend nicht erreichbar"), problem.toString());
        assertFalse(answer.body.toString().contains("SQL") || answer.body.toString().contains("java."), answer.body.toString());
    }

    @Test
    void withoutGermanInAcceptLanguageTheProblemIsEnglish() {
        authentication.identityStore = failingWith(databaseAway());

        authentication.validateRequest(apiRequest("GET", null), answer.response(), context());

        assertEquals(503, answer.status);
        assertTrue(answer.body.toString().contains("The database is unavailable for the moment"), answer.body.toString());
    }

    @Test
    void anOutageIsNoFailedLoginForTheThrottle() {
        authentication.identityStore = failingWith(databaseAway());

        for (int attempt = 0; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
            authentication.validateRequest(apiRequest("GET", null), new Answer().response(), context());
        }

        assertFalse(authentication.throttle.isLocked(USER, Instant.now()));
    }

    @Test
    void anyOtherFailureOfTheIdentityStoreStaysAFault() {
        IllegalStateException bug = new IllegalStateException("misconfigured query");
        authentication.identityStore = failingWith(bug);

        assertSame(bug, assertThrows(IllegalStateException.class,
                () -> authentication.validateRequest(apiRequest("GET", null), answer.response(), context())));
    }

    /**
     * The chain WildFly's identity store threw while MariaDB was killed (Soteria's
     * IdentityStoreConfigurationException is a RuntimeException), down to the driver's failure.
     */
    private static RuntimeException databaseAway() {
        ResourceException pool = new ResourceException("IJ000453: Unable to get managed connection",
                new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306. Connection refused"));
        return new RuntimeException(pool.toString(), new SQLException(pool.toString(), pool));
    }

    private static IdentityStoreHandler failingWith(RuntimeException failure) {
        return credential -> {
            throw failure;
        };
    }

    private static HttpServletRequest apiRequest(String method, String acceptLanguage) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", basic));
        if (acceptLanguage != null) {
            headers.put("Accept-Language", acceptLanguage);
        }
        List<Locale> locales = acceptLanguage == null ? List.of(Locale.GERMANY)
                : Locale.LanguageRange.parse(acceptLanguage).stream().map(r -> Locale.forLanguageTag(r.getRange())).toList();
        return fake(HttpServletRequest.class, Map.of(
                "getMethod", args -> method,
                "getHeader", args -> headers.get((String) args[0]),
                "getLocales", args -> Collections.enumeration(locales),
                "getServletPath", args -> "/api",
                "getInputStream", args -> new EmptyBody()));
    }

    private static HttpMessageContext context() {
        return fake(HttpMessageContext.class, Map.of(
                "getAuthParameters", args -> AuthenticationParameters.withParams(),
                "isProtected", args -> true));
    }

    /** Only the methods named answer; any other call fails the test, so nothing is answered by chance. */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> methods) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = methods.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answer.apply(args);
        });
    }

    /** What the mechanism wrote. */
    private static final class Answer {

        private final Map<String, String> headers = new HashMap<>();
        private final StringWriter body = new StringWriter();
        private final PrintWriter writer = new PrintWriter(body);
        private int status;
        private String contentType;

        HttpServletResponse response() {
            return fake(HttpServletResponse.class, Map.of(
                    "setStatus", args -> status = (int) args[0],
                    "setContentType", args -> contentType = (String) args[0],
                    "setCharacterEncoding", args -> null,
                    "setHeader", args -> headers.put((String) args[0], (String) args[1]),
                    "getWriter", args -> writer));
        }
    }

    private static final class EmptyBody extends ServletInputStream {

        @Override
        public boolean isFinished() {
            return true;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the mechanism reads blocking");
        }

        @Override
        public int read() {
            return -1;
        }
    }
}
