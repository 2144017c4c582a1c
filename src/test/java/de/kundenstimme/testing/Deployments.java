package de.kundenstimme.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.importer.ZipImporter;

import java.io.File;

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
}
