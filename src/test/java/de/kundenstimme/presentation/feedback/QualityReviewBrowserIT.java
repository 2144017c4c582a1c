package de.kundenstimme.presentation.feedback;

import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quality review page: the manager draws a sample and scores a case; the handler reads the result. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityReviewBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theManagerScoresASampledCaseAndTheHandlerSeesTheResult() {
        String month = Database.strings("select date_format(c.closed_at, '%Y-%m') m from complaint c join app_user u"
                + " on u.id = c.owner_id where c.status = 'CLOSED' and u.username = 'handler.service2'"
                + " group by m order by count(*) desc, m limit 1").get(0);
        browser = Browser.open(base);
        LoginPage.signIn(browser, "manager.service");

        browser.click(By.id("navQualityReviews"));
        new Select(browser.find(By.id("reviews:handler"))).selectByValue("handler.service2");
        WebElement monthField = browser.find(By.id("reviews:month"));
        monthField.clear();
        monthField.sendKeys(month);
        browser.click(By.id("reviews:draw"));
        browser.untilTextContains(By.id("messages"), "Fälle wurden gezogen");

        browser.click(By.cssSelector("[id$=':score']"));
        for (String item : new String[]{"polite", "listened", "thanksGiven"}) {
            browser.click(By.cssSelector("[id$=':" + item + "'] .ui-chkbox-box"));
        }
        browser.find(By.cssSelector("textarea[id$=':comment']")).sendKeys("Gut zugehört, <i>Frist</i> verpasst.");
        browser.click(By.cssSelector("[id$=':save']"));
        browser.untilTextContains(By.id("messages"), "Die Bewertung wurde gespeichert.");
        browser.untilTextContains(By.id("reviews:results"), "3 von 6 erfüllt");
        assertTrue(browser.text(By.id("reviews:results")).contains("Gut zugehört, <i>Frist</i> verpasst."));

        browser.deleteCookies();
        LoginPage.signIn(browser, "handler.service2");
        browser.click(By.id("navQualityReviews"));
        browser.untilTextContains(By.id("reviews:results"), "3 von 6 erfüllt");
        assertFalse(browser.exists(By.id("reviews:draw")), "handlers draw no samples");
    }
}
