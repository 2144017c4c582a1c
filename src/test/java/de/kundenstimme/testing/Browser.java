package de.kundenstimme.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One headless Chromium for a browser test, opened on the deployment under test. PrimeFaces
 * replaces elements on AJAX updates, so every wait here looks elements up again and shrugs off
 * stale references. Close it (try-with-resources or @AfterEach) so no Chromium outlives a test.
 */
public final class Browser implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, URL deployment) {
        this.driver = driver;
        String url = deployment.toString();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    /** A fresh browser with its own cookies, i.e. its own session: one per simulated user. */
    public static Browser open(URL deployment) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=de");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        // The driver the system has (the pom passes webdriver.chrome.driver): Selenium Manager never runs.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, deployment);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application; path relative to the context root, e.g. "login.xhtml". */
    public void go(String path) {
        driver.get(base + path.replaceFirst("^/", ""));
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String base() {
        return base;
    }

    public String title() {
        return driver.getTitle();
    }

    /** The visible text of the whole page. */
    public String pageText() {
        return read(d -> d.findElement(By.tagName("body")).getText());
    }

    /**
     * Reads from the page, retrying while the browser is between two documents (a redirect, a
     * full-page submit): reading twice does no harm, so any WebDriver error there is retried.
     */
    public <T> T read(ExpectedCondition<T> reading) {
        WebDriverWait wait = wait(TIMEOUT);
        wait.ignoring(WebDriverException.class);
        return wait.until(reading);
    }

    public String pageSource() {
        return read(WebDriver::getPageSource);
    }

    public WebElement find(By by) {
        return until(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element : null;
        });
    }

    public WebElement present(By by) {
        return until(d -> d.findElement(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public boolean exists(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public boolean visible(By by) {
        try {
            return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
        } catch (StaleElementReferenceException gone) {
            return false;
        } catch (WebDriverException replaced) {
            if (isReplacedNode(replaced)) {
                return false;
            }
            throw replaced;
        }
    }

    public String text(By by) {
        return read(d -> d.findElement(by).getText());
    }

    /**
     * Waits until the condition gives something other than null or false. Chromium reports a node
     * of a document being replaced as an inspector error instead of a stale reference; that is
     * looked at again too.
     */
    public <T> T until(ExpectedCondition<T> condition) {
        return wait(TIMEOUT).until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException replaced) {
                if (isReplacedNode(replaced)) {
                    return null;
                }
                throw replaced;
            }
        });
    }

    private static boolean isReplacedNode(WebDriverException failure) {
        return String.valueOf(failure.getMessage()).contains("does not belong to the document");
    }

    public WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(NoSuchElementException.class);
        return wait;
    }

    public void untilTextContains(By by, String expected) {
        until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.stream().anyMatch(e -> e.getText().contains(expected));
        });
    }

    public void untilPageContains(String expected) {
        until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
    }

    public void untilUrlContains(String part) {
        until(d -> d.getCurrentUrl().contains(part));
    }

    /** Waits until no PrimeFaces AJAX request is queued or running and jQuery is idle. */
    public void ajaxIdle() {
        read(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);"));
    }

    /**
     * Clicks a button or link, waiting until it can be clicked; re-finds it after AJAX updates and
     * tries again while a closing overlay (a select menu's panel, a dialog's mask) still covers it.
     */
    public void click(By by) {
        until(d -> clickIfReady(d.findElement(by)));
    }

    /** Clicks an element inside another, e.g. a link inside the navigation. */
    public void click(By container, By inside) {
        until(d -> clickIfReady(d.findElement(container).findElement(inside)));
    }

    private static boolean clickIfReady(WebElement element) {
        if (!element.isDisplayed() || !element.isEnabled()) {
            return false;
        }
        try {
            element.click();
            return true;
        } catch (ElementClickInterceptedException covered) {
            return false;
        }
    }

    /** The text of an open alert/confirm dialog, if a page opened one (e.g. injected script ran). */
    public Optional<String> openAlert() {
        try {
            return Optional.of(driver.switchTo().alert().getText());
        } catch (NoAlertPresentException none) {
            return Optional.empty();
        }
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Whether the element has left the document. Chromium sometimes reports a replaced node as an
     * inspector error instead of a stale reference; both mean the same here.
     */
    public static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /** The id of the element that has the keyboard focus ("" if none). */
    public String focusedId() {
        return read(d -> {
            WebElement active = d.switchTo().activeElement();
            String id = active.getDomAttribute("id");
            return id == null ? "" : id;
        });
    }

    /** Presses keys on whatever has the focus, as a user at the keyboard would. */
    public void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Opens a page and waits until its scripts and AJAX requests are done. */
    public void open(String path) {
        go(path);
        ajaxIdle();
    }

    public WebElement byId(String id) {
        return present(By.id(id));
    }

    /** Replaces the text of an input, as a user selecting all and typing would. */
    public void type(String id, String text) {
        WebElement input = find(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /**
     * Types a date into a PrimeFaces date picker, closes its calendar and checks the field took the
     * date: on a busy machine the calendar can swallow the first keys.
     */
    public void typeDate(String id, String date) {
        By field = By.id(id + "_input");
        for (int attempt = 0; attempt < 3 && !date.equals(find(field).getDomProperty("value")); attempt++) {
            type(id + "_input", date);
            find(field).sendKeys(Keys.ESCAPE);
            until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        }
        String value = find(field).getDomProperty("value");
        if (!date.equals(value)) {
            throw new AssertionError(id + " holds '" + value + "' instead of " + date);
        }
    }

    /**
     * Opens a PrimeFaces select menu and clicks the option with this label, until the menu shows
     * it: on a busy machine a click can land while the panel is still sliding open or closed.
     */
    public void choose(String id, String label) {
        By shown = By.id(id + "_label");
        By panel = By.id(id + "_panel");
        By option = By.cssSelector("[id='" + id + "_panel'] li.ui-selectonemenu-item[data-label='"
                + label.replace("'", "\\'") + "']");
        for (int attempt = 0; attempt < 3 && !label.equals(text(shown)); attempt++) {
            if (!visible(panel)) {
                click(By.id(id));
                until(ExpectedConditions.visibilityOfElementLocated(panel));
            }
            if (!exists(option)) {
                throw new AssertionError("No option '" + label + "' in " + id + ": " + text(panel));
            }
            click(option);
            try {
                wait(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
            } catch (TimeoutException stillOpen) {
                // the click came too early; the next attempt sees the open panel and clicks again
            }
        }
        if (!label.equals(text(shown))) {
            throw new AssertionError(id + " shows '" + text(shown) + "' instead of '" + label + "'");
        }
        ajaxIdle();
    }

    /** The labels a PrimeFaces select menu offers. */
    public List<String> options(String id) {
        return byId(id + "_input").findElements(By.tagName("option")).stream().map(WebElement::getText).toList();
    }

    /** Clicks a radio button or check box by its label. */
    public void check(String inputId) {
        click(By.cssSelector("label[for='" + inputId + "']"));
        ajaxIdle();
    }

    /** Presses a button and waits until the AJAX request it started has been answered. */
    public void press(String id) {
        click(By.id(id));
        ajaxIdle();
    }

    /** The page as a PNG under target/screenshots, to look at what a test saw. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link as this browser would fetch it, with its session cookie: for downloads Chromium would save. */
    public HttpResponse<byte[]> fetch(String link) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(link)).header("Cookie", cookies).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
