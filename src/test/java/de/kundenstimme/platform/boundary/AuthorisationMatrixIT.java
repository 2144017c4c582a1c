package de.kundenstimme.platform.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.PageClient;
import de.kundenstimme.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open which page and call which endpoint: every page of the built WAR and every REST
 * endpoint of its classes, tried as every role and as case workers of another department, against
 * one explicit matrix. A page or endpoint the matrix does not name fails the test, so a new one
 * cannot slip through without someone deciding who may use it. Behind the pages, the form posts of
 * the actions reserved to a role or a person are tried by hand as the others.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorisationMatrixIT {

    /** The callers: the demo users, and case workers of Logistik for the Kundenservice case. */
    enum Caller {
        ANONYMOUS(null), HANDLER("handler.service"), MANAGER("manager.service"), EXECUTIVE("executive"),
        ADMIN("admin"), OTHER_HANDLER("handler.logistik"), OTHER_MANAGER("manager.logistik");

        final String user;

        Caller(String user) {
            this.user = user;
        }
    }

    private static final Set<Caller> PUBLIC = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> CASE_WORKERS = EnumSet.of(Caller.HANDLER, Caller.MANAGER, Caller.OTHER_HANDLER, Caller.OTHER_MANAGER);
    /** Case workers of the case's own department only: the others must find no such case. */
    private static final Set<Caller> OWN_CASE = EnumSet.of(Caller.HANDLER, Caller.MANAGER);
    private static final Set<Caller> MANAGERS = EnumSet.of(Caller.MANAGER, Caller.OTHER_MANAGER);
    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    private static final Set<Caller> EXECUTIVE = EnumSet.of(Caller.EXECUTIVE);
    private static final Set<Caller> NOBODY_BY_LOGIN = EnumSet.noneOf(Caller.class);

    private static Set<Caller> union(Set<Caller> first, Set<Caller> second) {
        Set<Caller> both = EnumSet.copyOf(first);
        both.addAll(second);
        return both;
    }

    /**
     * Every page (Facelets views and servlets) with who may open it; {case} and {letter} stand for
     * a Kundenservice case and its letter.
     */
    private static final Map<String, Set<Caller>> PAGES = Map.ofEntries(
            entry("login.xhtml", PUBLIC),
            entry("public/complaint.xhtml", PUBLIC),
            entry("public/complaint-received.xhtml", PUBLIC),
            entry("public/survey.xhtml", PUBLIC),
            entry("index.xhtml", SIGNED_IN),
            entry("account/password.xhtml", SIGNED_IN),
            entry("admin/categories.xhtml", ADMIN),
            entry("admin/customer-imports.xhtml", ADMIN),
            entry("admin/customer-sources.xhtml", ADMIN),
            entry("admin/departments.xhtml", ADMIN),
            entry("admin/letter-templates.xhtml", ADMIN),
            entry("admin/privacy.xhtml", ADMIN),
            entry("admin/customer-export.json?customer={customerId}", ADMIN),
            entry("admin/customer-export.pdf?customer={customerId}", ADMIN),
            entry("admin/settings.xhtml", ADMIN),
            entry("admin/triage-rules.xhtml", ADMIN),
            entry("admin/users.xhtml", ADMIN),
            entry("team/absences.xhtml", union(MANAGERS, ADMIN)),
            entry("complaint/capture.xhtml", CASE_WORKERS),
            entry("complaint/list.xhtml", CASE_WORKERS),
            entry("complaint/case.xhtml?caseNumber={case}", OWN_CASE),
            entry("complaint/escalations.xhtml", MANAGERS),
            entry("complaint/goodwill-approvals.xhtml", MANAGERS),
            entry("complaint/attachment?id={attachment}", CASE_WORKERS),
            entry("correspondence/letters.xhtml?caseNumber={case}", OWN_CASE),
            entry("correspondence/letter.xhtml?id={letter}", OWN_CASE),
            entry("correspondence/letter.pdf?id={letter}", OWN_CASE),
            entry("correspondence/post-batch.pdf", CASE_WORKERS),
            entry("correspondence/review.xhtml", CASE_WORKERS),
            entry("customer/review.xhtml", union(MANAGERS, ADMIN)),
            entry("feedback/quality-reviews.xhtml", CASE_WORKERS),
            entry("intake/mentions.xhtml", CASE_WORKERS),
            entry("reporting/dashboard.xhtml", union(MANAGERS, EXECUTIVE)),
            entry("reporting/cases.xhtml?from=2026-01-01&to=2026-12-31", MANAGERS),
            entry("reporting/reports.xhtml", EXECUTIVE),
            entry("reporting/report.pdf?id={report}", EXECUTIVE),
            entry("reporting/report.xlsx?id={report}", EXECUTIVE));

    /**
     * Every endpoint with who may call it. An empty set with {@link #OWN_CREDENTIALS} means: no
     * login opens it, only its own proof (the webhook's signature, a source's push token).
     */
    private static final Map<String, Set<Caller>> ENDPOINTS = Map.ofEntries(
            entry("GET health/live", PUBLIC),
            entry("GET health/ready", PUBLIC),
            entry("POST v1/mentions/webhook", NOBODY_BY_LOGIN),
            entry("POST v1/customer-push/{sourceId}", NOBODY_BY_LOGIN),
            entry("GET v1/complaints", CASE_WORKERS),
            entry("POST v1/complaints", CASE_WORKERS),
            entry("GET v1/complaints/{caseNumber}", OWN_CASE),
            entry("POST v1/complaints/{caseNumber}/transitions", OWN_CASE),
            entry("PATCH v1/complaints/{caseNumber}/special-cases", OWN_CASE),
            entry("POST v1/complaints/{caseNumber}/steps", OWN_CASE),
            entry("PATCH v1/complaints/{caseNumber}/steps/{stepId}", OWN_CASE),
            entry("POST v1/complaints/{caseNumber}/deadlines/recalculation", EnumSet.of(Caller.MANAGER)),
            entry("POST v1/complaints/{caseNumber}/escalation", OWN_CASE),
            entry("POST v1/complaints/{caseNumber}/escalation/clear", EnumSet.of(Caller.MANAGER)),
            entry("POST v1/complaints/{caseNumber}/goodwill", OWN_CASE),
            entry("POST v1/complaints/{caseNumber}/goodwill/{goodwillId}/decision", EnumSet.of(Caller.MANAGER)),
            entry("GET v1/complaints/{caseNumber}/letters", OWN_CASE),
            entry("POST v1/complaints/{caseNumber}/letters", OWN_CASE),
            entry("GET v1/escalations", MANAGERS),
            entry("POST v1/deadlines/sweep", ADMIN),
            entry("GET v1/goodwill-approvals", MANAGERS),
            entry("GET v1/letters/{id}", OWN_CASE),
            entry("PUT v1/letters/{id}", OWN_CASE),
            entry("POST v1/letters/{id}/gift", OWN_CASE),
            entry("POST v1/letters/{id}/submission", OWN_CASE),
            entry("POST v1/letters/{id}/review", OWN_CASE),
            entry("POST v1/letters/{id}/dispatch", OWN_CASE),
            entry("GET v1/letters/{id}/pdf", OWN_CASE),
            entry("GET v1/letters/review-queue", CASE_WORKERS),
            entry("GET v1/letters/post-batch", CASE_WORKERS),
            entry("POST v1/letters/follow-ups", ADMIN),
            entry("GET v1/letter-templates", ADMIN),
            entry("PUT v1/letter-templates/{letterType}/{language}", ADMIN),
            entry("GET v1/customers/{id}", union(CASE_WORKERS, ADMIN)),
            entry("POST v1/customers/{id}/unmerge", union(CASE_WORKERS, ADMIN)),
            entry("GET v1/customers/{customerId}/access-log", ADMIN),
            entry("GET v1/customers/{customerId}/export", ADMIN),
            entry("POST v1/customers/{customerId}/anonymisation", ADMIN),
            entry("POST v1/retention/run", ADMIN),
            entry("GET v1/customer-reviews", union(MANAGERS, ADMIN)),
            entry("POST v1/customer-reviews/{id}/merge", union(MANAGERS, ADMIN)),
            entry("POST v1/customer-reviews/{id}/keep-apart", union(MANAGERS, ADMIN)),
            entry("POST v1/customer-sources", ADMIN),
            entry("PUT v1/customer-sources/{id}", ADMIN),
            entry("DELETE v1/customer-sources/{id}", ADMIN),
            entry("POST v1/customer-sources/{id}/imports", ADMIN),
            entry("POST v1/customer-sources/{id}/queries", ADMIN),
            entry("GET v1/customer-imports/{runId}", ADMIN),
            entry("POST v1/customer-imports/{runId}/restart", ADMIN),
            entry("POST v1/mailbox/poll", ADMIN),
            entry("GET v1/figures", union(MANAGERS, EXECUTIVE)),
            entry("GET v1/figures/satisfaction", union(MANAGERS, EXECUTIVE)),
            entry("GET v1/quality-reviews", CASE_WORKERS),
            entry("POST v1/quality-reviews/samples", CASE_WORKERS),
            entry("POST v1/quality-reviews/{id}/score", CASE_WORKERS),
            entry("GET v1/reports", EXECUTIVE),
            entry("POST v1/reports", EXECUTIVE),
            entry("GET v1/reports/{id}", EXECUTIVE),
            entry("POST v1/reports/{id}/restart", EXECUTIVE),
            entry("GET v1/reports/{id}/pdf", EXECUTIVE),
            entry("GET v1/reports/{id}/xlsx", EXECUTIVE));

    /**
     * Bodies that get past validation, so a caller of the wrong department reaches the check of
     * the case; everything else gets an empty object.
     */
    private static final Map<String, String> BODIES = Map.ofEntries(
            entry("POST v1/complaints/{caseNumber}/transitions", "{\"action\":\"ACKNOWLEDGE\"}"),
            entry("PATCH v1/complaints/{caseNumber}/special-cases", "{\"legalThreat\":true}"),
            entry("POST v1/complaints/{caseNumber}/steps", "{\"description\":\"Rückruf vereinbaren\"}"),
            entry("PATCH v1/complaints/{caseNumber}/steps/{stepId}", "{\"state\":\"DONE\",\"result\":\"erledigt\"}"),
            entry("POST v1/complaints/{caseNumber}/escalation", "{\"reason\":\"Kunde droht mit Anwalt\"}"),
            entry("POST v1/complaints/{caseNumber}/escalation/clear", "{\"reason\":\"geklärt\"}"),
            entry("POST v1/complaints/{caseNumber}/goodwill", "{\"kind\":\"VOUCHER\",\"amount\":5,\"description\":\"Gutschein\"}"),
            entry("POST v1/complaints/{caseNumber}/goodwill/{goodwillId}/decision", "{\"decision\":\"DECLINE\",\"reason\":\"nein\"}"),
            entry("POST v1/complaints/{caseNumber}/letters", "{\"letterType\":\"INTERIM\"}"),
            entry("PUT v1/letters/{id}", "{\"subject\":\"Ihr Anliegen\",\"body\":\"<p>Guten Tag</p>\"}"),
            entry("POST v1/letters/{id}/gift", "{\"giftId\":1}"),
            entry("POST v1/letters/{id}/review", "{\"decision\":\"RETURN\",\"comment\":\"bitte kürzen\"}"),
            entry("POST v1/letters/{id}/dispatch", "{\"channel\":\"POST\"}"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private String caseNumber;
    private long customerId;
    private long letterId;
    private long stepId;
    private long goodwillId;

    @BeforeEach
    void aKundenserviceCaseWithALetter() {
        Api handler = Api.as(base, "handler.service");
        JsonObject captured = captured(handler, capture("Rechte prüfen"));
        caseNumber = captured.getString("caseNumber");
        customerId = captured.getJsonObject("customer").getJsonNumber("id").longValue();
        letterId = created(handler.post("complaints/" + caseNumber + "/letters", "{\"letterType\":\"ACKNOWLEDGEMENT\"}"));
        stepId = created(handler.post("complaints/" + caseNumber + "/steps", "{\"description\":\"Gerät abholen\"}"));
        goodwillId = created(handler.post("complaints/" + caseNumber + "/goodwill",
                "{\"kind\":\"REFUND\",\"amount\":5000,\"description\":\"Kaufpreis erstatten\"}"));
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void theMatrixNamesEveryPageOfTheWar() throws IOException {
        assertEquals(new TreeSet<>(pathsOf(PAGES.keySet())), new TreeSet<>(pagesOfTheWar()),
                "every page and servlet of the WAR needs its row in PAGES, and only those");
    }

    @Test
    void theMatrixNamesEveryEndpointOfTheWar() throws IOException {
        assertEquals(new TreeSet<>(ENDPOINTS.keySet()), new TreeSet<>(endpointsOfTheWar()),
                "every REST endpoint needs its row in ENDPOINTS, and only those");
    }

    @Test
    void everyPageLetsInExactlyWhomTheMatrixNames() {
        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            PageClient pages = caller.user == null ? PageClient.anonymous(base) : PageClient.signedIn(base, caller.user);
            for (Map.Entry<String, Set<Caller>> page : new TreeMap<>(PAGES).entrySet()) {
                String path = fill(page.getKey());
                HttpResponse<String> response = pages.get(path);
                String outcome = pageOutcome(page.getKey(), response);
                String expected = expectedPageOutcome(page.getKey(), page.getValue(), caller);
                if (!outcome.equals(expected)) {
                    wrong.add(caller + " " + path + ": " + outcome + " (" + response.statusCode() + "), expected " + expected);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyEndpointLetsInExactlyWhomTheMatrixNames() {
        List<String> wrong = new ArrayList<>();
        Map<Caller, Api> apis = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            apis.put(caller, caller.user == null ? Api.anonymous(base) : Api.as(base, caller.user));
        }
        // The case's own workers last: their calls change the case (a step done, a letter sent).
        List<Caller> order = List.of(Caller.ANONYMOUS, Caller.EXECUTIVE, Caller.ADMIN, Caller.OTHER_HANDLER,
                Caller.OTHER_MANAGER, Caller.MANAGER, Caller.HANDLER);
        for (Caller caller : order) {
            for (Map.Entry<String, Set<Caller>> endpoint : new TreeMap<>(ENDPOINTS).entrySet()) {
                Api.Reply reply = call(apis.get(caller), endpoint.getKey());
                String outcome = apiOutcome(endpoint.getKey(), reply.status());
                String expected = expectedApiOutcome(endpoint.getKey(), endpoint.getValue(), caller);
                if (!outcome.equals(expected)) {
                    wrong.add(caller + " " + endpoint.getKey() + ": " + outcome + " (" + reply.status() + " "
                            + abbreviated(reply.body()) + "), expected " + expected);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * A Faces action is a post of a page's form. A page shows a button only to whom may press it,
     * but a post made by hand reaches the backing bean all the same: each post below, by a role or
     * a person that may not, is refused and changes nothing.
     */
    @Test
    void formPostsOfTheWrongRoleOrPersonChangeNothing() {
        PageClient handler = PageClient.signedIn(base, "handler.service");
        String casePage = "complaint/case.xhtml?caseNumber=" + caseNumber;

        HttpResponse<String> onCase = handler.submit(casePage, PageClient.pressed("goodwillForm:confirmDecision"));
        HttpResponse<String> onList = handler.post("complaint/goodwill-approvals.xhtml",
                withViewState(PageClient.pressed("decisionForm:confirm"), handler.viewState(casePage)));
        assertAnswerWithoutError(onCase);
        assertAnswerWithoutError(onList);
        assertEquals("PROPOSED", goodwillStatus(), "a handler decided the goodwill");

        Api author = Api.as(base, "handler.service");
        Api.Reply submitted = author.post("letters/" + letterId + "/submission", "{}",
                author.get("letters/" + letterId).header("ETag"));
        assertEquals(200, submitted.status(), submitted.body());
        String letterPage = "correspondence/letter.xhtml?id=" + letterId;
        assertAnswerWithoutError(handler.submit(letterPage, PageClient.pressed("letter:approve")));
        assertEquals("IN_REVIEW", author.get("letters/" + letterId).json().getString("status"), "the author approved the letter");

        String logisticsCase = captured(Api.as(base, "handler.logistik"),
                capture("Fall der Logistik").add("categoryCode", "LIEFERUNG_VERSPAETUNG")).getString("caseNumber");
        PageClient otherManager = PageClient.signedIn(base, "manager.logistik");
        String ownCaseView = otherManager.viewState("complaint/case.xhtml?caseNumber=" + logisticsCase);
        HttpResponse<String> foreignNote = otherManager.post(casePage, withViewState(CsrfIT.note("Notiz aus der Logistik"), ownCaseView));
        HttpResponse<String> foreignRecalculation = otherManager.post(casePage,
                withViewState(PageClient.pressed("case:recalculateDeadlines"), ownCaseView));
        assertEquals(404, foreignNote.statusCode(), "another department's case is no case: " + foreignNote.body());
        assertEquals(404, foreignRecalculation.statusCode(), foreignRecalculation.body());
        assertFalse(handler.get(casePage).body().contains("Notiz aus der Logistik"), "the other department noted on the case");

        String dashboard = "reporting/dashboard.xhtml";
        HttpResponse<String> byExecutive = PageClient.signedIn(base, "executive").submit(dashboard, barClicked());
        HttpResponse<String> byManager = PageClient.signedIn(base, "manager.service").submit(dashboard, barClicked());
        assertAnswerWithoutError(byExecutive);
        assertFalse(byExecutive.body().contains("reporting/cases.xhtml"), "the executive drilled down to cases");
        assertTrue(byManager.body().contains("reporting/cases.xhtml"), "the same post takes a manager to the cases");

        long reviews = TestDatabase.number("select count(*) from quality_review");
        String month = Database.strings("select date_format(c.closed_at, '%Y-%m') m from complaint c join app_user u"
                + " on u.id = c.owner_id where c.status = 'CLOSED' and u.username = 'handler.service2'"
                + " group by m order by count(*) desc, m limit 1").get(0);
        Map<String, String> draw = new LinkedHashMap<>(Map.of("reviews", "reviews", "reviews:draw", "reviews:draw",
                "reviews:handler", "handler.service2", "reviews:month", month, "reviews:size_hinput", "20"));
        assertAnswerWithoutError(handler.submit("feedback/quality-reviews.xhtml", draw));
        assertEquals(reviews, TestDatabase.number("select count(*) from quality_review"), "a handler drew a sample");
    }

    /** A click on the first bar of the dashboard's volume chart, as Chart.js reports it. */
    private static Map<String, String> barClicked() {
        Map<String, String> fields = PageClient.event("charts:volumeChart", "itemSelect", "@none");
        fields.put("itemIndex", "0");
        fields.put("dataSetIndex", "0");
        return fields;
    }

    private static Map<String, String> withViewState(Map<String, String> fields, String viewState) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState);
        return all;
    }

    /** Answered by the page (a message at most), not by an error page or an AJAX error. */
    private static void assertAnswerWithoutError(HttpResponse<String> answer) {
        assertTrue(answer.statusCode() < 500, answer.statusCode() + " " + answer.body());
        assertFalse(answer.body().contains("<error>"), answer.body());
    }

    private String goodwillStatus() {
        return Api.as(base, "handler.service").get("complaints/" + caseNumber).json().getJsonArray("goodwill")
                .getJsonObject(0).getString("status");
    }

    private static String expectedPageOutcome(String page, Set<Caller> allowed, Caller caller) {
        if (allowed.contains(caller)) {
            return "open";
        }
        if (caller == Caller.ANONYMOUS) {
            return "login";
        }
        return isCaseBound(page) ? "hidden" : "forbidden";
    }

    /**
     * What the caller got: the page, the login, a refusal, or (another department's case) a
     * refusal or no such case alike. A download of a file that does not exist counts as open.
     */
    private static String pageOutcome(String page, HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        boolean download = page.startsWith("complaint/attachment") || page.startsWith("correspondence/post-batch")
                || page.startsWith("reporting/report.");
        return switch (response.statusCode()) {
            case 200 -> response.body().contains("id=\"login:username\"") && !page.equals("login.xhtml") ? "login" : "open";
            case 302, 303 -> location.contains("login.xhtml") ? "login" : "open";
            case 403 -> isCaseBound(page) ? "hidden" : "forbidden";
            case 404 -> download ? "open" : isCaseBound(page) ? "hidden" : "not found";
            default -> "status " + response.statusCode();
        };
    }

    private static String expectedApiOutcome(String endpoint, Set<Caller> allowed, Caller caller) {
        if (allowed.contains(caller)) {
            return "allowed";
        }
        if (caller == Caller.ANONYMOUS || allowed.isEmpty()) {
            return "unauthorized";
        }
        return isCaseBound(endpoint) ? "hidden" : "forbidden";
    }

    /**
     * As {@link #pageOutcome}: on the fixture's case 403 and 404 alike hide it; elsewhere a 404
     * for an id that does not exist means the caller was let in.
     */
    private static String apiOutcome(String endpoint, int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> isCaseBound(endpoint) ? "hidden" : "forbidden";
            case 404 -> isCaseBound(endpoint) ? "hidden" : "allowed";
            default -> status >= 500 ? "error " + status : "allowed";
        };
    }

    private static boolean isCaseBound(String pageOrEndpoint) {
        return pageOrEndpoint.contains("{case") || pageOrEndpoint.contains("{letter}") || pageOrEndpoint.contains("letters/{id}");
    }

    private Api.Reply call(Api api, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1));
        String body = BODIES.getOrDefault(endpoint, "{}");
        // Any answer type, so content negotiation cannot answer before the check of the caller.
        HttpRequest.Builder request = api.request("../" + path).setHeader("Accept", "*/*").header("If-Match", "\"0\"");
        if (method.equals("GET")) {
            return api.send(request.GET());
        }
        String type = endpoint.endsWith("/imports") ? "text/csv" : "application/json";
        return api.send(request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The fixture's case with its letter, step, goodwill and customer; any other id names nothing, so
     * a caller who is let in changes no other test's data (a review pair, an import, a report).
     */
    private String fill(String template) {
        return template.replace("{caseNumber}", caseNumber).replace("{case}", caseNumber)
                .replace("{letter}", String.valueOf(letterId))
                .replace("letters/{id}", "letters/" + letterId)
                .replace("customers/{id}", "customers/" + customerId)
                .replace("{customerId}", String.valueOf(customerId))
                .replace("{stepId}", String.valueOf(stepId)).replace("{goodwillId}", String.valueOf(goodwillId))
                .replace("{letterType}", "ACKNOWLEDGEMENT").replace("{language}", "de")
                .replaceAll("\\{[A-Za-z]+}", "999999999");
    }

    private static Set<String> pathsOf(Set<String> pages) {
        Set<String> paths = new TreeSet<>();
        pages.forEach(page -> paths.add(page.replaceAll("\\?.*", "")));
        return paths;
    }

    /** The Facelets views outside WEB-INF and resources, and the servlets' URL patterns. */
    private static List<String> pagesOfTheWar() throws IOException {
        List<String> pages = new ArrayList<>();
        try (ZipFile war = new ZipFile(builtWar())) {
            war.stream().map(e -> e.getName())
                    .filter(name -> name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("resources/"))
                    .forEach(pages::add);
        }
        for (Class<?> type : classesOfTheWar()) {
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                for (String pattern : servlet.urlPatterns().length > 0 ? servlet.urlPatterns() : servlet.value()) {
                    pages.add(pattern.substring(1));
                }
            }
        }
        return pages;
    }

    /** "METHOD path" of every resource method, from the JAX-RS annotations of the WAR's classes. */
    private static List<String> endpointsOfTheWar() throws IOException {
        List<String> endpoints = new ArrayList<>();
        for (Class<?> type : classesOfTheWar()) {
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Path sub = method.getAnnotation(Path.class);
                String httpMethod = httpMethodOf(method);
                if (httpMethod == null) {
                    assertTrue(sub == null, "a sub-resource locator needs rows of its own: " + method);
                    continue;
                }
                endpoints.add(httpMethod + " " + (root.value() + (sub == null ? "" : "/" + sub.value()))
                        .replaceAll("/+", "/").replaceAll("^/|/$", ""));
            }
        }
        return endpoints;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static List<Class<?>> classesOfTheWar() throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (ZipFile war = new ZipFile(builtWar())) {
            for (String name : war.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("WEB-INF/classes/") && n.endsWith(".class")).toList()) {
                String className = name.substring("WEB-INF/classes/".length(), name.length() - ".class".length()).replace('/', '.');
                try {
                    classes.add(Class.forName(className, false, AuthorisationMatrixIT.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot inspect " + className, e);
                }
            }
        }
        return classes;
    }

    private static File builtWar() {
        return new File(System.getProperty("it.war", "target/kundenstimme.war"));
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
