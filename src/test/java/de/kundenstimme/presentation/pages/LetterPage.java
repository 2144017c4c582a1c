package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One letter (correspondence/letter.xhtml): edit and submit the draft, review it, send it. */
public final class LetterPage extends Page {

    public static final By STATUS = By.id("letterStatus");
    public static final By EDITOR = By.cssSelector("#letter\\:body .ql-editor");
    public static final By SAVE = By.id("letter:save");
    public static final By SUBMIT = By.id("letter:submit");
    public static final By APPROVE = By.id("letter:approve");
    public static final By RETURN = By.id("letter:return");
    public static final By COMMENT = By.id("letter:comment");
    public static final By OWN_HINT = By.id("letter:ownHint");
    public static final By BODY_TEXT = By.id("bodyText");

    private LetterPage(Browser browser) {
        super(browser);
    }

    public static LetterPage on(Browser browser) {
        browser.untilUrlContains("correspondence/letter.xhtml");
        browser.find(STATUS);
        return new LetterPage(browser);
    }

    /** Drafts a letter of the kind named as the user reads it, from the case's letter page. */
    public static LetterPage draft(Browser browser, String caseNumber, String kind) {
        browser.go("correspondence/letters.xhtml?caseNumber=" + caseNumber);
        browser.choose("newLetter:letterType", kind);
        browser.click(By.id("newLetter:draft"));
        return on(browser);
    }

    public String status() {
        return browser.text(STATUS);
    }

    public String editorText() {
        return browser.text(EDITOR);
    }

    /** Types at the end of the rich-text editor, as a handler adds a sentence. */
    public void appendParagraph(String text) {
        WebElement editor = browser.find(EDITOR);
        editor.click();
        browser.script("var e = arguments[0]; var r = document.createRange(); r.selectNodeContents(e); r.collapse(false);"
                + " var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);", editor);
        browser.keys(org.openqa.selenium.Keys.ENTER, text);
    }

    public void save() {
        browser.click(SAVE);
        untilMessage("Der Entwurf ist gespeichert.");
    }

    public void submit() {
        browser.click(SUBMIT);
        untilMessage("Der Brief liegt zur Prüfung vor.");
    }

    public void approve() {
        browser.click(APPROVE);
        untilMessage("Der Brief ist freigegeben.");
    }

    public void returnWith(String comment) {
        browser.find(COMMENT).sendKeys(comment);
        browser.click(RETURN);
        untilMessage("Der Brief ist zurück im Entwurf.");
    }

    public boolean offersApproval() {
        return browser.exists(APPROVE);
    }

    public boolean saysOwnLetter() {
        return browser.exists(OWN_HINT);
    }

    public String bodyText() {
        return browser.text(BODY_TEXT);
    }
}
