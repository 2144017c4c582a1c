package de.kundenstimme.correspondence.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceholdersTest {

    @Test
    void namesAnUnknownPlaceholderAndAcceptsKnownOnes() {
        String body = "<p>{{salutation}}</p><p>{{ thanks }} {{kundenName}} {{caseNumber}} {{ foo.bar }}</p>";

        assertEquals(Set.of("kundenName", "foo.bar"), Placeholders.unknown(body));
        assertEquals(List.of("salutation", "thanks", "kundenName", "caseNumber", "foo.bar"),
                List.copyOf(Placeholders.used(body)));
        assertTrue(Placeholders.unknown("<p>{{salutation}} {{thanks}} {{agreedSolution}}</p>").isEmpty());
    }

    @Test
    void fillsValuesEscapedForHtmlAndKeepsLineBreaks() {
        String filled = Placeholders.fillHtml("<p>{{salutation}}</p><p>{{agreedSolution}}</p>",
                Map.of("salutation", "Sehr geehrte Frau Müller,",
                        "agreedSolution", "Ersatz <script>alert(1)</script> & \"Gutschein\"\nab Montag"));

        assertEquals("<p>Sehr geehrte Frau Müller,</p><p>Ersatz &lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                + "&quot;Gutschein&quot;<br>ab Montag</p>", filled);
    }

    @Test
    void aValueThatLooksLikeAPlaceholderOrARegexReplacementIsTakenLiterally() {
        String filled = Placeholders.fillText("{{subject}} – {{caseNumber}}",
                Map.of("subject", "Preis $1 {{caseNumber}} \\o/", "caseNumber", "BE-2026-000001"));

        assertEquals("Preis $1 {{caseNumber}} \\o/ – BE-2026-000001", filled);
    }

    @Test
    void anUnknownPlaceholderStaysVisibleInThePreview() {
        assertEquals("Hallo {{vorname}}", Placeholders.fillText("Hallo {{vorname}}", Map.of()));
    }
}
