package de.kundenstimme.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/** A small HTTP client for the REST API as one demo user, for the integration tests. */
public final class Api {

    public static final String PASSWORD = "demo";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    private Api(URL deployment, String user, String password) {
        this.base = URI.create(deployment.toString().replaceAll("/?$", "/") + "api/v1/");
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Api as(URL deployment, String user) {
        return new Api(deployment, user, PASSWORD);
    }

    public static Api as(URL deployment, String user, String password) {
        return new Api(deployment, user, password);
    }

    public static Api anonymous(URL deployment) {
        return new Api(deployment, null, null);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    public Reply patch(String path, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    /**
     * Moves the deployed application's clock forward by whole days from the real time, so that its
     * today is the given day in German time (see {@link TravellingTime}); as admin.
     */
    public Reply travelTo(LocalDate day) {
        resetClock();
        long days = ChronoUnit.DAYS.between(LocalDate.now(ZoneId.of("Europe/Berlin")), day);
        return send(request("../test/clock?days=" + days).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sets the deployed application's clock back to the real time; as admin. */
    public Reply resetClock() {
        return send(request("../test/clock").DELETE());
    }

    /** A binary answer, e.g. a PDF, asked for with the given Accept header. */
    public HttpResponse<byte[]> bytes(String path, String accept) {
        try {
            return client.send(request(path).setHeader("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** A response with its body read as JSON where it is JSON. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(response.body())).read();
        }
    }
}
