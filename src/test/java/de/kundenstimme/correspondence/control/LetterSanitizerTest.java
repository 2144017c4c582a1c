package de.kundenstimme.correspondence.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterSanitizerTest {

    @Test
    void keepsParagraphsEmphasisAndLists() {
        String html = "<p>Guten Tag,</p><p><strong>wichtig</strong> und <em>betont</em></p><ul><li>eins</li></ul>";

        assertEquals(html, LetterSanitizer.clean(html));
    }

    @Test
    void removesScriptsHandlersStylesAndEverythingThatLoadsFromOutside() {
        String hostile = "<p onclick=\"steal()\" style=\"background:url(http://evil.example/x.png)\">Text</p>"
                + "<script>alert('x')</script><img src=\"http://evil.example/track.gif\">"
                + "<link rel=\"stylesheet\" href=\"http://evil.example/a.css\"><iframe src=\"http://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(1)\">Link</a><style>p{color:red}</style>";

        String clean = LetterSanitizer.clean(hostile);

        assertEquals("<p>Text</p>Link", clean);
        assertFalse(clean.contains("evil.example"));
    }

    @Test
    void keepsPlaceholdersUmlautsAndEscapesMarkupCharactersInText() {
        String clean = LetterSanitizer.clean("<p>{{salutation}} Größe & Maß < 5</p>");

        assertEquals("<p>{{salutation}} Größe &amp; Maß &lt; 5</p>", clean);
    }

    @Test
    void tellsWhetherAnyTextIsLeft() {
        assertFalse(LetterSanitizer.hasText("<script>alert(1)</script><p> </p>"));
        assertFalse(LetterSanitizer.hasText(null));
        assertTrue(LetterSanitizer.hasText("<p>Danke</p>"));
    }
}
