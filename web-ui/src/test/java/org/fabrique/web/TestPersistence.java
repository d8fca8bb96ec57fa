package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.stat.Statistics;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hibernate outside the server, for the tests of the schema and of the repositories' queries: a fresh
 * database (in-memory H2, or a schema of its own in the PostgreSQL of {@code FABRIQUE_DB_URL}) migrated
 * by Flyway, and the persistence unit of persistence.xml booted on it.
 */
final class TestPersistence {

    static final String SCHEMA_ACTION = "jakarta.persistence.schema-generation.database.action";

    /** For {@code @MethodSource}: the databases of {@link #databases()}. */
    static final String DATABASES = "org.fabrique.web.TestPersistence#databases";

    private TestPersistence() {
    }

    /** The databases configured for this run: H2 always, PostgreSQL when {@code FABRIQUE_DB_URL} is set. */
    static Stream<Database> databases() {
        List<Database> databases = new ArrayList<>();
        databases.add(Database.H2);
        String url = System.getenv("FABRIQUE_DB_URL");
        if (url != null && !url.isBlank()) {
            databases.add(new Database("PostgreSQL", url, System.getenv("FABRIQUE_DB_USER"),
                    System.getenv("FABRIQUE_DB_PASSWORD")));
        }
        return databases.stream();
    }

    /** Runs the work in a transaction of its own, committed unless the work throws. */
    static void inTransaction(SessionFactory sessionFactory, Consumer<EntityManager> work) {
        EntityManager entityManager = sessionFactory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            work.accept(entityManager);
            entityManager.getTransaction().commit();
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    /** What a queries test checks: the repositories on an entity manager, the statements they issued, its sample. */
    @FunctionalInterface
    interface QueryCheck<S> {
        void check(EntityManager entityManager, Statistics statistics, S sample) throws Exception;
    }

    /**
     * On a fresh, migrated schema of the database, with Hibernate counting statements and JPA's strict query
     * compliance (as in WildFly): stores the sample in a transaction, then runs the check on a new entity
     * manager.
     */
    static <S> void checkQueries(Database database, Function<EntityManager, S> store, QueryCheck<S> check)
            throws Exception {
        try (FreshSchema schema = database.freshSchema()) {
            schema.migrate();
            try (SessionFactory sessionFactory = boot(schema, Map.of(AvailableSettings.GENERATE_STATISTICS, "true",
                    AvailableSettings.JPA_QUERY_COMPLIANCE, "true"))) {
                List<S> sample = new ArrayList<>(1);
                inTransaction(sessionFactory, em -> sample.add(store.apply(em)));
                EntityManager entityManager = sessionFactory.createEntityManager();
                try {
                    check.check(entityManager, sessionFactory.getStatistics(), sample.get(0));
                } finally {
                    entityManager.close();
                }
            }
        }
    }

    /**
     * Boots Hibernate natively on the schema with the entities and properties of persistence.xml, except
     * that it validates the schema ({@code hbm2ddl.auto=validate}) instead of leaving it alone.
     */
    static SessionFactory boot(FreshSchema schema, Map<String, String> extraSettings) throws Exception {
        PersistenceXml unit = PersistenceXml.read();
        Map<String, Object> settings = new HashMap<>(unit.properties());
        settings.remove(SCHEMA_ACTION);
        settings.put(AvailableSettings.HBM2DDL_AUTO, "validate");
        settings.put(AvailableSettings.JAKARTA_JDBC_URL, schema.database().url());
        settings.put(AvailableSettings.JAKARTA_JDBC_USER, schema.database().user());
        settings.put(AvailableSettings.JAKARTA_JDBC_PASSWORD, schema.database().password());
        if (schema.name() != null) {
            settings.put(AvailableSettings.DEFAULT_SCHEMA, schema.name());
        }
        // no second-level cache outside WildFly (whose Infinispan container provides it): every query reaches the database
        settings.put(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false");
        settings.put(AvailableSettings.USE_QUERY_CACHE, "false");
        // the search index in memory, gone with the session factory
        settings.remove("hibernate.search.backend.directory.root");
        settings.put("hibernate.search.backend.directory.type", "local-heap");
        settings.putAll(extraSettings);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String className : unit.classes()) {
                sources.addAnnotatedClass(Class.forName(className));
            }
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** A database to check against. */
    record Database(String name, String url, String user, String password) {

        static final Database H2 = new Database("H2", null, "sa", "");

        /** A new empty place to migrate: an in-memory H2 database, or a new PostgreSQL schema. */
        FreshSchema freshSchema() throws SQLException {
            String unique = "fabrique_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            if (url == null) {
                Database memory = new Database(name, "jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1", user, password);
                return new FreshSchema(memory, null);
            }
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("create schema " + unique);
            }
            return new FreshSchema(this, unique);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An empty database or schema, removed on close. {@code name} is null for H2's default schema. */
    record FreshSchema(Database database, String name) implements AutoCloseable {

        void migrate() {
            migrate(null);
        }

        /** Migrates up to version {@code target} (all: null), as a city's database that was that version. */
        void migrate(String target) {
            var configuration = Flyway.configure()
                    .dataSource(database.url(), database.user(), database.password())
                    .locations("classpath:db/migration");
            if (target != null) {
                configuration.target(target);
            }
            if (name != null) {
                configuration.schemas(name);
            }
            assertThat(configuration.load().migrate().migrationsExecuted).isPositive();
        }

        @Override
        public void close() throws SQLException {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute(name == null ? "shutdown" : "drop schema " + name + " cascade");
            }
        }
    }

    /** What persistence.xml declares: its classes and properties. */
    record PersistenceXml(List<String> classes, Map<String, String> properties) {

        static PersistenceXml read() throws Exception {
            URL resource = TestPersistence.class.getClassLoader().getResource("META-INF/persistence.xml");
            assertThat(resource).as("META-INF/persistence.xml on the class path").isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document;
            try (InputStream in = resource.openStream()) {
                document = factory.newDocumentBuilder().parse(in);
            }
            List<String> classes = new ArrayList<>();
            NodeList classNodes = document.getElementsByTagNameNS("*", "class");
            for (int i = 0; i < classNodes.getLength(); i++) {
                classes.add(classNodes.item(i).getTextContent().strip());
            }
            Map<String, String> properties = new HashMap<>();
            NodeList propertyNodes = document.getElementsByTagNameNS("*", "property");
            for (int i = 0; i < propertyNodes.getLength(); i++) {
                Element property = (Element) propertyNodes.item(i);
                properties.put(property.getAttribute("name"), property.getAttribute("value"));
            }
            return new PersistenceXml(List.copyOf(classes), Map.copyOf(properties));
        }
    }
}
