package de.kundenstimme.privacy.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Deployments;
import jakarta.json.JsonArray;
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

/** Every view of a case records who saw which customer; only an admin reads that record. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessLogIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aHandlersViewOfACaseIsOnRecordForTheAdmin() {
        Api.Reply captured = Api.as(base, "handler.service").post("complaints", """
                {"channel":"PHONE","categoryCode":"PRODUKT_DEFEKT","priority":"NORMAL",
                 "subject":"Datenschutz","verbatim":"Wer hat meine Daten gesehen?",
                 "customer":{"lastName":"Auskunft","email":"auskunft@example.de"}}
                """);
        assertEquals(201, captured.status(), captured.body());
        String caseNumber = captured.json().getString("caseNumber");
        long customerId = captured.json().getJsonObject("customer").getJsonNumber("id").longValue();

        assertEquals(200, Api.as(base, "handler.service2").get("complaints/" + caseNumber).status());

        Api.Reply log = Api.as(base, "admin").get("customers/" + customerId + "/access-log");
        assertEquals(200, log.status(), log.body());
        JsonArray entries = log.structure().asJsonArray();
        JsonObject newest = entries.getJsonObject(0);
        assertEquals("handler.service2", newest.getString("viewedBy"));
        assertEquals("CASE_API", newest.getString("purpose"));
        assertEquals(403, Api.as(base, "handler.service").get("customers/" + customerId + "/access-log").status());
        assertEquals(403, Api.as(base, "executive").get("customers/" + customerId + "/access-log").status());
    }
}
