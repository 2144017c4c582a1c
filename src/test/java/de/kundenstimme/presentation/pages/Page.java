package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

import java.util.List;

/** What every page of the main template has: heading, navigation, messages, logout. */
public abstract class Page {

    public static final By HEADING = By.cssSelector("h1.ks-title");
    public static final By MESSAGES = By.id("messages");
    public static final By LOGOUT = By.id("userMenu:logout");
    public static final By USER_NAME = By.cssSelector(".ks-user .ks-username");

    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }

    public String heading() {
        return browser.text(HEADING);
    }

    /** The text of all messages shown, e.g. errors after a save. */
    public String messages() {
        return browser.read(d -> d.findElement(MESSAGES).getText());
    }

    public String errorMessages() {
        List<WebElement> errors = browser.all(By.cssSelector("#messages .ui-messages-error"));
        return errors.stream().map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b).strip();
    }

    public void untilMessage(String expected) {
        expect("the message '" + expected + "'",
                d -> d.findElement(MESSAGES).getText().contains(expected));
    }

    /**
     * Waits like {@link Browser#until}, but a timeout fails with what the user sees instead: the
     * heading and the messages of the page, which usually say why the expected thing did not come.
     */
    protected <T> T expect(String what, ExpectedCondition<T> condition) {
        try {
            return browser.until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Waited in vain for " + what + ". The page '" + browser.url() + "' shows the heading '"
                    + textOf(HEADING) + "' and the messages '" + textOf(MESSAGES) + "'", e);
        }
    }

    private String textOf(By by) {
        List<WebElement> found = browser.all(by);
        return found.isEmpty() ? "" : found.get(0).getText().replace('\n', ' ');
    }

    public String signedInUser() {
        return browser.text(USER_NAME);
    }

    public LoginPage logout() {
        browser.click(LOGOUT);
        browser.untilUrlContains("login.xhtml");
        return LoginPage.on(browser);
    }

    /** Follows a link of the main navigation ("Meine Abteilung", …) to the list it names. */
    public ComplaintListPage navigateTo(String linkText, String expectedHeading) {
        browser.click(By.cssSelector(".ks-nav"), By.linkText(linkText));
        browser.until(d -> expectedHeading.equals(d.findElement(HEADING).getText()));
        return ComplaintListPage.on(browser);
    }

    /** Follows "Neue Beschwerde" in the main navigation. */
    public CapturePage navigateToCapture() {
        browser.click(By.cssSelector(".ks-nav"), By.linkText("Neue Beschwerde"));
        browser.untilUrlContains("complaint/capture.xhtml");
        return CapturePage.on(browser);
    }
}
