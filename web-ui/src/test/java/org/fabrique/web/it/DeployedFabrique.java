package org.fabrique.web.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that uses Fabrique from outside, as a browser or another system does: the WAR just
 * built is deployed to the provisioned WildFly and the tests call it over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedFabrique {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.fabrique();
    }

    @ArquillianResource
    protected URL base;

    protected Api api() {
        return new Api(base);
    }
}
