package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The capture form (complaint/capture.xhtml), driven from the keyboard only: Tab moves the focus,
 * keys are typed into whatever has it, never a click on a form field.
 */
public final class CapturePage extends Page {

    public static final String CHANNEL = "capture:channel_label";
    public static final String RECEIVED_AT = "capture:receivedAt_input";
    public static final String CUSTOMER_SEARCH = "capture:customer_input";
    public static final String NEW_CUSTOMER = "capture:newCustomer_input";
    public static final String LAST_NAME = "capture:customer_lastName";
    public static final String FIRST_NAME = "capture:customer_firstName";
    public static final String EMAIL = "capture:customer_email";
    public static final String CATEGORY = "capture:categoryCode_label";
    public static final String PRODUCT = "capture:productCode_label";
    public static final String PRIORITY = "capture:priority_label";
    public static final String SUBJECT = "capture:subject";
    public static final String VERBATIM = "capture:verbatim";
    public static final String DESIRED_OUTCOME = "capture:desiredOutcome";
    public static final String SAVE = "capture:save";

    /** More Tab presses than the form has stops: a field not reached within them is not reachable. */
    private static final int MAX_TABS = 40;
    /** How long a person looks at a popup that opened before pressing the next key. */
    private static final Duration PERSON_PACE = Duration.ofMillis(600);

    private final List<String> focusTraps = new ArrayList<>();

    private CapturePage(Browser browser) {
        super(browser);
    }

    public static CapturePage open(Browser browser) {
        browser.go("complaint/capture.xhtml");
        return on(browser);
    }

    public static CapturePage on(Browser browser) {
        browser.find(By.id(SUBJECT));
        return new CapturePage(browser);
    }

    /**
     * Presses Tab until the field with this id has the focus. A calendar popup that swallows the
     * focus is left with Escape, as a keyboard user would, and remembered (see {@link #focusTraps()}).
     */
    public CapturePage tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (id.equals(browser.focusedId())) {
                return this;
            }
            tab();
            escapeCalendarPopup();
        }
        throw new AssertionError("Tab never reached " + id + "; focus is on '" + browser.focusedId() + "'");
    }

    /** Presses Tab once and tells where the focus went (the id, or a description if it has none). */
    public String tabOnce() {
        tab();
        return focusDescription();
    }

    /**
     * Tab at a person's pace: where the new field opens a popup on focus (the date pickers), the
     * user sees it open before pressing the next key; a machine pressing Tab within milliseconds
     * would slip past what a person runs into.
     */
    private void tab() {
        browser.keys(Keys.TAB);
        Object popup = browser.script("var e = document.activeElement;"
                + " return e && e.getAttribute('aria-haspopup') === 'dialog' ? e.getAttribute('aria-controls') : null;");
        if (popup instanceof String panel && !panel.isBlank()) {
            try {
                browser.wait(Duration.ofSeconds(2)).until(d -> browser.visible(By.id(panel)));
            } catch (TimeoutException noPopup) {
                return;
            }
            pause(PERSON_PACE);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String focusDescription() {
        String id = browser.focusedId();
        if (!id.isEmpty()) {
            return id;
        }
        return String.valueOf(browser.script("var e = document.activeElement;"
                + " var p = e.closest('.ui-datepicker, .p-datepicker-panel, [id$=_panel]');"
                + " return e.tagName + (p ? ' in ' + (p.id || p.className) : '') + ': ' + e.textContent.trim().substring(0, 30);"));
    }

    private void escapeCalendarPopup() {
        Object inCalendar = browser.script("var e = document.activeElement;"
                + " return !!(e && e.closest('.ui-datepicker') && e.closest('.ui-datepicker') !== e.closest('.p-datepicker'));");
        if (Boolean.TRUE.equals(inCalendar)) {
            focusTraps.add(focusDescription());
            browser.keys(Keys.ESCAPE);
        }
    }

    /** Where Tab ended up inside a calendar popup instead of on the next field. */
    public List<String> focusTraps() {
        return List.copyOf(focusTraps);
    }

    /** Types into the focused field. */
    public CapturePage type(CharSequence... text) {
        browser.keys(text);
        return this;
    }

    public CapturePage press(Keys key) {
        browser.keys(key);
        return this;
    }

    /** Space on the focused "Neuer Kunde" checkbox; waits until the new customer's fields are there. */
    public CapturePage toggleNewCustomer() {
        browser.keys(Keys.SPACE);
        browser.find(By.id(LAST_NAME));
        browser.ajaxIdle();
        return this;
    }

    /**
     * On a focused select menu with a filter: Space opens it, the text filters, Enter takes the match
     * the filter highlighted. (No arrow key: at the end of a filtered list PrimeFaces' ArrowDown
     * jumps to the next item that the filter hid.)
     */
    public CapturePage chooseByFilter(String text) {
        browser.keys(Keys.SPACE);
        browser.until(d -> browser.focusedId().endsWith("_filter"));
        browser.keys(text);
        browser.until(d -> d.findElements(By.cssSelector(".ui-selectonemenu-panel li.ui-selectonemenu-item"))
                .stream().filter(WebElement::isDisplayed).count() == 1);
        browser.keys(Keys.ENTER);
        browser.until(d -> !browser.focusedId().endsWith("_filter"));
        return this;
    }

    /** The text a select menu shows now. */
    public String shown(String labelId) {
        return browser.text(By.id(labelId));
    }

    public String value(String id) {
        return browser.present(By.id(id)).getDomProperty("value");
    }

    /** Enter on the focused save button; waits for the page the form leads to. */
    public void pressEnterToSave() {
        WebElement page = browser.present(By.tagName("html"));
        browser.keys(Keys.ENTER);
        browser.until(d -> Browser.isGone(page));
        browser.ajaxIdle();
    }

    public CasePage savedCase() {
        browser.untilUrlContains("complaint/case.xhtml");
        return CasePage.on(browser);
    }

    public boolean isShown() {
        return browser.url().contains("complaint/capture.xhtml") && browser.exists(By.id(SUBJECT));
    }
}
