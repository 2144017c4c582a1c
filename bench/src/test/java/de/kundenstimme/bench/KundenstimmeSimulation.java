package de.kundenstimme.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Every path of the benchmark, one after the other, each by 20 concurrent users (a closed model:
 * a user sends the next request when the last one answered) for its share of the duration.
 * Request names are the paths of RESULTS.md; Floor times the SQL of the same names.
 * <p>
 * System properties: bench.baseUrl, bench.duration (seconds, all paths together), bench.work
 * (the directory where Floor left cases.csv and paths.properties), bench.users (default 20),
 * bench.phases (a comma-separated choice of phases, for trying one out; default all).
 */
public class KundenstimmeSimulation extends Simulation {

    private static final String PASSWORD = "demo";
    private static final String HANDLER = "handler.service";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    private final Path work = Path.of(System.getProperty("bench.work", "target/run"));
    private final Properties paths = load(work.resolve("paths.properties"));
    private final int users = Integer.getInteger("bench.users", 20);
    private final ReportingScenarios reporting = new ReportingScenarios(paths, work, PASSWORD);
    private final List<Phase> phases = List.of(
            // A fresh server compiles as it goes: its first seconds are not what users get all day.
            new Phase("warm-up", users, warmUp()),
            new Phase("rest-capture", users, restCapture()),
            new Phase("ui-capture", users, uiCapture()),
            new Phase("rest-list", users, restList()),
            new Phase("rest-deep", users, restDeepPage()),
            new Phase("ui-list", users, uiList()),
            new Phase("ui-deep", users, uiDeepPage()),
            new Phase("rest-case", users, restCase()),
            new Phase("ui-case", users, uiCase()),
            new Phase("rest-search", users, restSearch()),
            new Phase("ui-search", users, uiSearch()),
            // The sweep is the administrator's batch job: one caller, run again and again.
            new Phase("sweep", 1, sweep()),
            new Phase("dashboard", users, new ChainBuilder[]{uiLogin(ReportingScenarios.EXECUTIVE), reporting.dashboard()}),
            // The leadership report is a batch job too: one executive requests one after the other.
            new Phase("monthly-report", 1, new ChainBuilder[]{exec(session -> session), reporting.monthlyReport()}));
    private final Duration each = Duration.ofSeconds(Math.max(3, Long.getLong("bench.duration", 60) / (phases.size() - 1)));

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.baseUrl"))
            .acceptLanguageHeader("de")
            .userAgentHeader("kundenstimme-bench")
            .shareConnections();

    {
        PopulationBuilder chain = null;
        List<String> only = List.of(System.getProperty("bench.phases", "").split(","));
        for (Phase phase : phases) {
            if (!only.get(0).isEmpty() && !only.contains(phase.name)) {
                continue;
            }
            ScenarioBuilder scenario = scenario(phase.name).exec(phase.login)
                    .during(each).on(phase.work);
            PopulationBuilder population = scenario.injectOpen(atOnceUsers(phase.users));
            chain = chain == null ? population : chain.andThen(population);
        }
        setUp(chain).protocols(protocol);
    }

    private record Phase(String name, int users, ChainBuilder login, ChainBuilder work) {
        Phase(String name, int users, ChainBuilder[] steps) {
            this(name, users, steps[0], steps[1]);
        }
    }

    /** Reads of every kind, named "warm-up ..." so the report leaves them out. */
    private ChainBuilder[] warmUp() {
        return new ChainBuilder[]{uiLogin(HANDLER), feed(cases()).exec(
                restListing("warm-up REST list", "status=IN_PROGRESS"),
                http("warm-up REST case view").get("/api/v1/complaints/#{caseNumber}").basicAuth(HANDLER, PASSWORD),
                http("warm-up UI list").get("/complaint/list.xhtml").check(viewState()),
                uiFilter("warm-up UI list filter", "filters:priority_input", "HIGH"),
                http("warm-up UI case view").get("/complaint/case.xhtml?caseNumber=#{caseNumber}"),
                reporting.warmUp())};
    }

    private ChainBuilder[] restCapture() {
        String body = """
                {"channel":"EMAIL","customer":{"customerId":#{customerId}},"categoryCode":"PRODUKT_DEFEKT",
                 "priority":"NORMAL","subject":"Lasttest: Kaffeevollautomat tropft #{caseNumber}",
                 "verbatim":"Sehr geehrte Damen und Herren, das Gerät tropft seit gestern. Bitte um Rückruf."}""";
        return new ChainBuilder[]{exec(session -> session), feed(cases()).exec(http("REST capture").post("/api/v1/complaints")
                .basicAuth(HANDLER, PASSWORD).header("Content-Type", "application/json")
                .body(StringBody(body)).check(status().is(201)))};
    }

