package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fabrique.web.TestPersistence.boot;
import static org.fabrique.web.TestPersistence.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.HistoryScope;
import org.fabrique.core.domain.HistoryScope.Field;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.EnversHistoryRepository;
import org.fabrique.core.infrastructure.JpaDirectorateRepository;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.infrastructure.JpaCandidateRepository;
import org.fabrique.dialogue.infrastructure.JpaProgrammeRepository;
import org.fabrique.web.TestPersistence.Database;
import org.fabrique.web.TestPersistence.FreshSchema;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record's history is read from Envers' audit tables in the same number of statements whether it was
 * changed twice or forty times: the revisions with their authors' signature in one query, the authors'
 * names in one more. Each change shows its old and new values, newest first, and the page is cut in memory
 * from the whole (short) history.
 */
class HistoryQueriesTest {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    private static final List<Field<CandidateProject>> FIELDS = List.of(
            new Field<>("title", CandidateProject::getTitle),
            new Field<>("status", CandidateProject::getStatus));

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void a_long_history_is_read_in_as_few_statements_as_a_short_one(Database database) throws Exception {
        try (FreshSchema schema = database.freshSchema()) {
            schema.migrate();
            try (SessionFactory sessionFactory = boot(schema, Map.of(AvailableSettings.GENERATE_STATISTICS, "true"))) {
                long[] ids = new long[2];
                inTransaction(sessionFactory, em -> {
                    long culture = new JpaDirectorateRepository(em).store(new Directorate("Direction de la culture"))
                            .getId();
                    Programme programme = new JpaProgrammeRepository(em).store(
                            new Programme(2026, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), 1, 50, 90));
                    ids[0] = candidate(em, programme, culture, "Court");
                    ids[1] = candidate(em, programme, culture, "Long");
                });
                rename(sessionFactory, ids[0], "Court", 2);
                rename(sessionFactory, ids[1], "Long", 40);

                Statistics statistics = sessionFactory.getStatistics();
                EntityManager entityManager = sessionFactory.createEntityManager();
                try {
                    EnversHistoryRepository history = new EnversHistoryRepository(entityManager);
                    PageRequest firstPage = new PageRequest(0, 20);

                    statistics.clear();
                    Page<HistoryEntry> shortHistory = history.page(List.of(scope(ids[0])), firstPage);
                    long shortStatements = statistics.getPrepareStatementCount();
                    statistics.clear();
                    Page<HistoryEntry> longHistory = history.page(List.of(scope(ids[1])), firstPage);
                    long longStatements = statistics.getPrepareStatementCount();

                    assertThat(shortHistory.total()).as("created, then renamed twice").isEqualTo(3);
                    assertThat(longHistory.total()).as("created, then renamed 40 times").isEqualTo(41);
                    assertThat(longHistory.items()).hasSize(20);
                    assertThat(longStatements).as("the revisions, then the authors' names").isEqualTo(2)
                            .isEqualTo(shortStatements);

                    HistoryEntry newest = longHistory.items().get(0);
                    assertThat(newest.action()).isEqualTo(HistoryEntry.Action.CHANGED);
                    assertThat(newest.changes()).singleElement().satisfies(change -> {
                        assertThat(change.field()).isEqualTo("title");
                        assertThat(change.before()).isEqualTo("Long 39");
                        assertThat(change.after()).isEqualTo("Long 40");
                    });
                    assertThat(newest.username()).as("no caller outside a bean: the system").isEqualTo("system");
                    assertThat(shortHistory.items().get(2).action()).isEqualTo(HistoryEntry.Action.CREATED);
                } finally {
                    entityManager.close();
                }
            }
        }
    }

    private static HistoryScope<CandidateProject> scope(long id) {
        return HistoryScope.record(CandidateProject.class, "candidate", id, FIELDS);
    }

    /** Renames the candidate {@code times} times, one transaction (one revision) each. */
    private static void rename(SessionFactory sessionFactory, long id, String title, int times) {
        for (int i = 1; i <= times; i++) {
            String renamed = title + " " + i;
            inTransaction(sessionFactory, em -> {
                CandidateProject candidate = em.find(CandidateProject.class, id);
                candidate.edit(draft(renamed));
            });
        }
    }

    private static long candidate(EntityManager em, Programme programme, long directorate, String title) {
        return new JpaCandidateRepository(em).store(new CandidateProject(programme, directorate, draft(title),
                "direction", AT)).getId();
    }

    private static CandidateDraft draft(String title) {
        return new CandidateDraft(title, null, null, null, null, null, null, null, null, Set.of(), null, null, null);
    }
}
