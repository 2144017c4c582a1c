package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The duplicate review queue (customer/review.xhtml): pairs side by side, merge or keep apart. */
public final class ReviewQueuePage extends Page {

    private ReviewQueuePage(Browser browser) {
        super(browser);
    }

    /** Follows "Dublettenprüfung" in the main navigation. */
    public static ReviewQueuePage open(Browser browser) {
        browser.click(By.id("navCustomerReview"));
        browser.untilUrlContains("customer/review.xhtml");
        return new ReviewQueuePage(browser);
    }

    private static By pairWith(String text) {
        return By.xpath("//section[contains(@class,'ks-review-pair')][.//tr[th[normalize-space(.)='Nachname']]"
                + "[td[1][contains(normalize-space(.),'" + text + "')] and td[2][contains(normalize-space(.),'" + text + "')]]]");
    }

    /** Whether a pair shows the text in both last names (e.g. a test's marker). */
    public boolean showsPairWith(String text) {
        return browser.exists(pairWith(text));
    }

    /** The labels of the rows marked as different in the pair showing the text. */
    public List<String> differingFields(String text) {
        WebElement pair = browser.find(pairWith(text));
        return pair.findElements(By.cssSelector("tr.ks-differs th")).stream().map(WebElement::getText).toList();
    }

    /** The two values of one row of the pair, by the row's label. */
    public List<String> values(String text, String label) {
        WebElement pair = browser.find(pairWith(text));
        WebElement row = pair.findElement(By.xpath(".//tr[th[normalize-space(.)='" + label + "']]"));
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    public void merge(String text) {
        browser.click(pairWith(text), By.cssSelector(".ks-merge"));
        untilMessage("Die Datensätze sind jetzt ein Kunde.");
    }

    public void keepApart(String text) {
        browser.click(pairWith(text), By.cssSelector(".ks-keep-apart"));
        untilMessage("Die Datensätze bleiben getrennte Kunden.");
    }
}
