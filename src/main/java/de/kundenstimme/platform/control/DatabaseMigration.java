package de.kundenstimme.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** Brings the schema to the newest migration when the application is deployed, before anything uses it. */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    @Resource(lookup = "java:jboss/datasources/KundenstimmeDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        flyway().migrate();
    }

    /** Migrations shipped with this version that the database has not applied (0 when ready). */
    public int pendingMigrations() {
        return flyway().info().pending().length;
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // The batch job repository creates its tables (V066) when the server starts, before this
                // migration: a new database is then not empty. Version 0 lets every migration run on it.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
