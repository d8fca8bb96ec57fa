package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fabrique.web.TestPersistence.checkQueries;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.infrastructure.JpaIssueRepository;
import org.fabrique.prospective.infrastructure.JpaWorkshopRepository;
import org.fabrique.web.TestPersistence.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The prospective figures and cross-reading, counted by the database: distinct people by category over
 * the chosen cycles (a person in several workshops counts once), in one statement; a page of issues by
 * marker in a bounded number of statements. Hibernate runs with JPA's strict query compliance, as in WildFly.
 */
class ProspectiveQueriesTest {

    private record Sample(long first, long second) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void figures_count_distinct_people_and_the_cross_reading_stays_bounded(Database database) throws Exception {
        checkQueries(database, ProspectiveQueriesTest::store, (entityManager, statistics, sample) -> {
            JpaWorkshopRepository workshops = new JpaWorkshopRepository(entityManager);
            statistics.clear();
            EnumMap<PersonCategory, Long> first = workshops.distinctMembersByCategory(List.of(sample.first()));
            assertThat(statistics.getPrepareStatementCount()).as("statements for the figures").isEqualTo(1);
            assertThat(first.get(PersonCategory.ELECTED_OFFICIAL)).as("the same president in two workshops").isEqualTo(3);
            assertThat(first.get(PersonCategory.DIRECTOR)).isEqualTo(1);
            assertThat(first.get(PersonCategory.EXTERNAL_EXPERT)).isEqualTo(1);
            assertThat(first.get(PersonCategory.CABINET_ADVISER)).isZero();
            EnumMap<PersonCategory, Long> second = workshops.distinctMembersByCategory(List.of(sample.second()));
            assertThat(second.get(PersonCategory.ELECTED_OFFICIAL)).isEqualTo(1);
            assertThat(second.get(PersonCategory.DIRECTOR)).isEqualTo(1);
            EnumMap<PersonCategory, Long> all = workshops.distinctMembersByCategory(List.of());
            assertThat(all.get(PersonCategory.ELECTED_OFFICIAL)).as("both cycles, still distinct").isEqualTo(3);
            assertThat(all.get(PersonCategory.DIRECTOR)).isEqualTo(1);
            statistics.clear();
            var byCycle = workshops.distinctMembersByCycleAndCategory();
            assertThat(statistics.getPrepareStatementCount()).as("statements for every cycle's figures").isEqualTo(1);
            assertThat(byCycle.get(sample.first())).as("the first cycle, as asked alone")
                    .isEqualTo(java.util.Map.of(PersonCategory.ELECTED_OFFICIAL, 3L, PersonCategory.DIRECTOR, 1L,
                            PersonCategory.EXTERNAL_EXPERT, 1L));
            assertThat(byCycle.get(sample.second()).get(PersonCategory.ELECTED_OFFICIAL)).isEqualTo(1);
            assertThat(byCycle.get(sample.second()).get(PersonCategory.DIRECTOR)).isEqualTo(1);

            JpaIssueRepository issues = new JpaIssueRepository(entityManager);
            statistics.clear();
            var page = issues.withMarker(Marker.SOLIDARITY, new PageRequest(0, 50));
            page.items().forEach(i -> assertThat(i.getMarkers()).contains(Marker.SOLIDARITY));
            page.items().forEach(i -> i.getWorkshop().getTitle());
            assertThat(page.items()).hasSize(6);
            assertThat(statistics.getPrepareStatementCount()).as("count, page, markers").isEqualTo(3);
            assertThat(issues.markerCounts().get(Marker.SOLIDARITY)).isEqualTo(6);
        });
    }

    private static Sample store(EntityManager em) {
        long[] elected = new long[3];
        for (int i = 0; i < 3; i++) {
            elected[i] = person(em, "Élu " + i, PersonCategory.ELECTED_OFFICIAL);
        }
        long director = person(em, "Directrice", PersonCategory.DIRECTOR);
        long expert = person(em, "Expert", PersonCategory.EXTERNAL_EXPERT);
        Cycle first = new Cycle("Premier cycle", LocalDate.of(2008, 6, 1), LocalDate.of(2009, 12, 31));
        Cycle second = new Cycle("Seconde vague", LocalDate.of(2010, 1, 1), LocalDate.of(2013, 6, 30));
        em.persist(first);
        em.persist(second);
        Workshop one = new Workshop(first, "Atelier un", WorkshopKind.MAJOR_ISSUE, null, TerritorialScale.CITY, elected[0]);
        one.addMember(elected[1], ParticipantCategory.ELECTED_OFFICIAL);
        one.addMember(director, ParticipantCategory.DIRECTORATE_RESOURCE);
        one.addMember(expert, ParticipantCategory.EXTERNAL_EXPERT);
        Workshop two = new Workshop(first, "Atelier deux", WorkshopKind.MAJOR_ISSUE, null, TerritorialScale.CITY, elected[0]);
        two.addMember(elected[2], ParticipantCategory.NEIGHBOURHOOD_ELECTED_OFFICIAL);
        Workshop three = new Workshop(second, "Atelier trois", WorkshopKind.MAJOR_ISSUE, null, TerritorialScale.METROPOLIS,
                elected[1]);
        three.addMember(director, ParticipantCategory.DIRECTORATE_RESOURCE);
        for (Workshop workshop : List.of(one, two, three)) {
            em.persist(workshop);
            for (int i = 0; i < 3; i++) {
                em.persist(new WorkshopIssue(workshop, workshop.getTitle() + " enjeu " + i, null,
                        i < 2 ? List.of(Marker.SOLIDARITY, Marker.PROXIMITY) : List.of(Marker.ATTRACTIVENESS), null));
            }
        }
        return new Sample(first.getId(), second.getId());
    }

    private static long person(EntityManager em, String name, PersonCategory category) {
        Person person = new Person(name, null, category);
        em.persist(person);
        return person.getId();
    }
}
