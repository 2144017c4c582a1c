package de.kundenstimme.complaint.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintCaptureIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void capturesAComplaintOfANewCustomerAndRoutesItToTheCategorysDepartment() {
        Api.Reply reply = Api.as(base, "handler.service").post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"HIGH",
                 "subject":"Kaffeevollautomat undicht","verbatim":"Die Maschine tropft seit gestern.",
                 "customer":{"firstName":"Erika","lastName":"Mustermann","email":"erika.mustermann@example.de"}}
                """);

        assertEquals(201, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertTrue(body.getString("caseNumber").matches("BE-\\d{4}-\\d{6}"), body.toString());
        assertEquals("NEW", body.getString("status"));
        assertEquals("SERVICE", body.getString("department"));
        assertNotNull(reply.header("Location"));
        assertTrue(reply.header("Location").endsWith("/api/v1/complaints/" + body.getString("caseNumber")));
    }
}
