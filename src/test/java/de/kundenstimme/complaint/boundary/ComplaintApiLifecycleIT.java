package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.action;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.assertInvalid;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.assertProblem;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.repeat;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.transition;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.transitioned;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST .../transitions and the resolution steps: the lifecycle of DOMAIN.md, optimistic locking
 * with ETag/If-Match, and concurrent changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintApiLifecycleIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    /** A new SERVICE case: its case number and ETag. */
    private record Case(String caseNumber, String etag) {
    }

    private Case newCase(Api api) {
        Api.Reply reply = api.post("complaints", capture("Lebenslauf " + unique()).build().toString());
        assertEquals(201, reply.status(), reply.body());
        assertNotNull(reply.header("ETag"));
        return new Case(reply.json().getString("caseNumber"), reply.header("ETag"));
    }

    /** A new case moved to IN_PROGRESS; returns its current ETag. */
    private Case inProgress(Api api) {
        Case fresh = newCase(api);
        String etag = transitioned(api, fresh.caseNumber(), fresh.etag(), action("ACKNOWLEDGE"), "ACKNOWLEDGED");
        etag = transitioned(api, fresh.caseNumber(), etag, action("START"), "IN_PROGRESS");
        return new Case(fresh.caseNumber(), etag);
    }

    private Case resolved(Api api) {
        Case working = inProgress(api);
        String etag = transitioned(api, working.caseNumber(), working.etag(),
                action("RESOLVE").add("agreedSolution", "Austauschgerät versandt."), "RESOLVED");
        return new Case(working.caseNumber(), etag);
    }

    private static Set<String> actionsOf(JsonObject view) {
        return Set.copyOf(view.getJsonArray("availableActions").getValuesAs(JsonString::getString));
    }

    /** The case as GET shows it now, with the ETag of that state. */
    private static Api.Reply current(Api api, String caseNumber) {
        Api.Reply reply = api.get("complaints/" + caseNumber);
        assertEquals(200, reply.status(), reply.body());
        return reply;
    }

    private static void assertUnchanged(Api api, Case before, String expectedStatus) {
        Api.Reply now = current(api, before.caseNumber());
        assertEquals(expectedStatus, now.json().getString("status"), now.body());
        assertEquals(before.etag(), now.header("ETag"), "a refused change must not change the case");
    }

    @Test
    void walksTheLifecycleOfDomainMdStepByStep() {
        Api api = Api.as(base, "handler.service");
        Case fresh = newCase(api);
        String caseNumber = fresh.caseNumber();
        String[][] walk = {
                {"ACKNOWLEDGE", "ACKNOWLEDGED"}, {"START", "IN_PROGRESS"},
                {"WAIT_FOR_CUSTOMER", "WAITING_FOR_CUSTOMER"}, {"RESUME", "IN_PROGRESS"},
                {"WAIT_FOR_DEPARTMENT", "WAITING_FOR_DEPARTMENT"}, {"RESUME", "IN_PROGRESS"}};
        Set<String> seenTags = new java.util.HashSet<>(Set.of(fresh.etag()));
        String etag = fresh.etag();
        for (String[] step : walk) {
            etag = transitioned(api, caseNumber, etag, action(step[0]), step[1]);
            assertTrue(seenTags.add(etag), "every change gets a new ETag: " + etag);
        }
        assertEquals(Set.of("WAIT_FOR_CUSTOMER", "WAIT_FOR_DEPARTMENT", "RESOLVE", "REJECT"),
                actionsOf(current(api, caseNumber).json()));

        Api.Reply resolved = transition(api, caseNumber, etag,
                action("RESOLVE").add("agreedSolution", "Austauschgerät versandt, Abholung vereinbart."));

        assertEquals(200, resolved.status(), resolved.body());
        assertEquals("RESOLVED", resolved.json().getString("status"));
        assertEquals("Austauschgerät versandt, Abholung vereinbart.", resolved.json().getString("agreedSolution"));
        assertEquals(Set.of("CLOSE", "REOPEN"), actionsOf(resolved.json()));
        Api.Reply reread = current(api, caseNumber);
        assertEquals(resolved.header("ETag"), reread.header("ETag"));
        assertEquals(resolved.json(), reread.json(), "the stored case is what the transition answered");
        assertEquals(1, TestDatabase.historyCount(caseNumber, "RESOLVE"));
        assertEquals(2, TestDatabase.historyCount(caseNumber, "RESUME"));
    }

    @Test
    void closingWithoutAFinalAnswerIsAConflictAndTheCaseStaysResolved() {
        Api api = Api.as(base, "handler.service");
        Case resolved = resolved(api);

        Api.Reply reply = transition(api, resolved.caseNumber(), resolved.etag(), "CLOSE");

        JsonObject problem = assertProblem(409, reply);
        assertFalse(problem.getString("detail", "").isBlank(), reply.body());
        assertUnchanged(api, resolved, "RESOLVED");
        assertEquals(0, TestDatabase.historyCount(resolved.caseNumber(), "CLOSE"));
    }

    @Test
    void reopenAndRejectNeedAReason() {
        Api api = Api.as(base, "handler.service");
        Case resolved = resolved(api);

        for (JsonObjectBuilder withoutReason : List.of(action("REOPEN"), action("REOPEN").add("reason", "  \n "))) {
            Api.Reply refused = transition(api, resolved.caseNumber(), resolved.etag(), withoutReason);
            assertTrue(refused.status() == 400 || refused.status() == 409, refused.body());
            assertFalse(assertProblem(refused.status(), refused).getString("detail", "").isBlank());
            assertUnchanged(api, resolved, "RESOLVED");
        }
        String etag = transitioned(api, resolved.caseNumber(), resolved.etag(),
                action("REOPEN").add("reason", "Kunde meldet: Austauschgerät ebenfalls defekt."), "IN_PROGRESS");
        Case reopened = new Case(resolved.caseNumber(), etag);

        Api.Reply noReason = transition(api, reopened.caseNumber(), reopened.etag(), "REJECT");
        assertTrue(noReason.status() == 400 || noReason.status() == 409, noReason.body());
        assertUnchanged(api, reopened, "IN_PROGRESS");
        etag = transitioned(api, reopened.caseNumber(), reopened.etag(),
                action("REJECT").add("reason", "Schaden durch unsachgemäße Nutzung <b>laut Gutachten</b>."), "REJECTED");
        etag = transitioned(api, reopened.caseNumber(), etag,
                action("REOPEN").add("reason", "Gutachten widerlegt."), "IN_PROGRESS");

        assertEquals(2, TestDatabase.historyCount(reopened.caseNumber(), "REOPEN"));
        assertEquals(1, TestDatabase.historyCount(reopened.caseNumber(), "REJECT"));
        assertEquals(etag, current(api, reopened.caseNumber()).header("ETag"));
    }

    @Test
    void resolvingNeedsAnAgreedSolution() {
        Api api = Api.as(base, "handler.service");
        Case working = inProgress(api);

        for (JsonObjectBuilder body : List.of(action("RESOLVE"), action("RESOLVE").add("agreedSolution", " \t "))) {
            Api.Reply refused = transition(api, working.caseNumber(), working.etag(), body);

            assertTrue(refused.status() == 400 || refused.status() == 409, refused.body());
            assertFalse(assertProblem(refused.status(), refused).getString("detail", "").isBlank());
            assertUnchanged(api, working, "IN_PROGRESS");
        }
    }

    @Test
    void transitionsTheLifecycleDoesNotAllowAreConflictsThatChangeNothing() {
        Api api = Api.as(base, "handler.service");
        Case fresh = newCase(api);
        Case working = inProgress(api);
        List<String> forbiddenFromNew = List.of("START", "WAIT_FOR_CUSTOMER", "WAIT_FOR_DEPARTMENT", "RESUME", "RESOLVE",
                "CLOSE", "REJECT", "REOPEN");
        List<String> forbiddenFromInProgress = List.of("ACKNOWLEDGE", "START", "RESUME", "CLOSE", "REOPEN");

        for (String forbidden : forbiddenFromNew) {
            Api.Reply reply = transition(api, fresh.caseNumber(), fresh.etag(), action(forbidden)
                    .add("reason", "Grund").add("agreedSolution", "Lösung"));
            assertFalse(assertProblem(409, reply).getString("detail", "").isBlank(), forbidden);
        }
        for (String forbidden : forbiddenFromInProgress) {
            Api.Reply reply = transition(api, working.caseNumber(), working.etag(), action(forbidden)
                    .add("reason", "Grund").add("agreedSolution", "Lösung"));
            assertProblem(409, reply);
        }

        assertUnchanged(api, fresh, "NEW");
        assertUnchanged(api, working, "IN_PROGRESS");
        assertEquals(1, TestDatabase.historyCount(working.caseNumber(), "START"));
    }

    @Test
    void changesNeedTheCurrentETag() {
        Api api = Api.as(base, "handler.service");
        Case fresh = newCase(api);

        JsonObject missing = assertProblem(428, transition(api, fresh.caseNumber(), null, "ACKNOWLEDGE"));
        assertFalse(missing.getString("detail", "").isBlank());
        assertUnchanged(api, fresh, "NEW");
        assertProblem(400, transition(api, fresh.caseNumber(), "kein-etag", "ACKNOWLEDGE"));
        assertUnchanged(api, fresh, "NEW");

        String weak = "W/" + fresh.etag();
        String acknowledged = transitioned(api, fresh.caseNumber(), weak, action("ACKNOWLEDGE"), "ACKNOWLEDGED");
        assertNotEquals(fresh.etag(), acknowledged);

        JsonObject stale = assertProblem(412, transition(api, fresh.caseNumber(), fresh.etag(), "START"));
        assertFalse(stale.getString("detail", "").isBlank());
        assertUnchanged(api, new Case(fresh.caseNumber(), acknowledged), "ACKNOWLEDGED");
        transitioned(api, fresh.caseNumber(), acknowledged, action("START"), "IN_PROGRESS");
    }

    @Test
    void transitionRequestsAreValidated() {
        Api api = Api.as(base, "handler.service");
        Case working = inProgress(api);
        String path = "complaints/" + working.caseNumber() + "/transitions";

        assertInvalid(api.post(path, "{}", working.etag()), "action");
        assertProblem(400, api.post(path, "{\"action\":\"ESCALATE\"}", working.etag()));
        assertProblem(400, api.post(path, "{\"action\":", working.etag()));
        assertProblem(400, api.post(path, "", working.etag()));
        assertInvalid(transition(api, working.caseNumber(), working.etag(),
                action("REJECT").add("reason", repeat("Grund ", 5_001))), "reason");
        assertInvalid(transition(api, working.caseNumber(), working.etag(),
                action("RESOLVE").add("agreedSolution", repeat("Lösung ", 5_001))), "agreedSolution");
        assertProblem(404, transition(api, "BE-2026-999999", working.etag(), "START"));

        assertUnchanged(api, working, "IN_PROGRESS");
    }

    @Test
    void anAgreedSolutionAtItsLimitIsStoredExactly() {
        Api api = Api.as(base, "handler.service");
        Case working = inProgress(api);
        String solution = repeat("Gutschrift 15 € <b>&amp;</b> '; -- ", 5_000).strip();

        transitioned(api, working.caseNumber(), working.etag(), action("RESOLVE").add("agreedSolution", solution),
                "RESOLVED");

        assertEquals(solution, current(api, working.caseNumber()).json().getString("agreedSolution"));
    }

    @Test
    void twoClientsWithTheSameETagOnlyOneWinsAndTheOtherGets412() throws Exception {
        Api first = Api.as(base, "handler.service");
        Api second = Api.as(base, "handler.service2");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                Case fresh = newCase(first);
                List<Api.Reply> replies = race(pool, () -> transition(first, fresh.caseNumber(), fresh.etag(), "ACKNOWLEDGE"),
                        () -> transition(second, fresh.caseNumber(), fresh.etag(), "ACKNOWLEDGE"));

                assertOneWinnerOneStale(replies);
                assertEquals(1, TestDatabase.historyCount(fresh.caseNumber(), "ACKNOWLEDGE"),
                        "the history shows one change");
                Api.Reply now = current(first, fresh.caseNumber());
                assertEquals("ACKNOWLEDGED", now.json().getString("status"));
                assertEquals(winner(replies).header("ETag"), now.header("ETag"));

                Case working = inProgress(first);
                List<Api.Reply> competing = race(pool,
                        () -> transition(first, working.caseNumber(), working.etag(),
                                action("RESOLVE").add("agreedSolution", "Erstattung")),
                        () -> transition(second, working.caseNumber(), working.etag(),
                                action("REJECT").add("reason", "Unbegründet")));

                assertOneWinnerOneStale(competing);
                String status = current(first, working.caseNumber()).json().getString("status");
                assertEquals(winner(competing).json().getString("status"), status);
                assertEquals(1, TestDatabase.historyCount(working.caseNumber(), "RESOLVE")
                        + TestDatabase.historyCount(working.caseNumber(), "REJECT"), "the history shows one change");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Api.Reply> race(ExecutorService pool, java.util.concurrent.Callable<Api.Reply> one,
                                        java.util.concurrent.Callable<Api.Reply> other) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> futures = new ArrayList<>();
        for (java.util.concurrent.Callable<Api.Reply> call : List.of(one, other)) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> future : futures) {
            replies.add(future.get(60, TimeUnit.SECONDS));
        }
        return replies;
    }

    private static void assertOneWinnerOneStale(List<Api.Reply> replies) {
        List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
        assertEquals(List.of(200, 412), statuses, replies.stream().map(Api.Reply::body).toList().toString());
        replies.stream().filter(r -> r.status() == 412).forEach(r -> assertProblem(412, r));
    }

    private static Api.Reply winner(List<Api.Reply> replies) {
        return replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
    }

    @Test
    void addsStepsForAPersonOrADepartmentAndFinishesThem() {
        Api api = Api.as(base, "handler.service");
        Case working = inProgress(api);
        String steps = "complaints/" + working.caseNumber() + "/steps";
        LocalDate due = LocalDate.now(BERLIN).plusDays(7);

        Api.Reply forPerson = api.post(steps, Json.createObjectBuilder()
                .add("description", "Gerät abholen lassen <Spedition>")
                .add("responsibleUserId", TestDatabase.userId("handler.service2"))
                .add("dueDate", due.toString()).build().toString());
        Api.Reply forDepartment = api.post(steps, Json.createObjectBuilder()
                .add("description", "Ursache im Lager klären")
                .add("responsibleDepartmentId", TestDatabase.departmentId("LOGISTIK")).build().toString());

        assertEquals(201, forPerson.status(), forPerson.body());
        JsonObject personStep = forPerson.json();
        long personStepId = personStep.getJsonNumber("id").longValue();
        assertTrue(forPerson.header("Location").endsWith("/api/v1/" + steps + "/" + personStepId),
                forPerson.header("Location"));
        assertNotNull(forPerson.header("ETag"));
        assertEquals("OPEN", personStep.getString("state"));
        assertEquals("Gerät abholen lassen <Spedition>", personStep.getString("description"));
        assertEquals("handler.service2", personStep.getString("responsible"));
        assertEquals(due.toString(), personStep.getString("dueDate"));
        assertEquals(201, forDepartment.status(), forDepartment.body());
        assertEquals("LOGISTIK", forDepartment.json().getString("responsible"));
        List<JsonObject> listed = current(api, working.caseNumber()).json().getJsonArray("steps")
                .getValuesAs(JsonValue::asJsonObject);
        assertEquals(List.of(personStep, forDepartment.json()), listed, "the case lists its steps in order");

        Api.Reply done = api.patch(steps + "/" + personStepId,
                "{\"state\":\"DONE\",\"result\":\"Abgeholt am Montag.\"}", forPerson.header("ETag"));
        Api.Reply cancelled = api.patch(steps + "/" + forDepartment.json().getJsonNumber("id").longValue(),
                "{\"state\":\"CANCELLED\"}", forDepartment.header("ETag"));

        assertEquals(200, done.status(), done.body());
        assertEquals("DONE", done.json().getString("state"));
        assertEquals("Abgeholt am Montag.", done.json().getString("result"));
        assertNotEquals(forPerson.header("ETag"), done.header("ETag"));
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("state"));
        List<String> states = current(api, working.caseNumber()).json().getJsonArray("steps").stream()
                .map(s -> s.asJsonObject().getString("state")).toList();
        assertEquals(List.of("DONE", "CANCELLED"), states);
    }

    @Test
    void stepChangesNeedTheStepsCurrentVersion() {
        Api api = Api.as(base, "handler.service");
        Case working = inProgress(api);
        String steps = "complaints/" + working.caseNumber() + "/steps";
        Api.Reply added = api.post(steps, "{\"description\":\"Rückruf beim Kunden\"}");
        assertEquals(201, added.status(), added.body());
        String step = steps + "/" + added.json().getJsonNumber("id").longValue();

        assertProblem(428, api.patch(step, "{\"state\":\"DONE\"}", null));
        Api.Reply done = api.patch(step, "{\"state\":\"DONE\",\"result\":\"Erreicht.\"}", added.header("ETag"));
        assertEquals(200, done.status(), done.body());
        assertProblem(412, api.patch(step, "{\"state\":\"CANCELLED\"}", added.header("ETag")));
        assertProblem(409, api.patch(step, "{\"state\":\"CANCELLED\"}", done.header("ETag")));
        Api.Reply reopen = api.patch(step, "{\"state\":\"OPEN\"}", done.header("ETag"));
        assertTrue(reopen.status() == 400 || reopen.status() == 409, reopen.body());

        JsonObject stored = current(api, working.caseNumber()).json().getJsonArray("steps").getJsonObject(0);
        assertEquals("DONE", stored.getString("state"));
        assertEquals("Erreicht.", stored.getString("result"));
    }

    @Test
    void invalidStepsAreRefusedWithTheirField() {
        Api api = Api.as(base, "handler.service");
        Case working = inProgress(api);
        String steps = "complaints/" + working.caseNumber() + "/steps";
        String yesterday = LocalDate.now(BERLIN).minusDays(1).toString();

        assertInvalid(api.post(steps, "{\"description\":\"  \"}"), "description");
        assertInvalid(api.post(steps, Json.createObjectBuilder().add("description", repeat("Schritt ", 501))
                .build().toString()), "description");
        assertInvalid(api.post(steps, "{\"description\":\"Zu spät\",\"dueDate\":\"" + yesterday + "\"}"), "dueDate");
        assertInvalid(api.post(steps, "{\"description\":\"Niemand\",\"responsibleUserId\":" + Long.MAX_VALUE + "}"),
                "responsibleUserId");
        assertInvalid(api.post(steps, "{\"description\":\"Keine Abteilung\",\"responsibleDepartmentId\":"
                + Long.MAX_VALUE + "}"), "responsibleDepartmentId");
        assertProblem(400, api.post(steps, "{\"description\":\"Datum\",\"dueDate\":\"morgen\"}"));
        assertProblem(400, api.post(steps, "{\"description\":\"Datum\",\"dueDate\":\"2026-02-30\"}"));
        assertProblem(404, api.post("complaints/BE-2026-999999/steps", "{\"description\":\"Nirgends\"}"));
        assertTrue(current(api, working.caseNumber()).json().getJsonArray("steps").isEmpty(), "no step was saved");

        Api.Reply added = api.post(steps, "{\"description\":\"Gutachten anfordern\"}");
        assertEquals(201, added.status(), added.body());
        String step = steps + "/" + added.json().getJsonNumber("id").longValue();
        assertInvalid(api.patch(step, "{}", added.header("ETag")), "state");
        assertProblem(400, api.patch(step, "{\"state\":\"FERTIG\"}", added.header("ETag")));
        assertInvalid(api.patch(step, Json.createObjectBuilder().add("state", "DONE")
                .add("result", repeat("Ergebnis ", 5_001)).build().toString(), added.header("ETag")), "result");
        assertEquals("OPEN", current(api, working.caseNumber()).json().getJsonArray("steps").getJsonObject(0)
                .getString("state"));
    }

    /** The database holds dates up to 9999-12-31; a later one is the client's mistake, not a server error. */
    @Test
    void aDueDateBeyondTheYear9999IsRefusedNotAServerError() {
        Api api = Api.as(base, "handler.service");
        Case working = inProgress(api);
        String steps = "complaints/" + working.caseNumber() + "/steps";

        Api.Reply reply = api.post(steps, "{\"description\":\"Irgendwann\",\"dueDate\":\"+10000-01-01\"}");

        assertProblem(400, reply);
        assertTrue(current(api, working.caseNumber()).json().getJsonArray("steps").isEmpty(), "no step was saved");
    }

    @Test
    void aStepIsOnlyReachableThroughItsOwnCase() {
        Api api = Api.as(base, "handler.service");
        Case one = inProgress(api);
        Case other = inProgress(api);
        Api.Reply added = api.post("complaints/" + one.caseNumber() + "/steps", "{\"description\":\"Nur für Fall eins\"}");
        assertEquals(201, added.status(), added.body());
        long stepId = added.json().getJsonNumber("id").longValue();

        Api.Reply viaOther = api.patch("complaints/" + other.caseNumber() + "/steps/" + stepId,
                "{\"state\":\"DONE\"}", added.header("ETag"));

        assertTrue(viaOther.status() == 400 || viaOther.status() == 404, viaOther.body());
        assertProblem(viaOther.status(), viaOther);
        assertEquals("OPEN", current(api, one.caseNumber()).json().getJsonArray("steps").getJsonObject(0)
                .getString("state"));
        assertTrue(current(api, other.caseNumber()).json().getJsonArray("steps").isEmpty());
    }

    @Test
    void noStepsCanBeAddedToAResolvedCase() {
        Api api = Api.as(base, "handler.service");
        Case resolved = resolved(api);

        assertProblem(409, api.post("complaints/" + resolved.caseNumber() + "/steps", "{\"description\":\"Zu spät\"}"));

        assertTrue(current(api, resolved.caseNumber()).json().getJsonArray("steps").isEmpty());
    }
}
