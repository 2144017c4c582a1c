package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The admin's customer sources (admin/customer-sources.xhtml): the list, the form, edit and delete. */
public final class CustomerSourcesPage extends Page {

    private static final By SAVE = By.id("source:save");
    private static final By FORM_TITLE = By.id("source:formTitle");

    private CustomerSourcesPage(Browser browser) {
        super(browser);
    }

    /** Follows "Kundendatenquellen" in the main navigation. */
    public static CustomerSourcesPage open(Browser browser) {
        browser.click(By.id("navCustomerSources"));
        browser.untilUrlContains("admin/customer-sources.xhtml");
        return new CustomerSourcesPage(browser);
    }

    private static By row(String sourceName) {
        return By.xpath("//*[@id='sourceList:sources_data']/tr[td[1][normalize-space(.)='" + sourceName + "']]");
    }

    public boolean lists(String sourceName) {
        browser.ajaxIdle();
        return browser.exists(row(sourceName));
    }

    /** "Bearbeiten" in the source's row; waits until the form shows the source. */
    public CustomerSourcesPage edit(String sourceName) {
        browser.click(row(sourceName), By.cssSelector(".ks-edit-source"));
        expect("the form for " + sourceName, d -> d.findElement(FORM_TITLE).getText().contains(sourceName));
        return this;
    }

    public String formTitle() {
        return browser.text(FORM_TITLE);
    }

    public String name() {
        return browser.find(By.id("source:name")).getDomProperty("value");
    }

    public CustomerSourcesPage name(String name) {
        browser.type("source:name", name);
        return this;
    }

    public CustomerSourcesPage department(String department) {
        browser.choose("source:department", department);
        return this;
    }

    public CustomerSourcesPage trustRank(int rank) {
        browser.type("source:trustRank_input", String.valueOf(rank));
        return this;
    }

    /** The column typed for a field of the mapping, by the field's label (e.g. "Vorname"). */
    public String column(String fieldLabel) {
        return browser.find(columnInput(fieldLabel)).getDomProperty("value");
    }

    public CustomerSourcesPage column(String fieldLabel, String column) {
        WebElement input = browser.find(columnInput(fieldLabel));
        browser.type(input.getDomAttribute("id"), column);
        return this;
    }

    private By columnInput(String fieldLabel) {
        String id = browser.find(By.xpath("//form[@id='source']//label[normalize-space(.)='" + fieldLabel + "']"))
                .getDomAttribute("for");
        return By.id(id);
    }

    /** "Quelle speichern": a full page submit; waits for the page to come back with a message. */
    public CustomerSourcesPage save() {
        WebElement button = browser.find(SAVE);
        browser.click(SAVE);
        expect("the page after saving", d -> Browser.isGone(button));
        browser.find(SAVE);
        return this;
    }

    /** "Löschen" in the source's row and "Ja, löschen" in the confirmation. */
    public CustomerSourcesPage delete(String sourceName) {
        browser.click(row(sourceName), By.cssSelector(".ks-delete-source"));
        expect("the confirmation to delete", d -> d.findElement(By.cssSelector(".ks-delete-confirm")).isDisplayed());
        browser.click(By.cssSelector(".ks-delete-confirm .ks-delete-yes"));
        browser.ajaxIdle();
        return this;
    }
}
