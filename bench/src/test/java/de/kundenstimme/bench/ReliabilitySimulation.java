package de.kundenstimme.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The reliability load of issue 8: handlers working side by side for the whole duration, each
 * capturing complaints through REST, changing a case some colleague may be changing at the same
 * moment (If-Match), adding and finishing steps, listing, searching, drafting and submitting letters.
 * <p>
 * Every answer the application acknowledged is written to the events file, one line each, for
 * {@link ReliabilityCheck} to find in the database afterwards: {@code capture <caseNumber>},
 * {@code flag <caseNumber> <version> <legalThreat>}, {@code step <caseNumber> <stepId>},
 * {@code stepDone <caseNumber> <stepId>}, {@code letter <caseNumber> <letterId>},
 * {@code submitted <caseNumber> <letterId>}; a refused change is {@code conflict <caseNumber>}
 * (412: a colleague was faster, which is correct and not an error), and with bench.outage an answer
 * the outage explains is {@code outage <status> <request>}.
 * <p>
 * System properties: bench.baseUrl, bench.duration (seconds), bench.users (default 50),
 * bench.events (the events file), bench.outage (true: the database goes away for a while, so 503
 * as a problem document is an expected answer too, still without a stack trace; 500 never is).
 */
public class ReliabilitySimulation extends Simulation {

    private static final String PASSWORD = "demo";
    private static final List<String> HANDLERS = List.of("handler.service", "handler.service2");
    /** The cases colleagues work on together: few enough that two of them meet now and then. */
    private static final int SHARED_CASES = 10;
    /** A stack trace, an exception's or SQL's name: nothing of that may reach a client. */
    private static final String LEAK =
            "(\\tat |Caused by:|SQLSTATE|SQLState|java\\.sql\\.|org\\.hibernate\\.|org\\.mariadb\\.|(?i)select .{1,80} from )";

    private final boolean outage = Boolean.getBoolean("bench.outage");
    private final int users = Integer.getInteger("bench.users", 50);
    private final Duration duration = Duration.ofSeconds(Long.getLong("bench.duration", 600));
    private final PrintWriter events = events(Path.of(System.getProperty("bench.events", "target/run/events.log")));
    private final List<String> shared = new ArrayList<>();
    private final AtomicLong captures = new AtomicLong();

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.baseUrl"))
            .acceptHeader("application/json")
            .acceptLanguageHeader("de")
            .userAgentHeader("kundenstimme-bench-reliability");

