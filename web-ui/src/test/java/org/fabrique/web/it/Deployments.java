package org.fabrique.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive the integration tests deploy: the WAR the build just made, as users get it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive fabrique() {
        File war = new File(System.getProperty("fabrique.war", "target/fabrique.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": run the tests with './mvnw verify'.");
        }
        return ShrinkWrap.create(ZipImporter.class, "fabrique.war").importFrom(war).as(WebArchive.class);
    }
}
