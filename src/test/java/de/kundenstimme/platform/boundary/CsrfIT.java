package de.kundenstimme.platform.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.PageClient;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forged requests change nothing: a form post needs the view state the server handed to this
 * session (Faces keeps the state on the server under a random id), and the API never takes the
 * session cookie for a login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aFormPostWithoutOrWithAForgedViewStateChangesNothing() {
        String casePage = "complaint/case.xhtml?caseNumber="
                + captured(Api.as(base, "handler.service"), capture("Fälschung prüfen")).getString("caseNumber");
        PageClient handler = PageClient.signedIn(base, "handler.service");

        HttpResponse<String> missing = handler.post(casePage, note("Notiz ohne Ansichtszustand"));
        Map<String, String> forged = note("Notiz mit gefälschtem Ansichtszustand");
        forged.put("jakarta.faces.ViewState", "-4711:1234567890123456789");
        HttpResponse<String> forgedAnswer = handler.post(casePage, forged);
        Map<String, String> foreign = note("Notiz mit dem Ansichtszustand einer anderen Sitzung");
        foreign.put("jakarta.faces.ViewState", PageClient.signedIn(base, "handler.service2").viewState(casePage));
        HttpResponse<String> foreignAnswer = handler.post(casePage, foreign);
        HttpResponse<String> genuine = handler.submit(casePage, note("Echte Notiz"));

        String shown = handler.get(casePage).body();
        assertFalse(shown.contains("Notiz ohne Ansichtszustand"), "missing view state: " + missing.statusCode());
        assertFalse(shown.contains("gefälschtem Ansichtszustand"), "forged view state: " + forgedAnswer.statusCode());
        assertFalse(shown.contains("einer anderen Sitzung"), "another session's view state: " + foreignAnswer.statusCode());
        assertEquals(200, genuine.statusCode());
        assertTrue(shown.contains("Echte Notiz"), "the same post with the page's own view state is taken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/complaints", "/api/v1/complaints", "api//v1/complaints", "./api/v1/complaints"})
    void theSessionCookieAloneOpensNoApiCall(String path) {
        PageClient signedIn = PageClient.signedIn(base, "handler.service");
        URI api = URI.create(base.toString().replaceAll("/$", "") + "/" + path);
        String capture = capture("Per Sitzungscookie untergeschoben").build().toString();

        HttpResponse<String> captured = signedIn.send(HttpRequest.newBuilder(api)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(capture)));
        HttpResponse<String> listed = signedIn.send(HttpRequest.newBuilder(api).GET());

        assertEquals(401, captured.statusCode(), api + ": " + captured.body());
        assertEquals(401, listed.statusCode(), api + ": " + listed.body());
        assertEquals(200, signedIn.get("complaint/list.xhtml").statusCode(), "the cookie is a valid page session");
    }

    /**
     * The case screen's dialogs are on the page, empty, until a row button (an action, "Erledigt",
     * "Freigeben") fills them: their confirm button posted alone is refused and changes nothing.
     */
    @Test
    void aDialogConfirmedWithoutTheButtonThatOpensItChangesNothing() {
        Api api = Api.as(base, "handler.service");
        String caseNumber = captured(api, capture("Dialog ohne Auswahl")).getString("caseNumber");
        Api.Reply step = api.post("complaints/" + caseNumber + "/steps", "{\"description\":\"Rückruf\"}");
        Api.Reply goodwill = api.post("complaints/" + caseNumber + "/goodwill",
                "{\"kind\":\"REFUND\",\"amount\":400,\"description\":\"Erstattung\"}");
        assertEquals(201, step.status(), step.body());
        assertEquals(201, goodwill.status(), goodwill.body());
        String casePage = "complaint/case.xhtml?caseNumber=" + caseNumber;

        for (PageClient pages : List.of(PageClient.signedIn(base, "handler.service"), PageClient.signedIn(base, "manager.service"))) {
            for (String dialogButton : List.of("actionForm:confirm", "stepForm:confirmStep", "goodwillForm:confirmDecision")) {
                HttpResponse<String> answer = pages.submit(casePage, PageClient.pressed(dialogButton));
                assertEquals(200, answer.statusCode(), dialogButton + ": " + answer.body());
                assertFalse(answer.body().contains("<error>"), dialogButton + ": " + answer.body());
                assertTrue(answer.body().contains("Bitte wählen Sie zuerst die Aktion, die Maßnahme oder die Kulanz aus"),
                        dialogButton + ": " + answer.body());
            }
        }

        JsonObject after = api.get("complaints/" + caseNumber).json();
        assertEquals("NEW", after.getString("status"));
        assertEquals("OPEN", after.getJsonArray("steps").getJsonObject(0).getString("state"));
        assertEquals("PROPOSED", after.getJsonArray("goodwill").getJsonObject(0).getString("status"));
    }

    /** The case screen's note, as PrimeFaces sends it when the button is pressed. */
    static Map<String, String> note(String text) {
        Map<String, String> fields = PageClient.pressed("case:addNote", "case:addNote case:noteKind case:noteText", "case");
        fields.put("case:noteKind_input", "NOTE");
        fields.put("case:noteText", text);
        return fields;
    }
}
