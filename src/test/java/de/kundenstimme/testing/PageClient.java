package de.kundenstimme.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages over plain HTTP, without a browser: one session (cookie) per client, signed in by the
 * login form, redirects not followed so a test sees where they lead. For the tests that try many
 * pages as many users, where a browser would take too long.
 */
public final class PageClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client;
    private final URI base;

    private PageClient(URL deployment) {
        this.base = URI.create(deployment.toString().replaceAll("/$", "") + "/");
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static PageClient anonymous(URL deployment) {
        return new PageClient(deployment);
    }

    /** A session signed in through the login form with the demo password. */
    public static PageClient signedIn(URL deployment, String user) {
        PageClient pages = new PageClient(deployment);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", Api.PASSWORD);
        form.put("login:submit", "");
        HttpResponse<String> answer = pages.submit("login.xhtml", form);
        String target = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || target.contains("login.xhtml")) {
            throw new IllegalStateException("login of " + user + " failed: " + answer.statusCode() + " " + answer.body());
        }
        return pages;
    }

    /**
     * The fields PrimeFaces sends when a button ("form:button") is pressed by AJAX, processing
     * only the button and rendering its form; the inputs it should process are added by the caller.
     */
    public static Map<String, String> pressed(String button) {
        return pressed(button, button, button.substring(0, button.indexOf(':')));
    }

    /** A button pressed by AJAX that processes and renders the components named (space-separated). */
    public static Map<String, String> pressed(String button, String execute, String render) {
        Map<String, String> fields = ajax(button, execute, render);
        fields.put(button, button);
        return fields;
    }

    /** The fields of a component's AJAX event, e.g. "valueChange" of a menu or "itemSelect" of a chart. */
    public static Map<String, String> event(String source, String event, String render) {
        Map<String, String> fields = ajax(source, source, render);
        fields.put("jakarta.faces.behavior.event", event);
        return fields;
    }

    private static Map<String, String> ajax(String source, String execute, String render) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        String form = source.substring(0, source.indexOf(':'));
        fields.put(form, form);
        return fields;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /**
     * Opens the page, then posts its form with the given fields and the view state the page gave
     * (the form's own name must be among the fields, as Faces expects).
     */
    public HttpResponse<String> submit(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState(path));
        return post(path, all);
    }

    /** Opens the page and gives the view state of its (first) form. */
    public String viewState(String path) {
        Matcher state = VIEW_STATE.matcher(get(path).body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on " + path);
        }
        return state.group(1).replace("&#58;", ":");
    }

    /** A form post as it is, e.g. without or with a forged view state. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
