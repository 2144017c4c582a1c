package de.kundenstimme.platform.control;

import jakarta.resource.ResourceException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Tells a failure because the database cannot be reached (down, restarting, the pool empty) from
 * every other failure: the first is the server's temporary state, answered 503 and logged in one
 * line; the others are faults worth their stack trace. The driver's, Hibernate's, the identity
 * store's and the transaction manager's wrappers differ, so the whole chain of causes is read.
 */
public final class DatabaseOutage {

    /** How long a client should wait: a restarted MariaDB takes about this long to answer again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    /** SQL's class of connection exceptions (SQLSTATE 08xxx), whatever exception type carries it. */
    private static final String CONNECTION_STATE_CLASS = "08";

    private DatabaseOutage() {
    }

    public static boolean explains(Throwable failure) {
        return connectionFailure(failure) != null;
    }

    /**
     * One line per refused request and no stack trace: during an outage every request fails the
     * same way, and thousands of traces would bury whatever else the log has to say.
     */
    public static void logAnswered(Throwable failure) {
        LOG.warning(() -> "Database unavailable, answered 503: " + summary(failure));
    }

    /** The connection failure behind the failure, in one line for the log; null if there is none. */
    static String summary(Throwable failure) {
        Throwable cause = connectionFailure(failure);
        return cause == null ? null : cause.getClass().getName() + ": " + cause.getMessage();
    }

    private static Throwable connectionFailure(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable found = null;
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                // The innermost one names the reason (refused, reset); the outer ones only the pool.
                found = cause;
            }
        }
        return found;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith(CONNECTION_STATE_CLASS);
        }
        // The connection pool's own failures (IJ000453 no connection, IJ000655 none within the timeout).
        return cause instanceof ResourceException;
    }
}
