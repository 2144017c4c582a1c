package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;

/** The satisfaction survey the customer reaches from the e-mail's link. */
public final class SurveyPage {

    public static final By CASE = By.id("surveyCase");
    public static final By THANKS = By.id("thanks");
    public static final By REFUSAL = By.id("refusal");
    public static final By MESSAGES = By.id("messages");

    private final Browser browser;

    private SurveyPage(Browser browser) {
        this.browser = browser;
    }

    public static SurveyPage open(Browser browser, String token) {
        browser.go("public/survey.xhtml?token=" + token);
        browser.find(By.cssSelector("h1.ks-title"));
        return new SurveyPage(browser);
    }

    public boolean asksQuestions() {
        return browser.exists(By.id("survey:submit"));
    }

    public String caseNumber() {
        return browser.text(CASE);
    }

    /** Chooses a score on one of the scales ("satisfaction" 1–5, "recommendation" 0–10) by its radio button's label. */
    public SurveyPage choose(String scale, int score) {
        browser.click(By.xpath("//table[@id='survey:" + scale + "']//label[normalize-space()='" + score + "']"));
        return this;
    }

    public SurveyPage comment(String text) {
        browser.find(By.id("survey:comment")).sendKeys(text);
        return this;
    }

    public void submit() {
        browser.click(By.id("survey:submit"));
    }

    public String thanks() {
        return browser.text(THANKS);
    }

    public String refusal() {
        return browser.text(REFUSAL);
    }

    public String messages() {
        return browser.text(MESSAGES);
    }
}
