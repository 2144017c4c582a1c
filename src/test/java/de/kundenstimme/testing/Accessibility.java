package de.kundenstimme.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core (WCAG 2.1 A/AA rules: labels, contrast, landmarks, ARIA) on the page the browser
 * shows and gives back what a user with a screen reader or low vision would trip over.
 */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String AXE = load();

    private Accessibility() {
    }

    /** The serious and critical violations, one line each: rule, impact, help text and the offending elements. */
    public static List<String> seriousViolations(Browser browser) {
        browser.ajaxIdle();
        browser.script(AXE);
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},"
                        + " resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations)))"
                        + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));");
        try (JsonReader reader = Json.createReader(new StringReader((String) result))) {
            JsonArray violations = reader.readArray();
            return violations.getValuesAs(JsonObject.class).stream()
                    .filter(v -> BLOCKING.contains(v.getString("impact", "")))
                    .map(v -> v.getString("id") + " (" + v.getString("impact") + "): " + v.getString("help") + " at "
                            + v.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                            .map(n -> n.getJsonArray("target").toString()).toList())
                    .toList();
        }
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
