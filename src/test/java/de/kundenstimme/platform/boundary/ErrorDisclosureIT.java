package de.kundenstimme.platform.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever goes wrong, no answer tells an attacker how the application is built: provoked errors
 * on the API and the pages answer without a stack trace, class names or SQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorDisclosureIT {

    /** What a leaked exception, stack trace or SQL error would show. */
    private static final List<String> GIVEAWAYS = List.of("Exception", "at de.", "at org.", "at java.", "Caused by",
            "SQL", "org.hibernate", "jakarta.persistence", "de.kundenstimme", "MariaDB", "WFLY", "UT0");
    /**
     * Named on every page (PrimeFaces' map of error pages) and in Faces' AJAX answer to an unknown
     * view state, so the browser can show the "session expired" page: protocol, not a leak.
     */
    private static final String VIEW_EXPIRED = "jakarta.faces.application.ViewExpiredException";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void brokenApiCallsAnswerWithoutInternals() {
        Api handler = Api.as(base, "handler.service");
        Map<String, Function<Api, Api.Reply>> calls = new LinkedHashMap<>();
        calls.put("malformed JSON", api -> api.post("complaints", "{\"subject\": \"ohne Ende"));
        calls.put("JSON array for an object", api -> api.post("complaints", "[1,2,3]"));
        calls.put("wrong types", api -> api.post("complaints", "{\"priority\":5,\"channel\":[],\"customer\":\"x\"}"));
        calls.put("unknown enum", api -> api.post("complaints", "{\"channel\":\"' OR 1=1 --\"}"));
        calls.put("huge number", api -> api.post("complaints", "{\"customer\":{\"customerId\":99999999999999999999999999}}"));
        calls.put("huge id in the path", api -> api.get("letters/99999999999999999999999999"));
        calls.put("text for an id", api -> api.get("letters/abc"));
        calls.put("unknown case", api -> api.get("complaints/BE-2026-999999"));
        calls.put("SQL in the case number", api -> api.get("complaints/BE-2026-0%27%20OR%201=1--"));
        calls.put("SQL in a query parameter", api -> api.get("complaints?status=%27%3B%20DROP%20TABLE%20complaint%3B--"));
        calls.put("huge page size", api -> api.get("complaints?limit=99999999999999999999"));
        calls.put("broken date", api -> api.get("letters/post-batch?date=2026-13-45"));
        calls.put("wrong method", api -> api.send(api.request("complaints").DELETE()));
        calls.put("wrong content type", api -> api.send(api.request("complaints").header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<complaint/>"))));
        calls.put("invalid UTF-8", api -> api.send(api.request("complaints").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{'{', '"', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))));
        calls.put("wrong If-Match", api -> api.post("complaints/BE-2026-000001/transitions", "{\"action\":\"START\"}", "\"x' OR '1\""));
        calls.put("unknown endpoint", api -> api.get("nirgendwo/../../WEB-INF/web.xml"));

        List<String> leaks = new ArrayList<>();
        calls.forEach((what, call) -> {
            Api.Reply reply = call.apply(handler);
            check(what, reply.status(), reply.body(), leaks);
        });
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    @Test
    void brokenPageRequestsAnswerWithoutInternals() {
        PageClient handler = PageClient.signedIn(base, "handler.service");
        PageClient manager = PageClient.signedIn(base, "manager.service");
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("unknown case", handler.get("complaint/case.xhtml?caseNumber=BE-2026-999999"));
        answers.put("SQL as case number", handler.get("complaint/case.xhtml?caseNumber=%27%20OR%201%3D1%20--"));
        answers.put("text as letter id", handler.get("correspondence/letter.xhtml?id=abc"));
        answers.put("huge letter id", handler.get("correspondence/letter.xhtml?id=99999999999999999999999"));
        answers.put("letter PDF of text", handler.get("correspondence/letter.pdf?id=%3Cscript%3E"));
        answers.put("attachment of text", handler.get("complaint/attachment?id=1%20OR%201=1"));
        answers.put("broken dates", manager.get("reporting/dashboard.xhtml?from=2026-99-99&to=gestern&department=%27"));
        answers.put("broken drill-down", manager.get("reporting/cases.xhtml?from=x&to=y&channel=PIGEON&category=%27"));
        answers.put("unknown list scope", handler.get("complaint/list.xhtml?scope=%3Cscript%3E"));
        answers.put("unknown page", handler.get("complaint/nirgendwo.xhtml"));
        answers.put("Facelets source", handler.get("WEB-INF/templates/main.xhtml"));
        Map<String, String> capture = Map.of("capture", "capture", "capture:save", "capture:save");
        answers.put("forged view state", handler.post("complaint/capture.xhtml",
                with(capture, "jakarta.faces.ViewState", "<script>alert(1)</script>")));
        answers.put("view state of garbage", handler.post("complaint/capture.xhtml",
                with(capture, "jakarta.faces.ViewState", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==")));
        answers.put("ajax with a forged view state", handler.post("complaint/list.xhtml",
                with(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "x"), "jakarta.faces.ViewState", "1:2")));
        answers.put("survey with a forged token", PageClient.anonymous(base).get("public/survey.xhtml?token=%27%3B--%3Cb%3E"));

        List<String> leaks = new ArrayList<>();
        answers.forEach((what, answer) -> check(what, answer.statusCode(), answer.body(), leaks));
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    /** The not-found page needs nobody signed in: anonymous callers get it as signed-in ones do, in German. */
    @Test
    void unknownPagesAnswerNotFoundToAnonymousAndSignedInCallers() {
        Map<String, PageClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", PageClient.anonymous(base));
        callers.put("handler", PageClient.signedIn(base, "handler.service"));
        List<String> wrong = new ArrayList<>();
        callers.forEach((who, pages) -> {
            for (String path : List.of("gibt-es-nicht.xhtml", "foo")) {
                HttpResponse<String> answer = pages.get(path);
                if (answer.statusCode() != 404 || !answer.body().contains("Nicht gefunden")) {
                    wrong.add(who + " " + path + ": " + answer.statusCode() + " " + abbreviated(answer.body(), "<title>"));
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * Faces renders the error pages and refuses PATCH with 400: a PATCH that failed in the container
     * (the password check while the database was away) told the client its request was wrong.
     */
    @Test
    void theErrorPageOfAFailedPatchKeepsTheFailuresStatus() {
        URI unknown = URI.create(base.toString().replaceAll("/?$", "/")).resolve("foo");

        HttpResponse<String> answer = PageClient.anonymous(base)
                .send(HttpRequest.newBuilder(unknown).method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));

        assertEquals(501, answer.statusCode(), "the default servlet knows no PATCH: " + answer.body());
        assertTrue(answer.body().contains("– Kundenstimme</title>"), "the application's error page: " + answer.body());
    }

    @Test
    void aFailedAjaxActionAnswersWithoutInternals() {
        // A bar the chart does not have: the drill-down fails on the server.
        Map<String, String> bar = PageClient.event("charts:volumeChart", "itemSelect", "@none");
        bar.put("itemIndex", "999");
        bar.put("dataSetIndex", "0");

        HttpResponse<String> answer = PageClient.signedIn(base, "manager.service").submit("reporting/dashboard.xhtml", bar);

        List<String> leaks = new ArrayList<>();
        check("a failed AJAX action", answer.statusCode(), answer.body(), leaks);
        assertEquals(List.of(), leaks);
        assertTrue(answer.body().contains("<error>") && answer.body().contains("Ein Fehler ist aufgetreten"),
                "an AJAX error the page can show: " + answer.body());
    }

    private static void check(String what, int status, String body, List<String> leaks) {
        if (status >= 500) {
            leaks.add(what + ": status " + status);
        }
        String shown = body.replace(VIEW_EXPIRED, "");
        GIVEAWAYS.stream().filter(shown::contains).forEach(giveaway -> leaks.add(what + " (" + status + ") shows \""
                + giveaway + "\": " + abbreviated(shown, giveaway)));
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(name, value);
        return all;
    }

    private static String abbreviated(String body, String around) {
        int at = body.indexOf(around);
        return body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 120)).replaceAll("\\s+", " ");
    }
}
