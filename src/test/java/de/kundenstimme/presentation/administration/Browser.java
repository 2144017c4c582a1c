package de.kundenstimme.presentation.administration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Headless Chromium on the deployed application, with the few PrimeFaces moves the admin pages
 * need: sign in, type, choose from a select menu, press a button and wait for its AJAX answer.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private Browser(URL deployment) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1100", "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.base = deployment.toString().replaceAll("/?$", "/");
    }

    static Browser signedIn(URL deployment, String username) {
        Browser browser = new Browser(deployment);
        browser.open("login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", "demo");
        browser.driver.findElement(By.id("login:submit")).click();
        browser.wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        return browser;
    }

    void open(String path) {
        driver.get(base + path);
        waitForAjax();
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text(String id) {
        return byId(id).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    void type(String id, String text) {
        WebElement input = byId(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /**
     * Types a date into a PrimeFaces date picker, closes its calendar and checks the field took the
     * date: the calendar opening on focus can swallow the first keys on a busy machine.
     */
    void typeDate(String id, String date) {
        WebElement input = byId(id + "_input");
        for (int attempt = 0; attempt < 3 && !date.equals(input.getAttribute("value")); attempt++) {
            type(id + "_input", date);
            input.sendKeys(Keys.ESCAPE);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        }
        if (!date.equals(input.getAttribute("value"))) {
            throw new AssertionError(id + " holds '" + input.getAttribute("value") + "' instead of " + date);
        }
    }

    /** Opens a PrimeFaces select menu and clicks the option with this label. */
    void choose(String id, String label) {
        byId(id).click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
        WebElement item = panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                .filter(li -> label.equals(li.getAttribute("data-label")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option '" + label + "' in " + id + ": " + panel.getText()));
        item.click();
        wait.until(ExpectedConditions.invisibilityOf(panel));
        waitForAjax();
    }

    /** The labels a PrimeFaces select menu offers. */
    List<String> options(String id) {
        return byId(id + "_input").findElements(By.tagName("option")).stream().map(WebElement::getText).toList();
    }

    /** Clicks a radio button or check box by its label. */
    void check(String inputId) {
        driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
        waitForAjax();
    }

    /** Presses a button and waits until the AJAX request it started has been answered. */
    void press(String id) {
        byId(id).click();
        waitForAjax();
    }

    void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** The page as a PNG under target/screenshots, to look at what a test saw. */
    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
