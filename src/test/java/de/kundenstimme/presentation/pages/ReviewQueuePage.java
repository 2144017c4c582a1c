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

    private static final By ROWS = By.cssSelector("[id='review:pairs_data'] > tr[data-ri]");
    private static final By NEXT_PAGE = By.cssSelector("[id='review:pairs'] .ui-paginator-next");
    private static final By FIRST_PAGE = By.cssSelector("[id='review:pairs'] .ui-paginator-first");

    /** Narrows the queue down to the pairs with a last name starting with the text ("Anzeigen"). */
    public ReviewQueuePage narrowTo(String lastNameStart) {
        browser.type("review:lastName", lastNameStart);
        WebElement report = browser.find(By.id("review:pairs"));
        browser.click(By.id("review:filter"));
        expect("the narrowed queue", d -> Browser.isGone(report));
        browser.ajaxIdle();
        return this;
    }

    /**
     * Whether a pair shows the text in both last names (e.g. a test's marker), on any page:
     * leafs from the first page on until it finds the pair, as a user would.
     */
    public boolean showsPairWith(String text) {
        browser.ajaxIdle();
        if (browser.exists(FIRST_PAGE) && !disabled(FIRST_PAGE)) {
            turnPage(FIRST_PAGE);
        }
        while (!browser.exists(pairWith(text))) {
            if (!browser.exists(NEXT_PAGE) || disabled(NEXT_PAGE)) {
                return false;
            }
            turnPage(NEXT_PAGE);
        }
        return true;
    }

    private boolean disabled(By link) {
        return browser.find(link).getDomAttribute("class").contains("ui-state-disabled");
    }

    private void turnPage(By link) {
        WebElement firstRow = browser.find(ROWS);
        browser.click(link);
        expect("the next page of pairs", d -> Browser.isGone(firstRow));
        browser.ajaxIdle();
    }

    /** The scores (in %) of the pairs on the page shown, top to bottom. */
    public List<Integer> scores() {
        browser.ajaxIdle();
        return browser.read(d -> d.findElements(By.cssSelector("[id='review:pairs_data'] .ks-score")).stream()
                .map(score -> Integer.valueOf(score.getText().strip())).toList());
    }

    /** "1–10 / 23": the paginator's report of the page shown and the total. */
    public String pageReport() {
        return browser.text(By.cssSelector("[id='review:pairs'] .ui-paginator-current"));
    }

    /** Clicks the score column's header: the order turns from highest first to lowest first. */
    public void sortByScore() {
        By header = By.xpath("//*[@id='review:pairs']//th[.//span[normalize-space(.)='Ähnlichkeit']]");
        browser.click(header, By.cssSelector(".ui-column-title"));
        expect("the score column sorted lowest first", d -> "ascending".equals(d.findElement(header).getDomAttribute("aria-sort")));
        browser.ajaxIdle();
    }

    /** The labels of the rows marked as different in the pair showing the text (on the page shown). */
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
        showsPairWith(text);
        browser.click(pairWith(text), By.cssSelector(".ks-merge"));
        untilMessage("Die Datensätze sind jetzt ein Kunde.");
    }

    public void keepApart(String text) {
        showsPairWith(text);
        browser.click(pairWith(text), By.cssSelector(".ks-keep-apart"));
        untilMessage("Die Datensätze bleiben getrennte Kunden.");
    }
}
