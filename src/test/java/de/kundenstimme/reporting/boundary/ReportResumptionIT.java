package de.kundenstimme.reporting.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A leadership report the server's crash interrupted goes on when the application starts again,
 * without an executive: from the step it was in, the finished workbook kept as it was. The crash
 * comes while the PDF is written, and the report is left saying running, as a killed server
 * leaves it (see {@link JobCrash}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportResumptionIT {

    private static final String APPLICATION = "application";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Deployment(name = APPLICATION, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aReportInterruptedByACrashGoesOnFromItsStepWhenTheApplicationStartsAgain() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            deployer.deploy(APPLICATION);
            Api executive = Api.as(Deployments.deployedUrl(), "executive");
            // The crash comes while the PDF is written: the workbook is archived, the PDF is not.
            JobCrash.trigger("create trigger it_resumption_crash before update on leadership_report for each row"
                    + " begin if new.pdf is not null and old.pdf is null then"
                    + " signal sqlstate '45000' set message_text = 'crash'; end if; end");
            long id;
            try {
                id = executive.post("reports", "{\"from\":\"" + TODAY.minusDays(90) + "\",\"to\":\"" + TODAY + "\"}")
                        .json().getJsonNumber("id").longValue();
                awaitStatus(executive, id, "FAILED");
            } finally {
                JobCrash.trigger("drop trigger if exists it_resumption_crash");
            }
            List<String> workbook = Database.strings("select sha2(xlsx, 256) from leadership_report where id = ?", id);
            JobCrash.leftRunning("update leadership_report set status = 'RUNNING' where id = ?", id);

            deployer.undeploy(APPLICATION);
            deployer.deploy(APPLICATION);
            JsonObject resumed = awaitStatus(executive, id, "FINISHED");
            deployer.undeploy(APPLICATION);

            assertEquals(100, resumed.getInt("progress"), resumed.toString());
            assertEquals(workbook, Database.strings("select sha2(xlsx, 256) from leadership_report where id = ?", id),
                    "the workbook of the finished step is kept, not made again");
            assertEquals(1, Database.count("select count(*) from leadership_report where id = ? and pdf is not null", id),
                    "the PDF made after the restart");
        } finally {
            smtp.stop();
        }
    }

    private static JsonObject awaitStatus(Api executive, long id, String expected) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonObject report = executive.get("reports/" + id).json();
            if (expected.equals(report.getString("status"))) {
                return report;
            }
            assertTrue(List.of("REQUESTED", "RUNNING").contains(report.getString("status")), report.toString());
            Thread.sleep(300);
        }
        throw new AssertionError("Report " + id + " did not become " + expected);
    }
}
