package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The public complaint form, as a customer without an account sees it. */
public final class WebFormPage {

    public static final String PATH = "public/complaint.xhtml";
    public static final By HEADING = By.cssSelector("h1.ks-title");
    public static final By MESSAGES = By.id("messages");
    public static final By CASE_NUMBER = By.id("caseNumber");

    private final Browser browser;

    private WebFormPage(Browser browser) {
        this.browser = browser;
    }

    public static WebFormPage open(Browser browser) {
        browser.go(PATH);
        browser.find(By.id("webForm:lastName"));
        return new WebFormPage(browser);
    }

    /** Types into a field the way a keyboard user does: the field is reached and filled, nothing pasted by script. */
    public WebFormPage type(String field, String text) {
        WebElement input = browser.find(By.id("webForm:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public WebFormPage topic(String label) {
        new Select(browser.find(By.id("webForm:topic"))).selectByVisibleText(label);
        return this;
    }

    public WebFormPage consent() {
        WebElement box = browser.find(By.id("webForm:consent"));
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        return this;
    }

    /** What a bot does: fills every field of the markup, the invisible one too. */
    public WebFormPage fillHoneypot(String text) {
        browser.script("document.getElementById('webForm:website').value = arguments[0];", text);
        return this;
    }

    /** Sends the form with the Enter key from the subject field, as keyboard users do. */
    public void submitWithKeyboard() {
        browser.find(By.id("webForm:subject")).sendKeys(Keys.ENTER);
    }

    public void submit() {
        browser.click(By.id("webForm:submit"));
    }

    /** Waits for the acknowledgement page and gives the case number it shows. */
    public String acknowledgedCaseNumber() {
        browser.untilUrlContains("complaint-received.xhtml");
        return browser.text(CASE_NUMBER);
    }

    public void untilMessage(String expected) {
        browser.untilTextContains(MESSAGES, expected);
    }

    public String messages() {
        return browser.text(MESSAGES);
    }
}
