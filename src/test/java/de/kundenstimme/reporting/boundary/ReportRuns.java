package de.kundenstimme.reporting.boundary;

import de.kundenstimme.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Leadership reports over the API for the tests: request one, follow it to its end, fetch its files. */
final class ReportRuns {

    private ReportRuns() {
    }

    /** Requests the report of the period as the executive and waits until it is finished; its id. */
    static long finished(Api executive, LocalDate from, LocalDate to) {
        Api.Reply requested = executive.post("reports", Json.createObjectBuilder().add("from", from.toString())
                .add("to", to.toString()).build().toString());
        assertEquals(202, requested.status(), requested.body());
        String path = "reports/" + requested.json().getJsonNumber("id").longValue();
        Instant giveUp = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(giveUp)) {
            JsonObject report = executive.get(path).json();
            switch (report.getString("status")) {
                case "FINISHED" -> {
                    return report.getJsonNumber("id").longValue();
                }
                case "REQUESTED", "RUNNING" -> pause();
                default -> throw new AssertionError("the report ended " + report);
            }
        }
        throw new AssertionError("the report did not finish");
    }

    /** The report's file of the kind ("pdf", "xlsx"). */
    static byte[] download(Api executive, long report, String kind) throws IOException, InterruptedException {
        String path = "reports/" + report + "/" + kind;
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(executive.request(path).setHeader("Accept", "*/*")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