    {
        ScenarioBuilder work = scenario("reliability")
                .exec(session -> session.set("handler", HANDLERS.get((int) (session.userId() % HANDLERS.size()))))
                .during(duration).on(exec(
                        think(),
                        capture(),
                        doIf(session -> session.contains("caseNumber")).then(exec(
                                think(),
                                changeSharedCase(),
                                think(),
                                step(),
                                think(),
                                list(),
                                think(),
                                search(),
                                think(),
                                letter()))));
        // Any failed request fails the run (Gatling's exit status); 412 is an answer, not a failure.
        setUp(work.injectOpen(atOnceUsers(users))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        events.close();
    }

    /** A new complaint with a subject of its own, so the check finds exactly this one. */
    private ChainBuilder capture() {
        String body = """
                {"channel":"PHONE","customer":{"lastName":"Dauerlast #{token}","firstName":"Erika",
                 "email":"dauerlast.#{token}@example.de","postalCode":"50668","city":"Köln","street":"Domstraße 1"},
                 "categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL","subject":"Dauerlast #{token}: Gerät tropft",
                 "verbatim":"Die Kundin ruft an: Das Gerät tropft seit gestern. Bitte um Rückruf."}""";
        return exec(session -> session.remove("caseNumber")
                        .set("token", System.currentTimeMillis() + "-" + captures.incrementAndGet()))
                .exec(request("capture", http("capture").post("/api/v1/complaints").body(StringBody(body))
                        .header("Content-Type", "application/json"), List.of(jsonPath("$.caseNumber").saveAs("caseNumber")), 201))
                .exec(session -> acknowledged(session, 201, "capture " + session.getString("caseNumber")))
                .exec(session -> {
                    if (session.contains("caseNumber")) {
                        share(session.getString("caseNumber"));
                    }
                    return session;
                });
    }

    /** Reads a case a colleague may be reading too, and flips its legal-threat flag with If-Match. */
    private ChainBuilder changeSharedCase() {
        return exec(session -> session.set("sharedCase", anyShared()).remove("etag"))
                .exec(request("case view", http("case view").get("/api/v1/complaints/#{sharedCase}"), List.of(
                        header("ETag").saveAs("etag"), jsonPath("$.legalThreat").ofBoolean().saveAs("legalThreat")), 200))
                .doIf(session -> session.contains("etag")).then(exec(
                        think(),
                        exec(session -> session.set("flipped", !session.getBoolean("legalThreat"))),
                        request("special case change", http("special case change").patch("/api/v1/complaints/#{sharedCase}/special-cases")
                                .header("Content-Type", "application/json").header("If-Match", "#{etag}")
                                .body(StringBody("{\"legalThreat\":#{flipped}}")),
                                List.of(jsonPath("$.version").saveAs("version")), 200, 412),
                        exec(session -> {
                            if (answered(session, 412)) {
                                log("conflict " + session.getString("sharedCase"));
                                return session;
                            }
                            return acknowledged(session, 200, "flag " + session.getString("sharedCase") + " "
                                    + session.getString("version") + " " + session.getBoolean("flipped"));
                        })));
    }

    private ChainBuilder step() {
        return exec(request("step add", http("step add").post("/api/v1/complaints/#{caseNumber}/steps")
                .header("Content-Type", "application/json")
                .body(StringBody("{\"description\":\"Rückruf bei der Kundin #{token}\"}")),
                List.of(jsonPath("$.id").saveAs("stepId"), header("ETag").saveAs("stepTag")), 201))
                .doIf(session -> answered(session, 201)).then(exec(
                        exec(session -> acknowledged(session, 201,
                                "step " + session.getString("caseNumber") + " " + session.getString("stepId"))),
                        think(),
                        request("step done", http("step done").patch("/api/v1/complaints/#{caseNumber}/steps/#{stepId}")
                                .header("Content-Type", "application/json").header("If-Match", "#{stepTag}")
                                .body(StringBody("{\"state\":\"DONE\",\"result\":\"Kundin erreicht #{token}\"}")),
                                List.of(), 200),
                        exec(session -> acknowledged(session, 200,
                                "stepDone " + session.getString("caseNumber") + " " + session.getString("stepId")))));
    }

    private ChainBuilder list() {
        return exec(request("list", http("list").get("/api/v1/complaints?size=25&status=NEW"), List.of(), 200));
    }

    private ChainBuilder search() {
        return exec(request("search", http("search").get("/api/v1/complaints?size=25&q=Dauerlast"), List.of(), 200));
    }

    private ChainBuilder letter() {
        return exec(request("letter draft", http("letter draft").post("/api/v1/complaints/#{caseNumber}/letters")
                .header("Content-Type", "application/json")
                .body(StringBody("{\"letterType\":\"ACKNOWLEDGEMENT\",\"language\":\"de\"}")),
                List.of(jsonPath("$.id").saveAs("letterId"), header("ETag").saveAs("letterTag")), 201))
                .doIf(session -> answered(session, 201)).then(exec(
                        exec(session -> acknowledged(session, 201,
                                "letter " + session.getString("caseNumber") + " " + session.getString("letterId"))),
                        think(),
                        request("letter submit", http("letter submit").post("/api/v1/letters/#{letterId}/submission")
                                .header("If-Match", "#{letterTag}"), List.of(), 200),
                        exec(session -> acknowledged(session, 200,
                                "submitted " + session.getString("caseNumber") + " " + session.getString("letterId")))));
    }

    /**
     * The request as the handler of this virtual user sends it, with the answers it may give: the
     * expected ones, and during an outage 503 as application/problem+json (the database away is the
     * server's passing state, not a fault). Whatever it answers carries no stack trace. The reads
     * take values from the first expected answer (the acknowledging one) only.
     */
    private ChainBuilder request(String name, HttpRequestActionBuilder request, List<CheckBuilder> reads,
                                 Integer... expected) {
        List<Integer> allowed = new ArrayList<>(List.of(expected));
        if (outage) {
            allowed.add(503);
        }
        return exec(session -> session.remove("status")).exec(request.basicAuth("#{handler}", PASSWORD)
                        .check(status().saveAs("status"), status().in(allowed), regex(LEAK).notExists())
                        .checkIf((response, session) -> response.status().code() == 503)
                        .then(headerRegex("Content-Type", "^application/problem\\+json").exists())
                        .checkIf((response, session) -> response.status().code() == expected[0])
                        .then(reads.toArray(CheckBuilder[]::new)))
                .exec(session -> {
                    if (session.contains("status") && !allowed.contains(session.getInt("status"))) {
                        log("unexpected " + session.getInt("status") + " " + name.replace(' ', '-'));
                    }
                    return session;
                });
    }

    /** Logs the event if the application acknowledged it, else the answer that came instead ("none": no answer). */
    private Session acknowledged(Session session, int expected, String event) {
        if (answered(session, expected)) {
            log(event);
        } else {
            log("outage " + (session.contains("status") ? session.getInt("status") : "none") + " "
                    + event.substring(0, event.indexOf(' ')));
        }
        return session;
    }

    private static boolean answered(Session session, int expected) {
        return session.contains("status") && session.getInt("status") == expected;
    }

    private ChainBuilder think() {
        return pause(Duration.ofMillis(300), Duration.ofMillis(1500));
    }

    private void share(String caseNumber) {
        synchronized (shared) {
            if (shared.size() < SHARED_CASES) {
                shared.add(caseNumber);
            } else {
                shared.set(ThreadLocalRandom.current().nextInt(SHARED_CASES), caseNumber);
            }
        }
    }

    private String anyShared() {
        synchronized (shared) {
            return shared.get(ThreadLocalRandom.current().nextInt(shared.size()));
        }
    }

    private void log(String event) {
        synchronized (events) {
            events.println(event);
            events.flush();
        }
    }

    private static PrintWriter events(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
