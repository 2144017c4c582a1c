package de.kundenstimme.platform.control;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chains of causes seen on WildFly while MariaDB was killed, and failures that are no outage. */
class DatabaseOutageTest {

    /** MariaDB's driver when nothing listens on the port any more. */
    private static SQLNonTransientConnectionException refused() {
        return new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306. Connection refused", "08000",
                new ConnectException("Connection refused"));
    }

    /** IronJacamar when the pool cannot open a connection: the driver's failure under its own two. */
    private static SQLException poolWithoutConnection() {
        ResourceException creation = new ResourceException("IJ031084: Unable to create connection", refused());
        ResourceException pool = new ResourceException(
                "IJ000453: Unable to get managed connection for java:jboss/datasources/KundenstimmeDS", creation);
        return new SQLException(pool.toString(), pool);
    }

    @Test
    void theDriversConnectionFailuresAreAnOutage() {
        assertTrue(DatabaseOutage.explains(refused()));
        assertTrue(DatabaseOutage.explains(new SQLTransientConnectionException("Connection is not available", "08001")));
        assertTrue(DatabaseOutage.explains(new SQLException("(conn=42) Connection reset", "08S01")),
                "a connection class SQLSTATE on a plain SQLException");
    }

    @Test
    void theWrappersOfPersistenceTheIdentityStoreAndTransactionsAreLookedThrough() {
        // Hibernate's JDBCConnectionException and GenericJDBCException: PersistenceExceptions around the SQLException.
        PersistenceException query = new PersistenceException("could not execute query", refused());
        PersistenceException acquire = new PersistenceException("Unable to acquire JDBC Connection", poolWithoutConnection());

        assertTrue(DatabaseOutage.explains(query));
        assertTrue(DatabaseOutage.explains(acquire));
        assertTrue(DatabaseOutage.explains(new TransactionalException("ARJUNA016107", acquire)));
        // Soteria's IdentityStoreConfigurationException, a RuntimeException, from the password check.
        assertTrue(DatabaseOutage.explains(new RuntimeException(poolWithoutConnection())), "the identity store");
        assertTrue(DatabaseOutage.explains(new ResourceException(
                "IJ000655: No managed connections available within configured blocking timeout")), "the pool used up");
    }

    @Test
    void anyOtherFailureIsNoOutage() {
        assertFalse(DatabaseOutage.explains(new PersistenceException("could not execute statement",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseOutage.explains(new PersistenceException(new SQLSyntaxErrorException("near 'form'", "42000"))));
        assertFalse(DatabaseOutage.explains(new SQLTransientException("Lock wait timeout exceeded", "HY000", 1205)));
        assertFalse(DatabaseOutage.explains(new SQLException("no state")));
        assertFalse(DatabaseOutage.explains(new OptimisticLockException("stale")));
        assertFalse(DatabaseOutage.explains(new IllegalStateException("a bug", new NullPointerException())));
        assertFalse(DatabaseOutage.explains(null));
    }

    @Test
    void aChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(DatabaseOutage.explains(first));
    }

    @Test
    void theSummaryNamesTheInnermostConnectionFailureInOneLine() {
        assertEquals("java.sql.SQLNonTransientConnectionException: Socket fail to connect to 127.0.0.1:3306. Connection refused",
                DatabaseOutage.summary(new PersistenceException("Unable to acquire JDBC Connection", poolWithoutConnection())));
        assertNull(DatabaseOutage.summary(new IllegalStateException("a bug")));
    }
}
