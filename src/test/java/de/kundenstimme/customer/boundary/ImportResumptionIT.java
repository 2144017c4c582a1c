package de.kundenstimme.customer.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A customer import the server's crash interrupted goes on from its last checkpoint when the
 * application starts again, without an administrator: the job repository is in the database.
 * The crash is left behind as a killed server leaves it: the run and its job execution still say
 * running, the chunks committed before it are stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportResumptionIT {

    private static final String APPLICATION = "application";

    @Deployment(name = APPLICATION, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void anImportInterruptedByACrashGoesOnFromItsCheckpointWhenTheApplicationStartsAgain() throws Exception {
        deployer.deploy(APPLICATION);
        URL base = Deployments.deployedUrl();
        CustomerSourcesFixture fixture = new CustomerSourcesFixture(base);
        String schema = "versand_" + fixture.marker;
        int rows = 1500;
        long shipping = fixture.sqlSourceFailingAfter1200Rows(schema, rows);
        long runId = Api.as(base, ADMIN).post("customer-sources/" + shipping + "/queries", "").json()
                .getJsonNumber("runId").longValue();
        int committed = fixture.finished(runId).getInt("read");
        leftAsByACrash(runId);
        CustomerSourcesFixture.repair(schema);

        deployer.undeploy(APPLICATION);
        deployer.deploy(APPLICATION);
        JsonObject resumed = fixture.finished(runId);
        deployer.undeploy(APPLICATION);

        assertEquals(1200, committed, "the chunks before the crash");
        assertEquals("COMPLETED", resumed.getString("status"), resumed.toString());
        assertEquals(rows, resumed.getInt("read"), "every row read once over both runs");
        assertEquals(rows, resumed.getInt("new"));
        assertEquals(rows, Database.count("select count(distinct source_key) from source_record where source_id = ?", shipping));
        assertEquals(rows, Database.count("select count(*) from source_record where source_id = ?", shipping));
        assertEquals(0, Database.count("select count(*) from source_record where source_id = ? and customer_id is null",
                shipping), "linked after the resumption");
    }

    /** What kill -9 leaves: the run, its job execution and the step still running. */
    private static void leftAsByACrash(long runId) throws SQLException {
        try (Connection db = CustomerSourcesFixture.connect()) {
            update(db, "update import_run set status = 'RUNNING', finished_at = null where id = ?", runId);
            update(db, "update JOB_EXECUTION set BATCHSTATUS = 'STARTED', EXITSTATUS = null, ENDTIME = null"
                    + " where JOBEXECUTIONID = (select execution_id from import_run where id = ?)", runId);
            update(db, "update STEP_EXECUTION set BATCHSTATUS = 'STARTED', EXITSTATUS = null, ENDTIME = null"
                    + " where JOBEXECUTIONID = (select execution_id from import_run where id = ?)", runId);
        }
    }

    private static void update(Connection db, String sql, long runId) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            update.setLong(1, runId);
            assertEquals(1, update.executeUpdate(), sql);
        }
    }
}
