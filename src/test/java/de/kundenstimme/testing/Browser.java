package de.kundenstimme.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A headless Chromium for the browser tests against the deployed WAR: Debian's chromium and
 * chromedriver (paths from the build), no downloads, no background traffic.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, URL deployment) {
        this.driver = driver;
        this.base = deployment.toString().replaceAll("/?$", "/");
    }

    public static Browser open(URL deployment) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), deployment);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application by its path below the context root. */
    public void go(String path) {
        driver.get(base + path);
    }

    public void signIn(String user) {
        go("login.xhtml");
        type(By.id("login:username"), user);
        type(By.id("login:password"), Api.PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("userMenu:logout")));
    }

    public void signOut() {
        driver.findElement(By.id("userMenu:logout")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }

    public void type(By field, String text) {
        WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    public void click(By target) {
        waitUntil(ExpectedConditions.elementToBeClickable(target)).click();
    }

    public <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /** Waits for PrimeFaces' ajax queue to be empty, so the page shows the answer. */
    public void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public String text(By target) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(target)).getText();
    }

    /** Keeps what the page looks like now in target/screenshots, for reading a failure or reviewing a screen. */
    public void screenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
