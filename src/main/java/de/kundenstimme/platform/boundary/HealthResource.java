package de.kundenstimme.platform.boundary;

import de.kundenstimme.platform.control.DatabaseMigration;
import de.kundenstimme.platform.control.DatabaseOutage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Liveness and readiness for load balancers and operators, without login: live while the
 * application answers; ready when the database answers and every shipped migration is applied.
 * They say "up" or "down" and nothing about the database beyond that.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/KundenstimmeDS")
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @GET
    @Path("live")
    public JsonObject live() {
        return Json.createObjectBuilder().add("status", "UP").build();
    }

    @GET
    @Path("ready")
    public Response ready() {
        boolean database = databaseAnswers();
        boolean migrated = database && migrationsApplied();
        boolean ready = database && migrated;
        JsonObject body = Json.createObjectBuilder()
                .add("status", up(ready))
                .add("checks", Json.createObjectBuilder().add("database", up(database)).add("migrations", up(migrated)))
                .build();
        return Response.status(ready ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            if (DatabaseOutage.explains(e)) {
                DatabaseOutage.logAnswered(e);
            } else {
                LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
            }
            return false;
        }
    }

    private boolean migrationsApplied() {
        try {
            return migration.pendingMigrations() == 0;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness: the migration state cannot be read", e);
            return false;
        }
    }

    private static String up(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
