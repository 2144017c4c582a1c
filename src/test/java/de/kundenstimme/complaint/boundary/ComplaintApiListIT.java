package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.TestDatabase;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.action;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.caseNumbers;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.transitioned;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /complaints: newest first, cursor paging, the filters, and only ever the caller's own
 * department. Every test marks its cases with a unique word in the subject and searches with q.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintApiListIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private static List<String> list(Api api, String query) {
        Api.Reply reply = api.get("complaints?" + query);
        assertEquals(200, reply.status(), query + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        return caseNumbers(reply.json());
    }

    private static String number(JsonObject complaint) {
        return complaint.getString("caseNumber");
    }

    @Test
    void listsNewestFirstAndPagesByCursorWithoutGapsOrDuplicates() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        // captured out of order; two share one receivedAt
        long[] hoursBack = {5, 0, 48, 1, 24, 1, 2};
        List<JsonObject> cases = new ArrayList<>();
        for (long hours : hoursBack) {
            cases.add(captured(api, capture("Seite " + marker + " " + hours)
                    .add("receivedAt", start.minus(Duration.ofHours(hours)).toString())));
        }
        List<String> expected = cases.stream()
                .sorted(Comparator.comparing((JsonObject c) -> Instant.parse(c.getString("receivedAt")))
                        .thenComparing(c -> c.getString("caseNumber")).reversed())
                .map(ComplaintApiListIT::number).toList();

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = "complaints?q=" + marker + "&size=3";
        while (next != null) {
            Api.Reply page = api.get(next);
            assertEquals(200, page.status(), page.body());
            JsonObject body = page.json();
            pageSizes.add(body.getJsonArray("items").size());
            seen.addAll(caseNumbers(body));
            next = body.containsKey("next") && !body.isNull("next") ? body.getString("next") : null;
            if (next != null) {
                String query = URI.create(next).getRawQuery();
                assertTrue(query.contains("q=" + marker) && query.contains("size=3") && query.contains("cursor="), next);
            }
            assertTrue(pageSizes.size() <= 4, "paging must end: " + pageSizes);
        }

        assertEquals(expected, seen, "newest first, ties by the later capture first, each case once");
        assertEquals(List.of(3, 3, 1), pageSizes);
    }

    @Test
    void aPageSmallerThanTheSizeHasNoNextLinkAndTheDefaultSizeIs25() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        for (int i = 0; i < 2; i++) {
            captured(api, capture("Klein " + marker + " " + i));
        }

        JsonObject small = api.get("complaints?q=" + marker).json();
        JsonObject all = api.get("complaints").json();

        assertEquals(2, small.getJsonArray("items").size());
        assertTrue(!small.containsKey("next") || small.isNull("next"), small.toString());
        assertTrue(all.getJsonArray("items").size() <= 25, "default size");
        if (all.getJsonArray("items").size() == 25) {
            assertTrue(all.containsKey("next") && !all.isNull("next"), "a full page links to the next");
        }
        assertEquals(1, api.get("complaints?size=1").json().getJsonArray("items").size());
        assertTrue(api.get("complaints?size=100").json().getJsonArray("items").size() <= 100);
    }

    @Test
    void filtersByStatusChannelPriorityCategoryAndOwner() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        JsonObject defect = captured(api, capture("Filter " + marker + " defekt")
                .add("categoryCode", "PRODUKT_DEFEKT").add("channel", "PHONE").add("priority", "HIGH"));
        JsonObject description = captured(api, capture("Filter " + marker + " beschreibung")
                .add("categoryCode", "PRODUKT_BESCHREIBUNG").add("channel", "EMAIL").add("priority", "LOW"));
        JsonObject hotline = captured(api, capture("Filter " + marker + " hotline")
                .add("categoryCode", "SERVICE_ERREICHBARKEIT").add("channel", "CHAT").add("priority", "HIGH"));
        transitioned(api, number(defect), api.get("complaints/" + number(defect)).header("ETag"),
                action("ACKNOWLEDGE"), "ACKNOWLEDGED");
        List<JsonObject> newestFirst = List.of(hotline, description, defect);
        String q = "q=" + marker;

        assertEquals(List.of(number(hotline), number(description), number(defect)), list(api, q));
        assertEquals(List.of(number(defect)), list(api, q + "&status=ACKNOWLEDGED"));
        assertEquals(List.of(number(hotline), number(description)), list(api, q + "&status=NEW"));
        assertEquals(List.of(), list(api, q + "&status=CLOSED"));
        assertEquals(List.of(number(description)), list(api, q + "&channel=EMAIL"));
        assertEquals(List.of(number(hotline), number(defect)), list(api, q + "&priority=HIGH"));
        assertEquals(List.of(number(hotline)), list(api, q + "&priority=HIGH&channel=CHAT"));
        assertEquals(List.of(number(defect)), list(api, q + "&category=" + TestDatabase.categoryId("PRODUKT_DEFEKT")));
        assertEquals(List.of(number(description), number(defect)),
                list(api, q + "&category=" + TestDatabase.categoryId("PRODUKT")), "a main category includes its subcategories");
        for (String owner : List.of("handler.service", "handler.service2")) {
            List<String> owned = newestFirst.stream().filter(c -> owner.equals(c.getString("owner", null)))
                    .map(ComplaintApiListIT::number).toList();
            assertEquals(owned, list(api, q + "&owner=" + TestDatabase.userId(owner)), "owner " + owner);
            assertEquals(owned, list(Api.as(base, owner), q + "&scope=MINE"), "scope MINE of " + owner);
        }
        assertTrue(list(api, q + "&owner=" + TestDatabase.userId("handler.service")).contains(number(hotline)),
                "the hotline category's default owner");
        assertEquals(List.of(), list(api, q + "&owner=" + TestDatabase.userId("handler.logistik")));
    }

    @Test
    void overdueScopeShowsOnlyOpenCasesPastTheirResolutionDeadline() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        String longAgo = Instant.now().minus(40, ChronoUnit.DAYS).toString();
        JsonObject late = captured(api, capture("Frist " + marker + " offen").add("priority", "CRITICAL")
                .add("receivedAt", longAgo));
        JsonObject lateButResolved = captured(api, capture("Frist " + marker + " erledigt").add("priority", "CRITICAL")
                .add("receivedAt", longAgo));
        JsonObject fresh = captured(api, capture("Frist " + marker + " neu").add("priority", "LOW"));
        String etag = api.get("complaints/" + number(lateButResolved)).header("ETag");
        etag = transitioned(api, number(lateButResolved), etag, action("ACKNOWLEDGE"), "ACKNOWLEDGED");
        etag = transitioned(api, number(lateButResolved), etag, action("START"), "IN_PROGRESS");
        transitioned(api, number(lateButResolved), etag, action("RESOLVE").add("agreedSolution", "Erstattet."), "RESOLVED");

        Api.Reply overdue = api.get("complaints?scope=OVERDUE&q=" + marker);

        assertEquals(200, overdue.status(), overdue.body());
        assertEquals(List.of(number(late)), caseNumbers(overdue.json()));
        assertTrue(overdue.json().getJsonArray("items").getJsonObject(0).getBoolean("overdue"));
        assertEquals(Set.of(number(late), number(lateButResolved), number(fresh)),
                Set.copyOf(list(api, "scope=DEPARTMENT&q=" + marker)));
        assertEquals(Set.of(number(late), number(lateButResolved), number(fresh)), Set.copyOf(list(api, "q=" + marker)),
                "DEPARTMENT is the default scope");
    }

    /** 2025-06-10T21:30Z is 23:30 in Germany, 22:30Z is already the 11th there. */
    @Test
    void fromAndToAreWholeCalendarDaysInGermanTime() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        JsonObject lateOnTenth = captured(api, capture("Datum " + marker + " a").add("receivedAt", "2025-06-10T21:30:00Z"));
        JsonObject earlyOnEleventh = captured(api, capture("Datum " + marker + " b").add("receivedAt", "2025-06-10T22:30:00Z"));
        String q = "q=" + marker;

        assertEquals(List.of(number(lateOnTenth)), list(api, q + "&from=2025-06-10&to=2025-06-10"));
        assertEquals(List.of(number(earlyOnEleventh)), list(api, q + "&from=2025-06-11&to=2025-06-11"));
        assertEquals(List.of(number(earlyOnEleventh), number(lateOnTenth)), list(api, q + "&from=2025-06-10&to=2025-06-11"));
        assertEquals(List.of(number(lateOnTenth)), list(api, q + "&to=2025-06-10"));
        assertEquals(List.of(), list(api, q + "&from=2025-06-12"));
        assertEquals(List.of(), list(api, q + "&from=2025-06-11&to=2025-06-10"));
    }

    /** "Everything up to 9999-12-31" is how people say "no end"; extreme dates must not break the list. */
    @Test
    void openEndedAndExtremeDatesAreAnsweredNotServerErrors() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        JsonObject complaint = captured(api, capture("Grenzen " + marker));
        String q = "q=" + marker;

        assertEquals(List.of(number(complaint)), list(api, q + "&from=0001-01-01&to=9999-12-31"));
        assertEquals(List.of(number(complaint)), list(api, q + "&to=9999-12-31"));
        assertEquals(List.of(), list(api, q + "&from=9999-12-31"));
        for (String extreme : List.of("to=%2B999999999-12-31", "from=-999999999-01-01", "from=%2B10000-01-01")) {
            Api.Reply reply = api.get("complaints?" + q + "&" + extreme);
            assertTrue(reply.status() == 200 || reply.status() == 400, extreme + ": " + reply.status() + " " + reply.body());
            if (reply.status() == 400) {
                ComplaintApiFixtures.assertProblem(400, reply);
            }
        }
    }

    @Test
    void textSearchMatchesPartsOfTheSubjectAndTakesWildcardsLiterally() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        JsonObject percent = captured(api, capture("Aktion " + marker + " 50% Rabatt"));
        JsonObject fifty = captured(api, capture("Aktion " + marker + " 500 Rabatt"));
        JsonObject underscore = captured(api, capture("Aktion " + marker + " A_B"));
        JsonObject letters = captured(api, capture("Aktion " + marker + " AxB"));
        JsonObject bang = captured(api, capture("Aktion " + marker + " !% Ärger"));

        assertEquals(List.of(number(percent)), list(api, "q=" + enc(marker + " 50%")));
        assertEquals(List.of(number(underscore)), list(api, "q=" + enc(marker + " A_B")));
        assertEquals(List.of(number(bang)), list(api, "q=" + enc(marker + " !%")));
        assertEquals(List.of(number(bang), number(letters), number(underscore), number(fifty), number(percent)),
                list(api, "q=" + enc(marker.toUpperCase())), "case-insensitive, newest first");
        assertEquals(List.of(number(bang)), list(api, "q=" + enc(marker + " !% ärger")), "umlauts ignore case too");
        assertEquals(List.of(), list(api, "q=" + enc(marker + "' OR '1'='1")));
        assertEquals(List.of(), list(api, "q=" + enc(marker + "%")));
    }

    @Test
    void textSearchFindsTheWordsAndWordBeginningsOfTheSubjectShortWordsToo() {
        Api api = Api.as(base, "handler.service");
        String marker = unique();
        JsonObject machine = captured(api, capture("Kaffeemaschine " + marker + " tropft"));
        JsonObject display = captured(api, capture("Display " + marker + " flackert xy"));
        JsonObject both = captured(api, capture("Display " + marker + " tropft und flackert"));

        assertEquals(List.of(number(both), number(machine)), list(api, "q=" + enc(marker + " tropft")));
        assertEquals(List.of(number(display)), list(api, "q=" + enc(marker + " flack")), "a word's beginning");
        assertEquals(List.of(number(display)), list(api, "q=" + enc(marker + " flackert xy")), "a short word");
        assertEquals(List.of(number(both)), list(api, "q=" + enc(marker + " tropft und flackert")), "the words in this order");
        assertEquals(List.of(), list(api, "q=" + enc("flackert tropft " + marker)), "not in another order");
        assertTrue(list(api, "q=" + enc("KAFFEEMASCH")).contains(number(machine)), "a word's beginning, any case");
        assertEquals(List.of(), list(api, "q=" + enc("maschine " + marker)), "inside a word is no word's beginning");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void everyoneListsOnlyTheirOwnDepartmentsCases() {
        Api service = Api.as(base, "handler.service");
        Api logistics = Api.as(base, "handler.logistik");
        String marker = unique();
        JsonObject serviceCase = captured(service, capture("Abteilung " + marker + " service"));
        JsonObject logisticsCase = captured(service, capture("Abteilung " + marker + " logistik")
                .add("categoryCode", "LIEFERUNG_BESCHAEDIGT"));
        String q = "q=" + marker;

        assertEquals(List.of(number(serviceCase)), list(service, q));
        assertEquals(List.of(number(logisticsCase)), list(logistics, q));
        assertEquals(List.of(), list(service, q + "&category=" + TestDatabase.categoryId("LIEFERUNG")));
        assertEquals(List.of(), list(logistics, q + "&owner=" + TestDatabase.userId("handler.service")));
        assertEquals(List.of(), list(Api.as(base, "handler.abrechnung"), q));
        Set<String> departments = new HashSet<>();
        service.get("complaints?size=100").json().getJsonArray("items")
                .forEach(i -> departments.add(i.asJsonObject().getString("department")));
        assertEquals(Set.of("SERVICE"), departments);
    }
}
