package de.kundenstimme.presentation.administration;

import de.kundenstimme.presentation.pages.LoginPage;
import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Browser;
import de.kundenstimme.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin creates an account in the browser (a weak password is refused and nothing is saved),
 * the new handler signs in and changes the password, and a locked account cannot sign in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserAdministrationBrowserIT {

    private static final String FIRST_PASSWORD = "Erstes Passwort 1";
    private static final String OWN_PASSWORD = "Mein eigenes Passwort 2";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdminCreatesAHandlerWhoSignsInChangesThePasswordAndIsLockedLater() {
        String username = "lea." + UUID.randomUUID().toString().substring(0, 6);
        try (Browser admin = LoginPage.signedIn(base, "admin")) {
            admin.open("admin/users.xhtml");
            admin.type("userForm:username", username);
            admin.type("userForm:fullName", "Lea <b>Lindner</b>");
            admin.type("userForm:email", username + "@kundenstimme.example");
            admin.choose("userForm:departmentId", "Kundenservice");
            admin.check("userForm:roles:0");
            admin.type("userForm:password", "kurz");
            admin.press("userForm:save");

            assertTrue(admin.text(By.id("messages")).contains("mindestens 12 Zeichen"), admin.text(By.id("messages")));
            assertFalse(admin.text(By.id("users:table")).contains(username), "nothing saved");

            admin.type("userForm:password", FIRST_PASSWORD);
            admin.press("userForm:save");
            admin.untilTextContains(By.id("users:table"), username);
            assertTrue(admin.text(By.id("users:table")).contains("Lea <b>Lindner</b>"), "the name is shown as typed, escaped");
        }

        try (Browser lea = LoginPage.signedIn(base, username, FIRST_PASSWORD)) {
            assertEquals("Meine Fälle", lea.text(By.cssSelector("h1.ks-title")));
            lea.click(By.id("userMenu:accountPassword"));
            lea.untilUrlContains("account/password.xhtml");
            lea.type("passwordForm:currentPassword", FIRST_PASSWORD);
            lea.type("passwordForm:newPassword", OWN_PASSWORD);
            lea.type("passwordForm:repeatedPassword", "etwas anderes 3");
            lea.press("passwordForm:change");
            assertTrue(lea.text(By.id("messages")).contains("stimmen nicht überein"), lea.text(By.id("messages")));

            lea.type("passwordForm:currentPassword", FIRST_PASSWORD);
            lea.type("passwordForm:newPassword", OWN_PASSWORD);
            lea.type("passwordForm:repeatedPassword", OWN_PASSWORD);
            lea.press("passwordForm:change");
            lea.untilTextContains(By.id("messages"), "Ihr Passwort wurde geändert");
        }
        assertEquals(401, Api.as(base, username, FIRST_PASSWORD).get("complaints").status(), "the old password is gone");
        assertEquals(200, Api.as(base, username, OWN_PASSWORD).get("complaints").status());

        try (Browser admin = LoginPage.signedIn(base, "admin")) {
            admin.open("admin/users.xhtml");
            admin.click(By.xpath("//tr[td//text()[normalize-space()='" + username + "']]//button[contains(@id,':edit')]"));
            admin.untilTextContains(By.id("userForm"), username);
            admin.check("userForm:active_input");
            admin.press("userForm:save");
            admin.untilTextContains(By.id("messages"), "wurde gespeichert");
        }
        assertEquals(401, Api.as(base, username, OWN_PASSWORD).get("complaints").status(), "a locked account cannot sign in");
    }

    @Test
    void handlersAreRefusedTheUserAdministration() {
        try (Browser handler = LoginPage.signedIn(base, "handler.service")) {
            handler.open("admin/users.xhtml");
            assertEquals("Kein Zugriff", handler.text(By.tagName("h1")));
        }
    }
}
