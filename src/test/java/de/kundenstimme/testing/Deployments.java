package de.kundenstimme.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.importer.ZipImporter;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/**
 * The integration tests deploy the WAR Maven built, not a hand-picked set of classes, plus the
 * clock the tests can move forward.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("it.war", "target/kundenstimme.war"));
        return ShrinkWrap.create(ZipImporter.class, "kundenstimme-it.war").importFrom(war).as(WebArchive.class)
                .addClasses(TravellingTime.class, TravellingTimeResource.class);
    }

    /** Where the deployment answers when a test deploys it itself (managed = false): no URL is injected then. */
    public static URL deployedUrl() throws MalformedURLException {
        int port = 8080 + Integer.getInteger("it.port.offset", 100);
        return URI.create("http://127.0.0.1:" + port + "/kundenstimme/").toURL();
    }
}
