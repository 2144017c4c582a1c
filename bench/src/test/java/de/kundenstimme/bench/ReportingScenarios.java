package de.kundenstimme.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The evaluation paths of the benchmark, as an executive uses them: the dashboard page and
 * GET /api/v1/figures for a month and for a year, of the company and of one department; and the
 * leadership report over a year, requested through REST and followed until it is finished. The
 * report's time to completion (finishedAt - requestedAt, as the server recorded them) goes to
 * report-completion.txt in the work directory, one line of seconds (or the state it ended in) per report.
 */
final class ReportingScenarios {

    static final String EXECUTIVE = "executive";
    static final String COMPLETION_FILE = "report-completion.txt";

    private final Properties paths;
    private final Path work;
    private final String password;

    ReportingScenarios(Properties paths, Path work, String password) {
        this.paths = paths;
        this.work = work;
        this.password = password;
    }

    /** The first call brings the daily figures up to date after the bulk load: not what a user waits for all day. */
    ChainBuilder warmUp() {
        return exec(http("warm-up figures").get("/api/v1/figures?" + period("Year", null)).basicAuth(EXECUTIVE, password)
                .requestTimeout(Duration.ofMinutes(10)).check(status().is(200)));
    }

    /** The dashboard page (after the login the given chain does) and the API, each variant chosen at random. */
    ChainBuilder dashboard() {
        String department = paths.getProperty("departmentCode");
        List<ChainBuilder> choices = new ArrayList<>();
        for (String span : List.of("Month", "Year")) {
            for (String of : new String[]{null, department}) {
                String name = span.toLowerCase() + (of == null ? "" : " department");
                choices.add(exec(http("Dashboard " + name).get("/reporting/dashboard.xhtml?" + period(span, of))
                        .check(status().is(200), substring("id=\"keyFigures\""))));
                choices.add(exec(http("REST figures " + name).get("/api/v1/figures?" + period(span, of))
                        .basicAuth(EXECUTIVE, password).check(status().is(200), jsonPath("$.received").exists())));
            }
        }
        return uniformRandomSwitch().on(choices);
    }

    /**
     * One report over the year: requested, then its state read every second until it finished (or failed).
     * The time to completion is the server's (requestedAt to finishedAt), so the polling adds nothing to it.
     */
    ChainBuilder monthlyReport() {
        String body = "{\"from\":\"" + paths.getProperty("figuresYearFrom") + "\",\"to\":\""
                + paths.getProperty("figuresYearTo") + "\"}";
        return exec(
                http("Monthly report request").post("/api/v1/reports").basicAuth(EXECUTIVE, password)
                        .header("Content-Type", "application/json").body(StringBody(body))
                        .check(status().is(202), jsonPath("$.id").saveAs("reportId")),
                exec(session -> session.set("reportStatus", "REQUESTED")),
                asLongAs(session -> !List.of("FINISHED", "FAILED", "STOPPED").contains(session.getString("reportStatus")))
                        .on(exec(pollPause(), reportState())),
                exec(session -> {
                    String state = session.getString("reportStatus");
                    if (!"FINISHED".equals(state)) {
                        record(state);
                        return session.markAsFailed();
                    }
                    Duration completion = Duration.between(Instant.parse(session.getString("requestedAt")),
                            Instant.parse(session.getString("finishedAt")));
                    record(String.format(java.util.Locale.ROOT, "%.1f", completion.toMillis() / 1000.0));
                    return session;
                }));
    }

    private static ChainBuilder pollPause() {
        return exec(session -> session).pause(Duration.ofSeconds(1));
    }

    private HttpRequestActionBuilder reportState() {
        return http("Monthly report status").get("/api/v1/reports/#{reportId}").basicAuth(EXECUTIVE, password)
                .check(status().is(200), jsonPath("$.status").saveAs("reportStatus"),
                        jsonPath("$.requestedAt").saveAs("requestedAt"), finishedAt());
    }

    private static CheckBuilder finishedAt() {
        return jsonPath("$.finishedAt").optional().saveAs("finishedAt");
    }

    /** Seconds to completion, or the state a report ended in otherwise. */
    private synchronized void record(String outcome) {
        try {
            Files.writeString(work.resolve(COMPLETION_FILE), outcome + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String period(String span, String department) {
        return "from=" + paths.getProperty("figures" + span + "From") + "&to=" + paths.getProperty("figures" + span + "To")
                + (department == null ? "" : "&department=" + department);
    }
}
