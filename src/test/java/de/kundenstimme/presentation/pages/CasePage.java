package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One case (complaint/case.xhtml): facts, lifecycle buttons and their dialog, notes, history. */
public final class CasePage extends Page {

    public static final Pattern CASE_NUMBER = Pattern.compile("BE-\\d{4}-\\d{6}");
    public static final By STATUS = By.cssSelector("#lifecycle .ks-status");
    public static final By VERBATIM = By.id("verbatim");
    public static final By AGREED_SOLUTION = By.id("agreedSolution");
    public static final By CUSTOMER = By.id("customerName");
    public static final By DIALOG = By.id("actionDialog");
    public static final By DIALOG_AGREED_SOLUTION = By.id("actionForm:agreedSolution");
    public static final By DIALOG_REASON = By.id("actionForm:reason");
    public static final By DIALOG_CONFIRM = By.id("actionForm:confirm");
    public static final By DIALOG_ABORT = By.id("actionForm:abort");
    public static final By PRIORITY = By.id("case:priority_label");
    public static final By CHANGE_PRIORITY = By.id("case:changePriority");
    public static final By NOTE_KIND = By.id("case:noteKind_label");
    public static final By NOTE_TEXT = By.id("case:noteText");
    public static final By ADD_NOTE = By.id("case:addNote");
    public static final By NOTES = By.cssSelector("#notes li");
    public static final By HISTORY_ROWS = By.cssSelector("[id='case:history_data'] > tr");
    public static final By CONFLICT = By.cssSelector("[id='case:conflict'] .ks-warning");
    public static final By RELOAD = By.id("case:reload");

    private CasePage(Browser browser) {
        super(browser);
    }

    public static CasePage on(Browser browser) {
        browser.find(STATUS);
        return new CasePage(browser);
    }

    public static CasePage open(Browser browser, String caseNumber) {
        browser.go("complaint/case.xhtml?caseNumber=" + caseNumber);
        return on(browser);
    }

    /** The case number the heading shows ("BE-2026-000123: Betreff"). */
    public String caseNumber() {
        Matcher matcher = CASE_NUMBER.matcher(heading());
        if (!matcher.find()) {
            throw new AssertionError("No case number in the heading: " + heading());
        }
        return matcher.group();
    }

    public String status() {
        return browser.text(STATUS);
    }

    public void untilStatus(String expected) {
        expect("the status '" + expected + "'", d -> d.findElement(STATUS).getText().equals(expected));
    }

    public String verbatim() {
        return browser.text(VERBATIM);
    }

    /** The verbatim as the server wrote it into the page, markup and all. */
    public String verbatimHtml() {
        return browser.find(VERBATIM).getDomProperty("innerHTML");
    }

    public String agreedSolution() {
        return browser.text(AGREED_SOLUTION);
    }

    /** The value shown after a label of the facts list, e.g. "Kategorie". */
    public String fact(String label) {
        return browser.text(By.xpath("//dl[contains(@class,'ks-facts')]/dt[normalize-space()='" + label
                + "']/following-sibling::dd[1]"));
    }

    /** The names on the lifecycle buttons the case offers now, in order. */
    public List<String> actions() {
        browser.ajaxIdle();
        return browser.until(d -> d.findElements(By.cssSelector("#lifecycle button")).stream()
                .map(WebElement::getText).map(String::strip).toList());
    }

    public boolean offers(String action) {
        return actions().contains(action);
    }

    /** Clicks a lifecycle button and waits for its confirmation dialog. */
    public CasePage startAction(String action) {
        browser.ajaxIdle();
        browser.click(By.xpath("//div[@id='lifecycle']//button[normalize-space()='" + action + "']"));
        browser.ajaxIdle();
        expect("the dialog of '" + action + "'", d -> browser.visible(DIALOG_CONFIRM)
                && d.findElement(By.cssSelector("#actionDialog .ui-dialog-title")).getText().contains(action));
        return this;
    }

    public boolean dialogOpen() {
        return browser.visible(DIALOG);
    }

