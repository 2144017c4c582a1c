package de.kundenstimme.customer.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.JobCrash;
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

import static de.kundenstimme.customer.boundary.CustomerSourcesFixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer import the server's crash interrupted goes on from its last checkpoint when the
 * application starts again, without an administrator: the job repository is in the database.
 * The crash: the source's connection breaks after some chunks, and the run is left saying running,
 * as a killed server leaves it (see {@link JobCrash}).
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
        JobCrash.leftRunning("update import_run set status = 'RUNNING', finished_at = null where id = ?", runId);
        CustomerSourcesFixture.repair(schema);

        deployer.undeploy(APPLICATION);
        deployer.deploy(APPLICATION);
        JsonObject resumed = fixture.finished(runId);
        deployer.undeploy(APPLICATION);

        assertTrue(committed > 0 && committed < rows && committed % 100 == 0, "whole chunks before the crash: " + committed);
        assertEquals("COMPLETED", resumed.getString("status"), resumed.toString());
        assertEquals(rows, resumed.getInt("read"), "every row read once over both runs");
        assertEquals(rows, resumed.getInt("new"));
        assertEquals(rows, Database.count("select count(distinct source_key) from source_record where source_id = ?", shipping));
        assertEquals(rows, Database.count("select count(*) from source_record where source_id = ?", shipping));
        assertEquals(0, Database.count("select count(*) from source_record where source_id = ? and customer_id is null",
                shipping), "linked after the resumption");
    }
}
