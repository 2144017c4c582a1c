package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The complaint list (complaint/list.xhtml): scopes, filters and the lazy table of cases. */
public final class ComplaintListPage extends Page {

    public static final By SUBJECT_FILTER = By.id("filters:subjectText");
    public static final By APPLY = By.id("filters:apply");
    public static final By TABLE = By.id("results:cases");
    public static final By ROWS = By.cssSelector("[id='results:cases_data'] > tr");
    public static final By CASE_LINKS = By.cssSelector("[id='results:cases_data'] a.ks-case-link");
    public static final By EMPTY = By.cssSelector("[id='results:cases_data'] > tr.ui-datatable-empty-message");

    private ComplaintListPage(Browser browser) {
        super(browser);
    }

    public static ComplaintListPage on(Browser browser) {
        browser.find(TABLE);
        return new ComplaintListPage(browser);
    }

    public static ComplaintListPage open(Browser browser, String scope) {
        browser.go("complaint/list.xhtml?scope=" + scope);
        return on(browser);
    }

    /** Types into "Text im Betreff" and presses "Filtern"; waits until the table shows the result. */
    public ComplaintListPage filterBySubject(String text) {
        WebElement field = browser.find(SUBJECT_FILTER);
        field.clear();
        field.sendKeys(text);
        browser.click(APPLY);
        browser.ajaxIdle();
        browser.until(d -> d.findElements(ROWS).stream().allMatch(row -> row.getText().contains(text)
                || row.getDomAttribute("class").contains("ui-datatable-empty-message")));
        return this;
    }

    /** The rows' texts as shown. */
    public List<String> rows() {
        return browser.until(d -> d.findElements(ROWS).stream()
                .filter(row -> !row.getDomAttribute("class").contains("ui-datatable-empty-message"))
                .map(WebElement::getText).toList());
    }

    public boolean isEmpty() {
        return browser.exists(EMPTY);
    }

    public String emptyMessage() {
        return browser.text(EMPTY);
    }

    public List<String> caseNumbers() {
        return browser.until(d -> d.findElements(CASE_LINKS).stream().map(WebElement::getText).toList());
    }

    public CasePage openCase(String caseNumber) {
        browser.click(By.linkText(caseNumber));
        browser.untilUrlContains("complaint/case.xhtml");
        return CasePage.on(browser);
    }

    public ComplaintListPage pressEnterInSubjectFilter() {
        browser.find(SUBJECT_FILTER).sendKeys(Keys.ENTER);
        browser.ajaxIdle();
        return this;
    }
}
