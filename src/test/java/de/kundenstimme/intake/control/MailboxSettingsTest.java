package de.kundenstimme.intake.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailboxSettingsTest {

    @Test
    void withoutAHostNothingIsPolled() {
        MailboxSettings settings = MailboxSettings.from(Map.of("IMAP_USER", "x"));

        assertFalse(settings.configured());
        assertFalse(settings.polling());
    }

    @Test
    void plainImapOn143AndEveryMinuteByDefault() {
        MailboxSettings settings = MailboxSettings.from(Map.of("IMAP_HOST", "mail.example.de"));

        assertEquals("imap", settings.protocol());
        assertEquals(143, settings.port());
        assertEquals(60, settings.pollSeconds());
        assertEquals("INBOX", settings.folder());
        assertTrue(settings.polling());
    }

    @Test
    void sslMovesToImapsOn993AndZeroSecondsSwitchesTheTimerOff() {
        MailboxSettings settings = MailboxSettings.from(Map.of("IMAP_HOST", "mail.example.de", "IMAP_SSL", "true",
                "IMAP_POLL_SECONDS", "0"));

        assertEquals("imaps", settings.protocol());
        assertEquals(993, settings.port());
        assertEquals("993", settings.sessionProperties().getProperty("mail.imaps.port"));
        assertTrue(settings.configured());
        assertFalse(settings.polling());
    }

    @Test
    void aMalformedNumberFallsBackToTheDefault() {
        MailboxSettings settings = MailboxSettings.from(Map.of("IMAP_HOST", "h", "IMAP_PORT", "abc", "IMAP_POLL_SECONDS", "-5"));

        assertEquals(143, settings.port());
        assertEquals(60, settings.pollSeconds());
    }
}