    /**
     * The capture form as a handler fills it for a caller who is not a customer yet: the "new
     * customer" box (an ajax round trip that shows the fields), then the save.
     */
    private ChainBuilder[] uiCapture() {
        return new ChainBuilder[]{uiLogin(HANDLER), feed(cases()).exec(
                http("UI capture form").get("/complaint/capture.xhtml").check(status().is(200), viewState()),
                http("UI capture new customer").post("/complaint/capture.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "capture:newCustomer")
                        .formParam("jakarta.faces.partial.execute", "capture:newCustomer")
                        .formParam("jakarta.faces.partial.render", "capture:customer capture:newCustomerFields capture:openCases")
                        .formParam("jakarta.faces.behavior.event", "change")
                        .formParam("jakarta.faces.partial.event", "change")
                        .formParam("capture", "capture")
                        .formParam("capture:newCustomer_input", "on")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200), substring("capture:customer_lastName"), partialViewState()),
                http("UI capture").post("/complaint/capture.xhtml")
                        .disableFollowRedirect()
                        .formParam("capture", "capture")
                        .formParam("capture:channel_input", "PHONE")
                        .formParam("capture:receivedAt_input", "")
                        .formParam("capture:newCustomer_input", "on")
                        .formParam("capture:customer_salutation_input", "Frau")
                        .formParam("capture:customer_firstName", "Erika")
                        .formParam("capture:customer_lastName", "Mustermann-#{customerId}")
                        .formParam("capture:customer_company", "")
                        .formParam("capture:customer_email", "erika.#{customerId}@example.de")
                        .formParam("capture:customer_phone", "+49 221 5550#{customerId}")
                        .formParam("capture:customer_street", "Domstraße 1")
                        .formParam("capture:customer_postalCode", "50668")
                        .formParam("capture:customer_city", "Köln")
                        .formParam("capture:categoryCode_input", "PRODUKT_DEFEKT")
                        .formParam("capture:productCode_input", "")
                        .formParam("capture:priority_input", "HIGH")
                        .formParam("capture:subject", "Lasttest über die Maske: Display flackert")
                        .formParam("capture:verbatim", "Die Kundin ruft an: Das Display flackert seit dem Update.")
                        .formParam("capture:desiredOutcome", "")
                        .formParam("capture:save", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(302), headerRegex("Location", "case\\.xhtml").exists()))};
    }

    private ChainBuilder[] restList() {
        return new ChainBuilder[]{exec(session -> session), exec(
                randomOf(
                        restListing("REST list", ""),
                        restListing("REST list status", "status=IN_PROGRESS"),
                        restListing("REST list category", "category=" + paths.getProperty("categoryId")),
                        restListing("REST list channel", "channel=LETTER"),
                        restListing("REST list owner", "owner=" + paths.getProperty("ownerId")),
                        restListing("REST list priority", "priority=CRITICAL"),
                        restListing("REST list period", "from=" + paths.getProperty("from") + "&to=" + paths.getProperty("to")),
                        restListing("REST list mine", "scope=MINE"),
                        restListing("REST list overdue", "scope=OVERDUE")))};
    }

    private ChainBuilder[] restDeepPage() {
        return new ChainBuilder[]{exec(session -> session), exec(
                http("REST list deep page").get("/api/v1/complaints?size=25&cursor=" + paths.getProperty("deepCursor"))
                        .basicAuth(HANDLER, PASSWORD).check(status().is(200), jsonPath("$.items[24].caseNumber").exists()))};
    }

    private ChainBuilder[] uiList() {
        return new ChainBuilder[]{uiLogin(HANDLER), exec(
                http("UI list").get("/complaint/list.xhtml").check(status().is(200), viewState()),
                exec(randomOf(
                        uiFilter("UI list status", "filters:status_input", "IN_PROGRESS"),
                        uiFilter("UI list category", "filters:category_input", paths.getProperty("categoryId")),
                        uiFilter("UI list channel", "filters:channel_input", "LETTER"),
                        uiFilter("UI list owner", "filters:owner_input", paths.getProperty("ownerId")),
                        uiFilter("UI list priority", "filters:priority_input", "CRITICAL"))))};
    }

    private ChainBuilder[] uiDeepPage() {
        return new ChainBuilder[]{uiLogin(HANDLER), exec(
                http("UI list first page").get("/complaint/list.xhtml").check(status().is(200), viewState()),
                http("UI list deep page").post("/complaint/list.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "results:cases")
                        .formParam("jakarta.faces.partial.execute", "results:cases")
                        .formParam("jakarta.faces.partial.render", "results:cases")
                        .formParam("results:cases_pagination", "true")
                        .formParam("results:cases_first", paths.getProperty("deepOffset"))
                        .formParam("results:cases_rows", "25")
                        .formParam("results:cases_skipChildren", "true")
                        .formParam("results:cases_encodeFeature", "true")
                        .formParam("results", "results")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200), substring("BE-"), substring("<error>").notExists()))};
    }

    private ChainBuilder[] restCase() {
        return new ChainBuilder[]{exec(session -> session), feedCase(http("REST case view")
                .get("/api/v1/complaints/#{caseNumber}").basicAuth(HANDLER, PASSWORD)
                .check(status().is(200), jsonPath("$.caseNumber").isEL("#{caseNumber}")))};
    }

    private ChainBuilder[] uiCase() {
        return new ChainBuilder[]{uiLogin(HANDLER), feedCase(http("UI case view")
                .get("/complaint/case.xhtml?caseNumber=#{caseNumber}")
                .check(status().is(200), substring("#{caseNumber}")))};
    }

    private ChainBuilder[] restSearch() {
        return new ChainBuilder[]{exec(session -> session), exec(http("REST search")
                .get("/api/v1/complaints?q=" + paths.getProperty("searchWord")).basicAuth(HANDLER, PASSWORD)
                .check(status().is(200)))};
    }

    private ChainBuilder[] uiSearch() {
        return new ChainBuilder[]{uiLogin(HANDLER), exec(
                http("UI list").get("/complaint/list.xhtml").check(status().is(200), viewState()),
                uiFilter("UI search", "filters:subjectText", paths.getProperty("searchWord")))};
    }

    private ChainBuilder[] sweep() {
        return new ChainBuilder[]{exec(session -> session), exec(http("REST sweep").post("/api/v1/deadlines/sweep")
                .basicAuth("admin", PASSWORD).check(status().is(200)))};
    }

    private HttpRequestActionBuilder restListing(String name, String query) {
        return http(name).get("/api/v1/complaints?size=25&" + query).basicAuth(HANDLER, PASSWORD)
                .check(status().is(200), jsonPath("$.items").exists());
    }

    /** The filter form's ajax submit, as the "Filter" button sends it; the result table comes back. */
    private HttpRequestActionBuilder uiFilter(String name, String field, String value) {
        return http(name).post("/complaint/list.xhtml")
                .header("Faces-Request", "partial/ajax")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", "filters:apply")
                .formParam("jakarta.faces.partial.execute", "filters")
                .formParam("jakarta.faces.partial.render", "results")
                .formParam("filters:apply", "filters:apply")
                .formParam("filters", "filters")
                .formParam(field, value)
                .formParam(VIEW_STATE, "#{viewState}")
                .check(status().is(200), substring("results:cases"), substring("<error>").notExists());
    }

    private ChainBuilder uiLogin(String username) {
        return exec(
                http("UI login form").get("/login.xhtml").check(status().is(200), viewState()),
                http("UI login").post("/login.xhtml")
                        .disableFollowRedirect()
                        .formParam("login", "login")
                        .formParam("login:username", username)
                        .formParam("login:password", PASSWORD)
                        .formParam("login:submit", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(302)));
    }

    private ChainBuilder feedCase(HttpRequestActionBuilder request) {
        return feed(cases()).exec(request);
    }

    private io.gatling.javaapi.core.FeederBuilder<String> cases() {
        return csv(work.resolve("cases.csv").toString()).circular();
    }

    private static CheckBuilder viewState() {
        return css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState");
    }

    /** A partial response carries the view state again; Mojarra may hand out a new one. */
    private static CheckBuilder partialViewState() {
        return regex("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]").optional().saveAs("viewState");
    }

    private static ChainBuilder randomOf(HttpRequestActionBuilder... requests) {
        List<ChainBuilder> choices = new ArrayList<>();
        for (HttpRequestActionBuilder request : requests) {
            choices.add(exec(request));
        }
        return io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch().on(choices);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
