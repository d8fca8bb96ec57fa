package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fabrique.web.TestPersistence.boot;
import static org.fabrique.web.TestPersistence.inTransaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.HistoryScope;
import org.fabrique.core.domain.HistoryScope.Field;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.EnversHistoryRepository;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.web.TestPersistence.Database;
import org.fabrique.web.TestPersistence.FreshSchema;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A city's database that had issues before they were audited (V17): the migration writes what each one was then as a
 * baseline, which no timeline shows; the first correction afterwards shows only what it changed, old and new values,
 * rather than every field as new.
 */
class HistoryBaselineTest {

    private static final List<Field<WorkshopIssue>> FIELDS = List.of(
            new Field<>("title", WorkshopIssue::getTitle),
            new Field<>("tension", WorkshopIssue::getTension));

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void a_record_that_existed_before_its_history_shows_only_what_changed_since(Database database) throws Exception {
        try (FreshSchema schema = database.freshSchema()) {
            schema.migrate("16");
            String prefix = schema.name() == null ? "" : schema.name() + ".";
            try (Connection connection = schema.database().connect(); Statement sql = connection.createStatement()) {
                sql.execute("insert into " + prefix + "person (name, category) values ('Sophie Garnier', 'ELECTED_OFFICIAL')");
                sql.execute("insert into " + prefix + "prospective_cycle (name, starts_on, ends_on)"
                        + " values ('2024-2026', date '2024-01-01', date '2026-12-31')");
                sql.execute("insert into " + prefix + "prospective_workshop (cycle_id, title, kind, scale,"
                        + " president_person_id, status) select c.id, 'Vieillir en ville', 'MAJOR_ISSUE', 'CITY', p.id,"
                        + " 'EXPLORATORY' from " + prefix + "prospective_cycle c, " + prefix + "person p");
                sql.execute("insert into " + prefix + "prospective_issue (workshop_id, title, tension) select w.id,"
                        + " 'Vieilir chez soi', 'Autonomie et sécurité' from " + prefix + "prospective_workshop w");
            }
            schema.migrate();
            try (SessionFactory sessionFactory = boot(schema, Map.of())) {
                long[] ids = new long[2];
                inTransaction(sessionFactory, em -> {
                    WorkshopIssue issue = em.createQuery("select i from WorkshopIssue i", WorkshopIssue.class)
                            .getSingleResult();
                    ids[0] = issue.getId();
                    ids[1] = issue.getWorkshop().getId();
                    issue.describe("Vieillir chez soi", null, List.copyOf(issue.getMarkers()), issue.getTension());
                });

                EntityManager entityManager = sessionFactory.createEntityManager();
                try {
                    Page<HistoryEntry> history = new EnversHistoryRepository(entityManager).page(List.of(
                            HistoryScope.related(WorkshopIssue.class, "issue", "workshop", ids[1], FIELDS)
                                    .labelled(WorkshopIssue::getTitle)), new PageRequest(0, 20));

                    assertThat(history.total()).as("the correction only: the baseline is not shown").isEqualTo(1);
                    HistoryEntry correction = history.items().get(0);
                    assertThat(correction.action()).isEqualTo(HistoryEntry.Action.CHANGED);
                    assertThat(correction.recordId()).isEqualTo(ids[0]);
                    assertThat(correction.label()).isEqualTo("Vieillir chez soi");
                    assertThat(correction.changes()).singleElement().satisfies(change -> {
                        assertThat(change.field()).isEqualTo("title");
                        assertThat(change.before()).isEqualTo("Vieilir chez soi");
                        assertThat(change.after()).isEqualTo("Vieillir chez soi");
                    });
                } finally {
                    entityManager.close();
                }
            }
        }
    }
}
