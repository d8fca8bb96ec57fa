package org.fabrique.web.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the WAR the build made once for every {@link DeployedFabrique} test class instead of once per
 * class: about ten seconds saved per class, a third of the suite. The WAR stays deployed from one such class
 * to the next and is undeployed only before a class that deploys an archive of its own (with test classes
 * added, or deployed by hand), then deployed again for the next shared class; the server is left with no
 * deployment before Arquillian stops it.
 *
 * <p>The database was already shared by every class (it belongs to the server, not to the deployment): a
 * test class never relied on a fresh one. What a redeployment resets (application-scoped caches, timers
 * restarted) is tested by the classes that deploy their own archive.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** The Arquillian observer that keeps the shared deployment between classes. */
    public static class Keeper {

        /** The shared WAR on the server now, with what its deployment answered; null when it is not deployed. */
        private static Archive<?> sharedArchive;
        private static DeployableContainer<?> sharedContainer;
        private static ProtocolMetaData sharedMetaData;

        @Inject
        private Instance<TestClass> testClass;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> descriptionProducer;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentProducer;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metaDataProducer;

        @Inject
        @DeploymentScoped
        private Instance<ProtocolMetaData> metaData;

        /** Runs inside the deployment's context (opened by Arquillian's own interceptor, precedence 0). */
        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            boolean shared = isShared();
            if (shared && sharedArchive != null) {
                Deployment deployment = event.getDeployment();
                descriptionProducer.set(deployment.getDescription());
                deploymentProducer.set(deployment);
                metaDataProducer.set(sharedMetaData);
                deployment.deployed();
                return;
            }
            undeployShared();
            context.proceed();
            if (shared) {
                sharedArchive = event.getDeployment().getDescription().getArchive();
                sharedContainer = event.getDeployableContainer();
                sharedMetaData = metaData.get();
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            if (!isShared()) {
                context.proceed();
            }
        }

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            undeployShared();
        }

        private boolean isShared() {
            TestClass current = testClass.get();
            return current != null && DeployedFabrique.class.isAssignableFrom(current.getJavaClass());
        }

        private static void undeployShared() throws Exception {
            if (sharedArchive != null) {
                Archive<?> archive = sharedArchive;
                sharedArchive = null;
                sharedMetaData = null;
                sharedContainer.undeploy(archive);
            }
        }
    }
}
