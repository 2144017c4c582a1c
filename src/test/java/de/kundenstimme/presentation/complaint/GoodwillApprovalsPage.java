package de.kundenstimme.presentation.complaint;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The manager's goodwill approvals page. */
final class GoodwillApprovalsPage {

    private final Browser browser;

    private GoodwillApprovalsPage(Browser browser) {
        this.browser = browser;
    }

    /** Through the navigation, as a manager finds it. */
    static GoodwillApprovalsPage openFromMenu(Browser browser) {
        browser.click(By.id("navGoodwillApprovals"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("approvals:pending")));
        return new GoodwillApprovalsPage(browser);
    }

    boolean lists(String caseNumber) {
        return !rowsOf(caseNumber).isEmpty();
    }

    String rowText(String caseNumber) {
        return rowsOf(caseNumber).get(0).getText();
    }

    void approve(String caseNumber, String reason) {
        rowsOf(caseNumber).get(0).findElement(By.cssSelector("button[id$=':approve']")).click();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:reason")));
        browser.awaitAjax();
        browser.type(By.id("decisionForm:reason"), reason);
        browser.click(By.id("decisionForm:confirm"));
        browser.awaitAjax();
    }

    String messages() {
        return browser.text(By.id("messages"));
    }

    private List<WebElement> rowsOf(String caseNumber) {
        return browser.driver().findElements(By.xpath(
                "//tbody[@id='approvals:pending_data']/tr[.//a[normalize-space(text())='" + caseNumber + "']]"));
    }
}
