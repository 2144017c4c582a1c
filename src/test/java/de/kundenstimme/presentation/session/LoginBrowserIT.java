package de.kundenstimme.presentation.session;

import de.kundenstimme.presentation.pages.CasePage;
import de.kundenstimme.presentation.pages.ComplaintListPage;
import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out, and what a signed-in user may not see: the browser's view of the security rules. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    private static final String LOGIN_FAILED = "Anmeldung fehlgeschlagen: Benutzername oder Passwort ist falsch.";
    private static final String NOT_FOUND_TEXT = "Diese Seite oder dieser Fall existiert nicht oder ist für Sie nicht sichtbar.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(base);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndRevealsNothingElse() {
        LoginPage login = LoginPage.open(browser);

        login.submit("handler.service", "falsch");

        LoginPage after = LoginPage.on(browser);
        assertEquals(LOGIN_FAILED, after.messages());
        assertTrue(browser.url().contains("login.xhtml"), browser.url());
        assertEquals("", after.passwordValue(), "the password must not be sent back into the page");
        assertFalse(browser.exists(By.cssSelector(".ks-nav")), "no navigation before a successful login");
        assertFalse(browser.pageText().contains("Meine Fälle"), browser.pageText());
        assertFalse(browser.pageSource().contains("Sabine Sommer"), "the user's full name must not appear");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndThePageSaysWhy() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            LoginPage.open(browser).submit("handler.service2", "geraten" + attempt);
            assertEquals(LOGIN_FAILED, LoginPage.on(browser).messages(), "attempt " + attempt);
        }
        LoginPage.open(browser).submit("handler.service2", "geraten5");
        browser.untilTextContains(LoginPage.MESSAGES, "Zu viele fehlgeschlagene Anmeldungen");

        LoginPage.open(browser).submit("handler.service2", "demo");

        browser.untilTextContains(LoginPage.MESSAGES, "Zu viele fehlgeschlagene Anmeldungen");
        assertTrue(browser.url().contains("login.xhtml"), browser.url());
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        LoginPage.open(browser).submit("handler.service", "falsch");
        String wrongPassword = LoginPage.on(browser).messages();

        LoginPage.open(browser).submit("niemand." + UUID.randomUUID().toString().substring(0, 8), "demo");

        assertEquals(wrongPassword, LoginPage.on(browser).messages(),
                "the answer must not tell whether the user name exists");
    }

    @Test
    void theCorrectPasswordLeadsToMyCasesAndLogoutLocksTheListAgain() {
        ComplaintListPage myCases = LoginPage.open(browser).loginAs("handler.service", "demo");
        assertEquals("Meine Fälle", myCases.heading());
        assertEquals("handler.service", myCases.signedInUser());

        LoginPage login = myCases.logout();

        assertTrue(browser.pageText().contains("Sie wurden abgemeldet."), browser.pageText());
        browser.go("complaint/list.xhtml?scope=MINE");
        assertTrue(LoginPage.isShown(browser), "the list needs a new login, but the browser shows " + browser.url());
        assertFalse(browser.exists(ComplaintListPage.TABLE), "no cases after logout");
    }

    @Test
    void aCaseOfAnotherDepartmentLooksLikeNoCaseAtAll() {
        String marker = "Geheim-" + UUID.randomUUID().toString().substring(0, 8);
        String caseNumber = serviceCase(marker);
        LoginPage.signIn(browser, "handler.logistik");

        browser.go("complaint/case.xhtml?caseNumber=" + caseNumber);

        assertEquals("Nicht gefunden", browser.text(By.tagName("h1")));
        String shown = browser.pageSource();
        assertTrue(shown.contains(NOT_FOUND_TEXT), shown);
        assertFalse(shown.contains(marker), "neither subject nor customer of the case may reach the page");
        assertFalse(browser.exists(CasePage.STATUS), "no case facts");
        browser.go("complaint/case.xhtml?caseNumber=BE-1999-999999");
        assertEquals(NOT_FOUND_TEXT, browser.text(By.cssSelector("main p")),
                "another department's case and a case that does not exist must look the same");
    }

    @Test
    void anExecutiveIsRefusedTheComplaintList() {
        LoginPage.open(browser).submit("executive", "demo");
        browser.until(d -> !d.getCurrentUrl().contains("login.xhtml"));

        browser.go("complaint/list.xhtml?scope=DEPARTMENT");

        assertEquals("Kein Zugriff", browser.text(By.tagName("h1")));
        assertTrue(browser.pageText().contains("Für diese Seite fehlt Ihnen die Berechtigung."), browser.pageText());
        assertFalse(browser.exists(ComplaintListPage.TABLE), "no cases for the executive");
        assertFalse(browser.pageSource().contains("BE-20"), "no case numbers for the executive");
    }

    /** A case page without a case number is simply not found (once it ended in the error page). */
    @Test
    void theCasePageWithoutACaseNumberSaysNotFound() {
        LoginPage.signIn(browser, "handler.service");

        browser.go("complaint/case.xhtml");

        assertEquals("Nicht gefunden", browser.text(By.tagName("h1")), browser.pageText());
    }

    private String serviceCase(String marker) {
        Api.Reply reply = Api.as(base, "handler.service").post("complaints", """
                {"channel":"EMAIL","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"%s","verbatim":"Bitte vertraulich behandeln.",
                 "customer":{"lastName":"Verschwiegen-%s","email":"verschwiegen@example.de"}}
                """.formatted(marker, marker));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
    }
}
