package de.kundenstimme.devdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** Blocks the build until the database answers, so the server never starts before it. */
public final class AwaitDatabase {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private AwaitDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = args[0];
        String user = args.length > 1 ? args[1] : "";
        String password = args.length > 2 ? args[2] : "";
        Instant giveUp = Instant.now().plus(PATIENCE);
        SQLException last = null;
        while (Instant.now().isBefore(giveUp)) {
            try (Connection ignored = DriverManager.getConnection(url, user, password)) {
                System.out.println("Database answers at " + url);
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("No database at " + url + " after " + PATIENCE, last);
    }
}
