package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The triage queue of online mentions, as handlers work it. */
public final class MentionQueuePage extends Page {

    public static final By ROWS = By.cssSelector("[id='queue:mentions_data'] > tr");
    public static final By FIRST_RESPONSE = By.id("firstResponse");

    private MentionQueuePage(Browser browser) {
        super(browser);
    }

    public static MentionQueuePage open(Browser browser) {
        browser.go("intake/mentions.xhtml");
        browser.find(HEADING);
        return new MentionQueuePage(browser);
    }

    /** The text of each row of the queue, top (highest rank) first. */
    public List<String> rows() {
        return browser.until(d -> d.findElements(ROWS).stream().map(WebElement::getText).toList());
    }

    public int positionOf(String text) {
        List<String> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    public MentionQueuePage select(String text) {
        browser.click(By.xpath("//tbody[@id='queue:mentions_data']/tr[contains(., '" + text + "')]//button"));
        browser.find(By.id("decision:convert"));
        return this;
    }

    public MentionQueuePage fill(String field, String value) {
        WebElement input = browser.find(By.id("decision:" + field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    public MentionQueuePage category(String label) {
        new Select(browser.find(By.id("decision:category"))).selectByVisibleText(label);
        return this;
    }

    public void convert() {
        browser.click(By.id("decision:convert"));
        browser.ajaxIdle();
    }

    public void dismiss() {
        browser.click(By.id("decision:dismiss"));
        browser.ajaxIdle();
    }

    public String firstResponse() {
        return browser.text(FIRST_RESPONSE);
    }
}
