package de.kundenstimme.presentation.complaint;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The case screen's goodwill section, as a user works it. */
final class CasePage {

    private final Browser browser;

    private CasePage(Browser browser) {
        this.browser = browser;
    }

    static CasePage open(Browser browser, String caseNumber) {
        browser.go("complaint/case.xhtml?caseNumber=" + caseNumber);
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("case:goodwill")));
        return new CasePage(browser);
    }

    void proposeGoodwill(String amount, String description) {
        browser.type(By.id("case:goodwillAmount"), amount);
        browser.type(By.id("case:goodwillDescription"), description);
        browser.click(By.id("case:proposeGoodwill"));
        browser.awaitAjax();
    }

    String messages() {
        return browser.text(By.id("messages"));
    }

    String goodwillTable() {
        return browser.text(By.id("case:goodwill"));
    }

    String goodwillTotal() {
        return browser.text(By.id("case:goodwillTotal"));
    }

    String history() {
        return browser.text(By.id("case:history"));
    }
}
