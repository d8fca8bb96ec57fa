package org.fabrique.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.fabrique.core.application.Roles;
import org.fabrique.core.demo.CoreDemo;
import org.flywaydb.core.Flyway;

/**
 * Migrates the schema and seeds an empty database, once, before the application serves anyone.
 * <ul>
 * <li>Embedded H2 (the default), or {@code FABRIQUE_DEMO_DATA=true}: an empty database gets the demo
 * data and demo accounts.</li>
 * <li>With {@code FABRIQUE_GENERATE_SCALE=n} (1 to 1000), an empty database gets the demo, then the generated
 * volume of scale {@code n} ({@link GeneratedData}): for measuring at a city's scale.</li>
 * <li>Otherwise an empty database gets one administrator, {@code admin}, with the password given in
 * {@code FABRIQUE_ADMIN_PASSWORD}.</li>
 * </ul>
 * Then the search index is caught up ({@link IndexFreshness}): kept when the last clean stop left it in step with
 * this very database, otherwise rebuilt from the database, so that every record is found from the first request
 * whatever changed the database while the server was down (migrations, the demo, a restore, a crash). It runs as the pôle,
 * nobody being signed in: the demo goes through the services a pôle's request would (a workshop's commission).
 */
@Singleton
@Startup
@RunAs(Roles.POLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = "java:jboss/datasources/FabriqueDS")
    DataSource dataSource;

    @Inject
    DemoData demoData;

    @Inject
    GeneratedData generatedData;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    IndexFreshness indexFreshness;

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int executed = flyway.migrate().migrationsExecuted;
        var current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                + executed + " migrations run, " + (System.nanoTime() - started) / 1_000_000 + " ms)");
        boolean seeded = seed();
        indexFreshness.catchUp(executed > 0 || seeded);
    }

    /** At a clean stop: marks the search index in step with the database, to be kept at the next start. */
    @PreDestroy
    void stop() {
        indexFreshness.stamp();
    }

    /** Seeds an empty database; returns whether it wrote anything. */
    private boolean seed() {
        boolean embedded = isEmbeddedDatabase();
        int scale = GeneratedData.scaleOf(System.getenv(GeneratedData.VARIABLE));
        if (!demoData.databaseIsEmpty()) {
            if (scale > 0) {
                LOG.warning(GeneratedData.VARIABLE + " is set but the database is not empty: nothing generated. "
                        + "Generate into a fresh data directory or database.");
            }
            return false;
        }
        if (embedded || scale > 0 || "true".equalsIgnoreCase(System.getenv("FABRIQUE_DEMO_DATA"))) {
            demoData.load();
            LOG.info("Empty database: demo data and demo accounts loaded (password '" + CoreDemo.DEMO_PASSWORD + "').");
            if (scale > 0) {
                generatedData.generate(scale);
            }
            return true;
        }
        String adminPassword = System.getenv("FABRIQUE_ADMIN_PASSWORD");
        if (adminPassword == null || adminPassword.isBlank()) {
            LOG.warning("Empty database and no FABRIQUE_ADMIN_PASSWORD: nobody can sign in. "
                    + "Set FABRIQUE_ADMIN_PASSWORD and restart to create the administrator 'admin'.");
            return false;
        }
        if (firstAdministrator.createIfNoAccount(adminPassword)) {
            LOG.info("Empty database: administrator 'admin' created from FABRIQUE_ADMIN_PASSWORD.");
            return true;
        }
        return false;
    }

    private boolean isEmbeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's metadata", e);
        }
    }
}
