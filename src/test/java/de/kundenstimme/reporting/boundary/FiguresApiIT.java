package de.kundenstimme.reporting.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/figures: who may ask for which department, the period's validation, aggregates only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
    private static final String LAST_150_DAYS = "figures?from=" + TODAY.minusDays(150) + "&to=" + TODAY;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void executivesGetTheCompanyAndEachDepartmentAndTheyAddUp() {
        Api executive = Api.as(base, "executive");
        Api.Reply company = executive.get(LAST_150_DAYS);

        assertEquals(200, company.status(), company.body());
        JsonObject figures = company.json();
        assertTrue(figures.getInt("received") > 0, "the demo data has complaints: " + company.body());
        assertFalse(figures.containsKey("department"), "no department: the whole company");
        long sum = 0;
        for (JsonValue row : figures.getJsonArray("byDepartment")) {
            String department = row.asJsonObject().getString("key");
            Api.Reply one = executive.get(LAST_150_DAYS + "&department=" + URLEncoder.encode(department, StandardCharsets.UTF_8));
            assertEquals(200, one.status(), one.body());
            assertEquals(department, one.json().getString("department"));
            assertEquals(row.asJsonObject().getInt("cases"), one.json().getInt("received"), department);
            sum += one.json().getInt("received");
        }
        assertEquals(figures.getInt("received"), sum, "departments add up to the company");
    }

    @Test
    void ratesComeWithTheirCountsAndTimesWithMedianAndPercentile() {
        JsonObject figures = Api.as(base, "executive").get(LAST_150_DAYS).json();

        JsonObject acknowledged = figures.getJsonObject("acknowledgedInTime");
        assertTrue(acknowledged.getInt("of") > 0, figures.toString());
        assertTrue(acknowledged.containsKey("percent"), acknowledged.toString());
        assertTrue(figures.getJsonObject("resolutionDays").containsKey("median"), figures.toString());
        assertEquals(figures.getInt("received"), figures.getJsonArray("byChannel").stream()
                .mapToInt(v -> v.asJsonObject().getInt("cases")).sum());
        assertEquals(5, figures.getJsonArray("backlogByAge").size());
        assertEquals(TODAY.toString(), figures.getString("asOf"), "dates as ISO strings");
    }

    @Test
    void theFiguresHoldNoPersonalData() {
        String body = Api.as(base, "executive").get(LAST_150_DAYS).body();

        assertFalse(body.contains("@example.de"), "no customer e-mail");
        assertFalse(body.contains("BE-20"), "no case number");
        assertFalse(body.contains("handler."), "no user");
    }

    @Test
    void managersSeeTheirOwnDepartmentOnly() {
        Api manager = Api.as(base, "manager.service");

        Api.Reply own = manager.get(LAST_150_DAYS);
        assertEquals(200, own.status(), own.body());
        assertEquals("SERVICE", own.json().getString("department"));
        assertEquals(own.json().getInt("received"), manager.get(LAST_150_DAYS + "&department=SERVICE").json().getInt("received"));
        Api.Reply other = manager.get(LAST_150_DAYS + "&department=LOGISTIK");
        assertEquals(403, other.status(), other.body());
        assertTrue(other.contentType().startsWith("application/problem+json"), other.contentType());
    }

    @Test
    void handlersAdminsAndStrangersGetNoFigures() {
        assertEquals(403, Api.as(base, "handler.service").get(LAST_150_DAYS).status());
        assertEquals(403, Api.as(base, "admin").get(LAST_150_DAYS).status());
        assertEquals(401, Api.anonymous(base).get(LAST_150_DAYS).status());
    }

    @Test
    void aBrokenPeriodIsRefusedWithTheFieldsNamed() {
        Api executive = Api.as(base, "executive");

        Api.Reply missing = executive.get("figures?from=2026-01-01");
        assertEquals(400, missing.status(), missing.body());
        assertEquals("to", missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply malformed = executive.get("figures?from=01.01.2026&to=2026-13-01");
        assertEquals(400, malformed.status());
        assertEquals(2, malformed.json().getJsonArray("errors").size());
        assertEquals(400, executive.get("figures?from=2026-02-01&to=2026-01-01").status());
        assertEquals(400, executive.get("figures?from=1990-01-01&to=2026-01-01").status());
        Api.Reply hostile = executive.get("figures?from=2026-01-01&to=2026-01-31&department=%27%20OR%201%3D1--");
        assertEquals(400, hostile.status(), hostile.body());
        assertTrue(hostile.body().contains("department"), hostile.body());
    }

    @Test
    void anEmptyPeriodHasZeroesAndNoRates() {
        JsonObject empty = Api.as(base, "executive").get("figures?from=2001-01-01&to=2001-01-31").json();

        assertEquals(0, empty.getInt("received"));
        assertFalse(empty.getJsonObject("escalated").containsKey("percent") && !empty.getJsonObject("escalated").isNull("percent"),
                "no rate without cases: " + empty);
        assertEquals(0, empty.getJsonNumber("goodwillTotal").bigDecimalValue().signum());
    }
}
