package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fabrique.web.TestPersistence.boot;
import static org.fabrique.web.TestPersistence.inTransaction;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.infrastructure.JpaDirectorateRepository;
import org.fabrique.web.TestPersistence.Database;
import org.fabrique.web.TestPersistence.FreshSchema;
import org.fabrique.web.diagnostics.StatementCounter;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The statement inspector persistence.xml names counts every statement this thread sends, and only since its
 * reset: what the query budgets read per request.
 */
class StatementCounterTest {

    @Test
    void it_counts_this_threads_statements_since_the_reset() throws Exception {
        try (FreshSchema schema = Database.H2.freshSchema()) {
            schema.migrate();
            try (SessionFactory sessionFactory = boot(schema, Map.of())) {
                inTransaction(sessionFactory, em -> new JpaDirectorateRepository(em).store(new Directorate("Direction de la culture")));
                StatementCounter.reset();
                EntityManager entityManager = sessionFactory.createEntityManager();
                try {
                    new JpaDirectorateRepository(entityManager).all();
                    assertThat(StatementCounter.count()).isEqualTo(1);
                    new JpaDirectorateRepository(entityManager).count();
                    assertThat(StatementCounter.count()).isEqualTo(2);

                    StatementCounter.reset();
                    assertThat(StatementCounter.count()).isZero();
                    Thread other = new Thread(() -> new JpaDirectorateRepository(sessionFactory.createEntityManager()).all());
                    other.start();
                    other.join();
                    assertThat(StatementCounter.count()).as("another thread's statements").isZero();
                } finally {
                    entityManager.close();
                }
            }
        }
    }
}
