package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;

/** The login form (login.xhtml). */
public final class LoginPage {

    public static final By USERNAME = By.id("login:username");
    public static final By PASSWORD = By.id("login:password");
    public static final By SUBMIT = By.id("login:submit");
    public static final By MESSAGES = By.id("messages");

    private final Browser browser;

    private LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.go("login.xhtml");
        return on(browser);
    }

    /** The login page the browser shows now, e.g. after a redirect. */
    public static LoginPage on(Browser browser) {
        browser.find(USERNAME);
        return new LoginPage(browser);
    }

    /**
     * Types name and password, presses Enter, as most users do, and waits for the answer's page:
     * read before, the page's messages could come from the form that is just being replaced.
     */
    public void submit(String username, String password) {
        WebElement name = browser.find(USERNAME);
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.find(PASSWORD);
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
        browser.until(ExpectedConditions.stalenessOf(secret));
    }

    /** Logs in and waits for the first page after the login. */
    public ComplaintListPage loginAs(String username, String password) {
        submit(username, password);
        browser.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        return ComplaintListPage.on(browser);
    }

    public String messages() {
        return browser.text(MESSAGES);
    }

    public String passwordValue() {
        return browser.find(PASSWORD).getDomProperty("value");
    }

    public static boolean isShown(Browser browser) {
        return browser.url().contains("login.xhtml") && browser.exists(USERNAME);
    }

    /** A new browser, signed in as the user, on whatever page the role starts on. */
    public static Browser signedIn(URL deployment, String username) {
        return signedIn(deployment, username, "demo");
    }

    public static Browser signedIn(URL deployment, String username, String password) {
        Browser browser = Browser.open(deployment);
        open(browser).submit(username, password);
        browser.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        return browser;
    }

    /** A fresh browser's shortest way in: open the login page and sign in. */
    public static ComplaintListPage signIn(Browser browser, String username) {
        return open(browser).loginAs(username, "demo");
    }
}
