package de.kundenstimme.platform.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health without login, the browser's protective headers, request ids and the login throttle. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void backToTheRealTime() {
        Api.as(base, "admin").resetClock();
    }

    @Test
    void healthAnswersWithoutLoginAndSaysNothingElse() throws Exception {
        HttpResponse<String> live = get("api/health/live");
        HttpResponse<String> ready = get("api/health/ready");

        assertEquals(200, live.statusCode(), live.body());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\":\"UP\"") && ready.body().contains("\"migrations\":\"UP\""), ready.body());
        assertFalse(ready.body().contains("jdbc"), "no connection details: " + ready.body());
    }

    @Test
    void pagesAndTheApiCarryProtectiveHeadersAndARequestId() throws Exception {
        for (String path : List.of("login.xhtml", "api/v1/complaints")) {
            var headers = path.startsWith("api") ? Api.as(base, "handler.service").get("complaints").response().headers()
                    : get(path).headers();

            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), path);
            assertTrue(headers.firstValue("X-Request-Id").orElse("").length() >= 8, path);
        }
        assertNotEquals(get("login.xhtml").headers().firstValue("X-Request-Id"),
                get("login.xhtml").headers().firstValue("X-Request-Id"), "every request its own id");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        String cookie = get("login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();

        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void fiveWrongPasswordsLockTheNameForAWhileButNoOneElse() {
        Api guesser = Api.as(base, "handler.abrechnung", "geraten");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, guesser.get("complaints").status(), "attempt " + attempt);
        }

        Api.Reply locked = Api.as(base, "handler.abrechnung").get("complaints");
        assertEquals(429, locked.status(), "even the right password waits now: " + locked.body());
        assertEquals("900", locked.header("Retry-After"));
        assertEquals(200, Api.as(base, "handler.service").get("complaints").status(), "other users work on");

        Api.as(base, "admin").travelTo(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1));
        assertEquals(200, Api.as(base, "handler.abrechnung").get("complaints").status(), "the lock runs out");
    }

    @Test
    void refusedApiCallsLeaveNoErrorInTheServerLog() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long before = alreadyCommittedErrors(log);

        assertEquals(401, Api.anonymous(base).get("complaints").status());
        assertEquals(401, Api.as(base, "handler.logistik", "falsch").post("complaints", "{\"subject\":\"x\"}").status());
        Api guesser = Api.as(base, "handler.abrechnung", "geraten");
        for (int attempt = 1; attempt <= 5; attempt++) {
            guesser.get("complaints");
        }
        assertEquals(429, Api.as(base, "handler.abrechnung").get("complaints").status());

        assertEquals(before, alreadyCommittedErrors(log), "no \"Response already committed\" after a 401 or 429");
        Api.as(base, "admin").travelTo(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1));
        assertEquals(200, Api.as(base, "handler.abrechnung").get("complaints").status(), "the lock ends for the other tests");
    }

    private static long alreadyCommittedErrors(Path log) throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains("UT010019")).count();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
