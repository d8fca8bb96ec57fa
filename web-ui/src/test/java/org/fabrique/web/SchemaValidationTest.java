package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fabrique.web.TestPersistence.boot;
import static org.fabrique.web.TestPersistence.inTransaction;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountFilter;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.Neighbourhood;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.PublicPolicy;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.infrastructure.JpaAccountRepository;
import org.fabrique.core.infrastructure.JpaDirectorateRepository;
import org.fabrique.core.infrastructure.JpaNeighbourhoodRepository;
import org.fabrique.core.infrastructure.JpaPersonRepository;
import org.fabrique.core.infrastructure.JpaPublicPolicyRepository;
import org.fabrique.web.TestPersistence.Database;
import org.fabrique.web.TestPersistence.FreshSchema;
import org.fabrique.web.TestPersistence.PersistenceXml;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


/**
 * The Flyway migrations and the JPA entities describe the same schema, and persistence.xml lists every
 * entity. Runs on a fresh in-memory H2 always, and also on the PostgreSQL database named by
 * {@code FABRIQUE_DB_URL} (with {@code FABRIQUE_DB_USER} and {@code FABRIQUE_DB_PASSWORD}) when it is set,
 * in a schema of its own that is dropped afterwards.
 */
class SchemaValidationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void hibernateValidatesTheEntitiesAgainstTheMigratedSchema(Database database) throws Exception {
        try (FreshSchema schema = database.freshSchema()) {
            schema.migrate();

            try (SessionFactory sessionFactory = boot(schema, Map.of())) {
                assertThat(sessionFactory.isOpen()).isTrue();
            }
        }
    }

    @Test
    void validationFailsOnADatabaseTheMigrationsHaveNotBuilt() throws Exception {
        try (FreshSchema schema = Database.H2.freshSchema()) {
            assertThatThrownBy(() -> boot(schema, Map.of()).close())
                    .isInstanceOf(SchemaManagementException.class)
                    .hasMessageContaining("missing table");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void theRepositoriesQueriesRunOnTheMigratedSchemaAndAPageOfAccountsTakesTwoStatements(Database database)
            throws Exception {
        try (FreshSchema schema = database.freshSchema()) {
            schema.migrate();
            try (SessionFactory sessionFactory = boot(schema, Map.of(AvailableSettings.GENERATE_STATISTICS, "true"))) {
                inTransaction(sessionFactory, SchemaValidationTest::storeSampleRecords);

                EntityManager entityManager = sessionFactory.createEntityManager();
                try {
                    Statistics statistics = sessionFactory.getStatistics();
                    statistics.clear();
                    Page<Account> page = new JpaAccountRepository(entityManager)
                            .page(AccountFilter.all(), List.of(), new PageRequest(0, 4));
                    List<String> shown = page.items().stream()
                            .map(a -> a.getUsername() + "/" + a.getPerson().getName() + "/"
                                    + (a.getDirectorate() == null ? "-" : a.getDirectorate().getName()))
                            .toList();

                    assertThat(statistics.getPrepareStatementCount()).as("statements for a page").isEqualTo(2);
                    assertThat(page.total()).isEqualTo(6);
                    assertThat(shown).containsExactly("direction/Julien Roux/Direction de la culture",
                            "direction2/Amina Benali/Direction des sports", "elu/Sophie Garnier/-",
                            "elu2/Marc Lefèvre/-");
                    JpaAccountRepository accounts = new JpaAccountRepository(entityManager);
                    assertThat(accounts.page(AccountFilter.all(), List.of(), new PageRequest(1, 4)).items())
                            .extracting(Account::getUsername).containsExactly("expert", "pole");
                    statistics.clear();
                    assertThat(accounts.page(new AccountFilter("  GARNIER ", null), List.of(), new PageRequest(0, 4)).items())
                            .as("a name, whatever the case").extracting(Account::getUsername).containsExactly("elu");
                    assertThat(statistics.getPrepareStatementCount()).as("statements for a filtered page").isEqualTo(2);
                    assertThat(accounts.page(new AccountFilter("direction", Role.DIRECTORATE), List.of(), new PageRequest(0, 4))
                            .items()).extracting(Account::getUsername).containsExactly("direction", "direction2");
                    assertThat(accounts.page(new AccountFilter("_", null), List.of(), new PageRequest(0, 4)).total())
                            .as("a wildcard is a character like any other").isZero();
                    assertThat(accounts.page(AccountFilter.all(), List.of(new SortKey("displayName", false)),
                            new PageRequest(0, 2)).items()).as("by name, descending")
                            .extracting(a -> a.getPerson().getName()).isSortedAccordingTo(Comparator.reverseOrder());
                    assertThat(accounts.page(AccountFilter.all(), List.of(new SortKey("role", true), new SortKey("username", false)),
                            new PageRequest(0, 6)).items()).extracting(a -> a.getRole().name()).as("as stored").isSorted();
                    assertOtherQueries(entityManager);
                } finally {
                    entityManager.close();
                }
            }
        }
    }

    @Test
    void persistenceXmlListsEveryEntityAndOnlyEntities() throws Exception {
        Set<String> entities = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fabrique")
                .stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(Entity.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());

        assertThat(entities).contains(Account.class.getName(), Person.class.getName());
        assertThat(PersistenceXml.read().classes()).containsExactlyInAnyOrderElementsOf(entities);
    }

    @Test
    void theApplicationNeverChangesTheSchemaItself() throws Exception {
        Map<String, String> properties = PersistenceXml.read().properties();

        assertThat(properties).containsEntry(TestPersistence.SCHEMA_ACTION, "none").doesNotContainKey(AvailableSettings.HBM2DDL_AUTO);
    }

    private static void storeSampleRecords(EntityManager entityManager) {
        var directorates = new JpaDirectorateRepository(entityManager);
        var people = new JpaPersonRepository(entityManager);
        var accounts = new JpaAccountRepository(entityManager);
        Directorate sports = directorates.store(new Directorate("Direction des sports"));
        Directorate culture = directorates.store(new Directorate("Direction de la culture"));
        record Sample(String username, Role role, Directorate directorate, String name, PersonCategory category) {
        }
        List.of(new Sample("pole", Role.POLE, null, "Claire Morel", PersonCategory.POLE_STAFF),
                new Sample("elu2", Role.ELECTED, null, "Marc Lefèvre", PersonCategory.ELECTED_OFFICIAL),
                new Sample("direction2", Role.DIRECTORATE, sports, "Amina Benali", PersonCategory.DIRECTOR),
                new Sample("expert", Role.PARTICIPANT, null, "Hélène Dubois", PersonCategory.EXTERNAL_EXPERT),
                new Sample("direction", Role.DIRECTORATE, culture, "Julien Roux", PersonCategory.DIRECTOR),
                new Sample("elu", Role.ELECTED, null, "Sophie Garnier", PersonCategory.ELECTED_OFFICIAL))
                .forEach(sample -> {
                    Person person = people.store(new Person(sample.name(),
                            sample.username() + "@demo.fabrique.test", sample.category()));
                    accounts.store(new Account(sample.username(), "not-a-real-hash", sample.role(), person,
                            sample.directorate()));
                });
        var policies = new JpaPublicPolicyRepository(entityManager);
        policies.store(new PublicPolicy("Sport"));
        policies.store(new PublicPolicy("Culture"));
        var neighbourhoods = new JpaNeighbourhoodRepository(entityManager);
        neighbourhoods.store(new Neighbourhood("Nantes Sud"));
        neighbourhoods.store(new Neighbourhood("Centre-ville"));
    }

    private static void assertOtherQueries(EntityManager entityManager) {
        var accounts = new JpaAccountRepository(entityManager);
        assertThat(accounts.count()).isEqualTo(6);
        assertThat(accounts.existsByUsername("ELU2")).isTrue();
        assertThat(accounts.existsByUsername("nobody")).isFalse();
        Account direction = accounts.findByUsername(" Direction ").orElseThrow();
        assertThat(direction.getDirectorate().getName()).isEqualTo("Direction de la culture");
        assertThat(accounts.findById(direction.getId())).containsSame(direction);
        assertThat(new JpaPersonRepository(entityManager).findById(direction.getPerson().getId()))
                .containsSame(direction.getPerson());

        var directorates = new JpaDirectorateRepository(entityManager);
        assertThat(directorates.all()).extracting(Directorate::getName)
                .containsExactly("Direction de la culture", "Direction des sports");
        assertThat(directorates.page(new PageRequest(1, 1)).items()).extracting(Directorate::getName)
                .containsExactly("Direction des sports");
        assertThat(directorates.count()).isEqualTo(2);

        var policies = new JpaPublicPolicyRepository(entityManager);
        assertThat(policies.all()).extracting(PublicPolicy::getName).containsExactly("Culture", "Sport");
        assertThat(policies.page(new PageRequest(0, 1))).satisfies(page -> {
            assertThat(page.total()).isEqualTo(2);
            assertThat(page.items()).extracting(PublicPolicy::getName).containsExactly("Culture");
        });
        assertThat(new JpaNeighbourhoodRepository(entityManager).all()).extracting(Neighbourhood::getName)
                .containsExactly("Centre-ville", "Nantes Sud");
    }
}
