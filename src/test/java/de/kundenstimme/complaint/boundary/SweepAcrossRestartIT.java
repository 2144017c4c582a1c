package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.Mailbox;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static de.kundenstimme.testing.Mailbox.describe;
import static de.kundenstimme.testing.Mailbox.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sweep keeps its promise across a restart of the application: what was escalated before is
 * neither escalated nor mailed again afterwards, even by two sweeps at once, and the escalation
 * goes on to level 2 when its time comes. The application is undeployed and deployed again; all it
 * remembers is in the database, and its clock starts at the real time again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SweepAcrossRestartIT {

    private static final String APPLICATION = "restartable";
    private static final String MANAGER_MAIL = "manager.service@kundenstimme.example";

    @Deployment(name = APPLICATION, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aRestartedApplicationNeitherRepeatsNorForgetsAnEscalation() throws Exception {
        URL base = Deployments.deployedUrl();
        try (Mailbox mailbox = Mailbox.open()) {
            deployer.deploy(APPLICATION);
            String caseNumber = capture(base);
            LocalDate acknowledgementDue = LocalDate.parse(Api.as(base, "handler.service")
                    .get("complaints/" + caseNumber).json().getString("acknowledgementDue"));
            travelTo(base, acknowledgementDue.plusDays(1));
            sweep(base);
            JsonObject before = Api.as(base, "handler.service").get("complaints/" + caseNumber).json();
            assertEquals(1, before.getInt("escalationLevel"));
            assertEquals(1, mailbox.about(caseNumber, MANAGER_MAIL).size(), describe(mailbox.about(caseNumber)));

            deployer.undeploy(APPLICATION);
            deployer.deploy(APPLICATION);
            travelTo(base, acknowledgementDue.plusDays(1));
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> sweep(base));
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> sweep(base));
            CompletableFuture.allOf(first, second).join();

            JsonObject after = Api.as(base, "handler.service").get("complaints/" + caseNumber).json();
            assertEquals(1, after.getInt("escalationLevel"));
            assertEquals(before.getInt("version"), after.getInt("version"), "nothing changed on the case");
            assertEquals(1, mailbox.about(caseNumber, MANAGER_MAIL).size(),
                    "no second mail after the restart: " + describe(mailbox.about(caseNumber)));

            travelTo(base, acknowledgementDue.plusDays(8));
            sweep(base);
            assertEquals(2, Api.as(base, "handler.service").get("complaints/" + caseNumber).json()
                    .getInt("escalationLevel"), "the restarted application goes on to level 2");
            List<MimeMessage> levelTwo = mailbox.about(caseNumber, MANAGER_MAIL).stream()
                    .filter(m -> subject(m).contains("Stufe 2")).toList();
            assertEquals(1, levelTwo.size(), describe(mailbox.about(caseNumber)));
        } finally {
            deployer.undeploy(APPLICATION);
        }
    }

    private static String capture(URL base) {
        Api.Reply reply = Api.as(base, "handler.service").post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"HIGH",
                 "subject":"Neustarttest","verbatim":"Niemand ruft zurück.",
                 "customer":{"lastName":"Neustart","email":"neustart@example.de"}}
                """);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("caseNumber");
    }

    private static void travelTo(URL base, LocalDate day) {
        assertEquals(200, Api.as(base, "admin").travelTo(day).status());
    }

    private static void sweep(URL base) {
        Api.Reply reply = Api.as(base, "admin").post("deadlines/sweep", "{}");
        assertEquals(200, reply.status(), reply.body());
    }
}
