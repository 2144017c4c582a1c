package de.kundenstimme.intake.control;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The mailbox polled for complaints, from the environment: IMAP_HOST, IMAP_PORT (143, or 993
 * with IMAP_SSL=true), IMAP_USER, IMAP_PASSWORD, IMAP_FOLDER (INBOX), IMAP_CATEGORY (the category
 * code new e-mail cases are filed under until a handler changes it) and IMAP_POLL_SECONDS
 * (default 60; 0 switches the timer off). Without IMAP_HOST nothing is polled.
 */
public record MailboxSettings(String host, int port, boolean ssl, String user, String password, String folder,
                              String categoryCode, int pollSeconds) {

    private static final int DEFAULT_POLL_SECONDS = 60;
    private static final String DEFAULT_CATEGORY = "SERVICE_BEARBEITUNGSZEIT";

    public static MailboxSettings fromEnvironment() {
        return from(System.getenv());
    }

    static MailboxSettings from(Map<String, String> env) {
        boolean ssl = "true".equalsIgnoreCase(value(env, "IMAP_SSL").orElse("false"));
        return new MailboxSettings(value(env, "IMAP_HOST").orElse(null),
                number(env, "IMAP_PORT", ssl ? 993 : 143), ssl,
                value(env, "IMAP_USER").orElse(""), value(env, "IMAP_PASSWORD").orElse(""),
                value(env, "IMAP_FOLDER").orElse("INBOX"), value(env, "IMAP_CATEGORY").orElse(DEFAULT_CATEGORY),
                number(env, "IMAP_POLL_SECONDS", DEFAULT_POLL_SECONDS));
    }

    public boolean configured() {
        return host != null;
    }

    public boolean polling() {
        return configured() && pollSeconds > 0;
    }

    public String protocol() {
        return ssl ? "imaps" : "imap";
    }

    public Properties sessionProperties() {
        Properties properties = new Properties();
        String prefix = "mail." + protocol() + ".";
        properties.put(prefix + "host", host);
        properties.put(prefix + "port", String.valueOf(port));
        properties.put(prefix + "connectiontimeout", "10000");
        properties.put(prefix + "timeout", "30000");
        return properties;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        return value(env, name).filter(v -> v.matches("\\d{1,6}")).map(Integer::parseInt).orElse(fallback);
    }
}
