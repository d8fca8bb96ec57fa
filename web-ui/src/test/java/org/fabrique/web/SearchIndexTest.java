package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fabrique.web.TestPersistence.boot;
import static org.fabrique.web.TestPersistence.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.JpaDirectorateRepository;
import org.fabrique.core.infrastructure.SearchIndex;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.infrastructure.JpaCandidateRepository;
import org.fabrique.dialogue.infrastructure.JpaProgrammeRepository;
import org.fabrique.dialogue.infrastructure.LuceneDialogueSearchRepository;
import org.fabrique.web.TestPersistence.Database;
import org.fabrique.web.TestPersistence.FreshSchema;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * What Hibernate Search did not see being written (here: written with its listeners off, as by SQL, a
 * restore or a migration) is found once the index is rebuilt, as a start does unless the index is known in step.
 */
class SearchIndexTest {

    @Test
    void records_written_behind_the_index_are_found_after_a_rebuild() throws Exception {
        try (FreshSchema schema = Database.H2.freshSchema()) {
            schema.migrate();
            try (SessionFactory sessionFactory = boot(schema,
                    Map.of("hibernate.search.indexing.listeners.enabled", "false"))) {
                inTransaction(sessionFactory, em -> {
                    long culture = new JpaDirectorateRepository(em).store(new Directorate("Direction de la culture"))
                            .getId();
                    Programme programme = new JpaProgrammeRepository(em).store(
                            new Programme(2026, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), 1, 50, 90));
                    new JpaCandidateRepository(em).store(new CandidateProject(programme, culture,
                            new CandidateDraft("Bibliothèques éphémères", null, null, null, null, null, null, null,
                                    null, Set.of(), null, null, null), "direction", Instant.now()));
                });
                SearchQuery query = SearchQuery.parse("bibliotheque ephemere");
                assertThat(found(sessionFactory, query)).as("not indexed yet").isZero();

                new SearchIndex(sessionFactory).rebuild();

                assertThat(found(sessionFactory, query)).isEqualTo(1);
            }
        }
    }

    private static long found(SessionFactory sessionFactory, SearchQuery query) {
        EntityManager entityManager = sessionFactory.createEntityManager();
        try {
            return new LuceneDialogueSearchRepository(entityManager).candidates(query, null, new PageRequest(0, 10))
                    .total();
        } finally {
            entityManager.close();
        }
    }
}
