package ru.ediary.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive ediary() {
        File war = new File(System.getProperty("ediary.war", "target/ediary.war"));
        return ShrinkWrap.create(ZipImporter.class, "ediary.war").importFrom(war).as(WebArchive.class);
    }
}
