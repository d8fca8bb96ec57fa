package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fabrique.web.TestPersistence.checkQueries;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.RecommendationMarkers;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.web.TestPersistence.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An issue's and a recommendation's cross-reading (markers and tension, one embedded value mapped to each
 * owner's table) survives the database: markers without a tension are read back, and a tension added later
 * keeps them; removing the markers keeps the tension.
 */
class CrossReadingMappingTest {

    private record Sample(long issue, long recommendation) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void markers_and_tension_are_read_back_and_corrected_together(Database database) throws Exception {
        checkQueries(database, CrossReadingMappingTest::store, (entityManager, statistics, sample) -> {
            WorkshopIssue issue = entityManager.find(WorkshopIssue.class, sample.issue());
            assertThat(issue.getTension()).isNull();
            assertThat(issue.getMarkers()).containsExactlyInAnyOrder(Marker.SOLIDARITY, Marker.PROXIMITY);
            RecommendationMarkers recommendation = entityManager.find(RecommendationMarkers.class, sample.recommendation());
            assertThat(recommendation.getTension()).isNull();
            assertThat(recommendation.getMarkers()).containsExactly(Marker.ATTRACTIVENESS);

            entityManager.getTransaction().begin();
            issue.describe(issue.getTitle(), null, issue.getMarkers(), "Attractivité et solidarité");
            recommendation.tag(List.of(), "Proximité et rayonnement");
            entityManager.getTransaction().commit();
            entityManager.clear();

            WorkshopIssue corrected = entityManager.find(WorkshopIssue.class, sample.issue());
            assertThat(corrected.getTension()).isEqualTo("Attractivité et solidarité");
            assertThat(corrected.getMarkers()).containsExactlyInAnyOrder(Marker.SOLIDARITY, Marker.PROXIMITY);
            RecommendationMarkers retagged = entityManager.find(RecommendationMarkers.class, sample.recommendation());
            assertThat(retagged.getTension()).isEqualTo("Proximité et rayonnement");
            assertThat(retagged.getMarkers()).isEmpty();
        });
    }

    private static Sample store(EntityManager em) {
        Person president = new Person("Présidente", null, PersonCategory.ELECTED_OFFICIAL);
        em.persist(president);
        Cycle cycle = new Cycle("Cycle", LocalDate.of(2008, 6, 1), LocalDate.of(2009, 12, 31));
        em.persist(cycle);
        Workshop workshop = new Workshop(cycle, "Atelier", WorkshopKind.MAJOR_ISSUE, null, TerritorialScale.CITY,
                president.getId());
        em.persist(workshop);
        WorkshopIssue issue = new WorkshopIssue(workshop, "Enjeu", null, List.of(Marker.SOLIDARITY, Marker.PROXIMITY), null);
        em.persist(issue);
        RecommendationMarkers recommendation = new RecommendationMarkers(workshop, "Ouvrir les ateliers",
                List.of("Ouvrir les ateliers"));
        recommendation.tag(List.of(Marker.ATTRACTIVENESS), null);
        em.persist(recommendation);
        return new Sample(issue.getId(), recommendation.getId());
    }
}