    public CasePage enterAgreedSolution(String text) {
        WebElement field = browser.find(DIALOG_AGREED_SOLUTION);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public CasePage enterReason(String text) {
        WebElement field = browser.find(DIALOG_REASON);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** "Bestätigen" in the dialog; waits for the answer of the server. */
    public CasePage confirm() {
        browser.click(DIALOG_CONFIRM);
        browser.ajaxIdle();
        return this;
    }

    public CasePage abortDialog() {
        browser.click(DIALOG_ABORT);
        browser.until(d -> !browser.visible(DIALOG));
        return this;
    }

    /** Runs a lifecycle action that needs no input and waits until the status shows its result. */
    public CasePage perform(String action, String expectedStatus) {
        startAction(action).confirm();
        untilStatus(expectedStatus);
        expect("the dialog to close", d -> !browser.visible(DIALOG));
        return this;
    }

    public String priority() {
        return browser.text(PRIORITY);
    }

    /** Picks a priority in the menu (label, then the item) and presses "Priorität ändern". */
    public CasePage changePriority(String label) {
        choose("case:priority", label);
        browser.click(CHANGE_PRIORITY);
        browser.ajaxIdle();
        return this;
    }

    /** Adds a timeline entry of the given kind ("Notiz", "Abschließende Antwort telefonisch gegeben", …). */
    public CasePage addNote(String kind, String text) {
        choose("case:noteKind", kind);
        WebElement field = browser.find(NOTE_TEXT);
        field.clear();
        field.sendKeys(text);
        browser.click(ADD_NOTE);
        browser.ajaxIdle();
        return this;
    }

    public List<String> notes() {
        return browser.all(NOTES).stream().map(WebElement::getText).toList();
    }

    /** The history table, one row per entry, cells joined with " | " (Wann | Wer | Was | Feld | Vorher | Nachher). */
    public List<String> history() {
        return browser.until(d -> d.findElements(HISTORY_ROWS).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip)
                        .reduce((a, b) -> a + " | " + b).orElse(""))
                .toList());
    }

    public boolean conflictShown() {
        return browser.visible(CONFLICT);
    }

    public String conflictHint() {
        return browser.text(CONFLICT);
    }

    /** "Aktuellen Stand laden" after a conflict. */
    public CasePage reload() {
        browser.click(RELOAD);
        browser.ajaxIdle();
        expect("the conflict hint to go", d -> !conflictShown());
        return this;
    }

    /**
     * A PrimeFaces select menu: click its label, then the item with that label. The menu is scrolled
     * to the middle of the window first: PrimeFaces closes an open menu when the page scrolls, and
     * Selenium would scroll to reach an item below the fold.
     */
    private void choose(String menuId, String label) {
        browser.ajaxIdle();
        By menu = By.id(menuId + "_label");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.find(menu));
        browser.click(menu);
        browser.until(d -> "true".equals(d.findElement(menu).getDomAttribute("aria-expanded")));
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        browser.click(item);
        expect("'" + label + "' chosen in " + menuId, d -> label.equals(d.findElement(menu).getText()));
    }

    /** The source keys in the customer's table of source records (golden record), in order. */
    public List<String> customerRecordKeys() {
        browser.ajaxIdle();
        return browser.read(d -> d.findElements(By.cssSelector("[id='case:customerRecords_data'] > tr[data-ri] > td:nth-child(2)"))
                .stream().map(WebElement::getText).map(String::strip).toList());
    }

    public boolean offersSeparation() {
        return browser.exists(By.cssSelector("[id='case:customerRecords'] .ks-separate"));
    }

    private static By recordRow(String sourceKey) {
        return By.xpath("//*[@id='case:customerRecords_data']/tr[td[2][normalize-space(.)='" + sourceKey + "']]");
    }

    /** "Trennen" in the record's row; waits for the confirmation and returns its question. */
    public String startSeparating(String sourceKey) {
        browser.click(recordRow(sourceKey), By.cssSelector(".ks-separate"));
        return expect("the confirmation to separate " + sourceKey, d -> {
            WebElement dialog = d.findElement(By.cssSelector(".ks-separate-confirm"));
            return dialog.isDisplayed() ? dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText() : null;
        });
    }

    public void confirmSeparation() {
        browser.click(By.cssSelector(".ks-separate-confirm .ks-separate-yes"));
        untilMessage("Der Datensatz ist wieder ein eigener Kunde");
    }

    public void cancelSeparation() {
        browser.click(By.cssSelector(".ks-separate-confirm .ks-separate-no"));
        expect("the confirmation to close", d -> !d.findElement(By.cssSelector(".ks-separate-confirm")).isDisplayed());
    }
}
