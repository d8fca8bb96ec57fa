package org.fabrique.prospective.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.PoolPerson;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.PlannedSession;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.PlannedWorkshop;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.Seat;
import org.junit.jupiter.api.Test;

/** The plan of the seed's 16 workshops counts its people as the seed does, with groups the method allows. */
class ProspectiveDemoPlanTest {

    private static final List<PlannedWorkshop> PLAN = ProspectiveDemoPlan.of(ProspectiveDemoWorkshops.ALL, 201402L);

    @Test
    void the_sixteen_policies_are_the_seeds_ten_then_six() {
        assertThat(PLAN).extracting(w -> w.spec().policy()).containsExactly(
                "Culture", "Éducation et réussite éducative", "Égalité, citoyenneté, intégration des populations immigrées",
                "Jeunesse", "Logement habitat", "Personnes âgées", "Petite enfance", "Solidarité et action sociale", "Sport",
                "Vie associative", "Conciliation des temps", "Musée des Beaux-Arts", "Prévention de la délinquance",
                "Accueillir 100 000 habitants", "Soutien aux émergences", "Animation sociale & culturelle");
        assertThat(PLAN.subList(0, 10)).allMatch(w -> w.spec().firstCycle());
        assertThat(PLAN.subList(10, 16)).noneMatch(w -> w.spec().firstCycle());
    }

    @Test
    void distinct_people_by_category_are_the_seeds_figures() {
        Map<PersonCategory, Long> counts = PLAN.stream().flatMap(w -> w.seats().stream()).map(Seat::person).distinct()
                .collect(Collectors.groupingBy(PoolPerson::category, Collectors.counting()));
        assertThat(counts).containsEntry(PersonCategory.ELECTED_OFFICIAL, 48L)
                .containsEntry(PersonCategory.DEPUTY_GENERAL_DIRECTOR, 8L)
                .containsEntry(PersonCategory.DIRECTOR, 22L)
                .containsEntry(PersonCategory.RESOURCE_PERSON, 56L)
                .containsEntry(PersonCategory.CABINET_ADVISER, 10L)
                .containsEntry(PersonCategory.EXTERNAL_EXPERT, 39L)
                .containsEntry(PersonCategory.POLE_STAFF, 4L)
                .hasSize(7);
    }

    @Test
    void people_sit_in_several_workshops_as_in_a_city() {
        Map<PoolPerson, Long> seats = PLAN.stream().flatMap(w -> w.seats().stream())
                .collect(Collectors.groupingBy(Seat::person, Collectors.counting()));
        long total = seats.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).isGreaterThan(seats.size() + 100L);
        assertThat(seats.values()).contains(1L, 2L, 3L);
    }

    @Test
    void each_group_has_fifteen_to_thirty_members_its_president_first_and_every_kind_of_seat() {
        for (PlannedWorkshop w : PLAN) {
            assertThat(w.seats()).as(w.spec().title()).hasSizeBetween(15, 30);
            assertThat(w.seats().get(0).category()).isEqualTo(ParticipantCategory.PRESIDENT);
            assertThat(w.seats()).extracting(s -> s.person().key()).doesNotHaveDuplicates();
            assertThat(w.seats()).extracting(Seat::category).contains(ParticipantCategory.ELECTED_OFFICIAL,
                    ParticipantCategory.NEIGHBOURHOOD_ELECTED_OFFICIAL, ParticipantCategory.GENERAL_MANAGEMENT,
                    ParticipantCategory.CABINET, ParticipantCategory.DIRECTORATE_RESOURCE, ParticipantCategory.POLE,
                    ParticipantCategory.EXTERNAL_EXPERT);
            assertThat(w.spec().issues()).as(w.spec().title()).hasSizeBetween(5, 10);
        }
    }

    @Test
    void sessions_run_the_three_sequences_on_working_days_inside_the_cycle() {
        for (PlannedWorkshop w : PLAN) {
            LocalDate cycleStart = w.spec().firstCycle() ? ProspectiveDemoWorkshops.FIRST_CYCLE_START
                    : ProspectiveDemoWorkshops.SECOND_CYCLE_START;
            LocalDate cycleEnd = w.spec().firstCycle() ? ProspectiveDemoWorkshops.FIRST_CYCLE_END
                    : ProspectiveDemoWorkshops.SECOND_CYCLE_END;
            assertThat(w.sessions()).extracting(PlannedSession::sequence).startsWith(Sequence.EXPLORATORY, Sequence.RESOURCE,
                    Sequence.SCENARIO).isSorted();
            assertThat(w.sessions()).extracting(PlannedSession::date).isSorted()
                    .allMatch(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
            assertThat(w.start()).as(w.spec().title()).isAfterOrEqualTo(cycleStart);
            assertThat(w.end()).as(w.spec().title()).isBeforeOrEqualTo(cycleEnd);
            assertThat(w.sessions().get(w.sessions().size() - 1).adoption()).isTrue();
        }
    }

    @Test
    void minutes_are_written_from_the_workshops_own_content() {
        PlannedWorkshop elderly = PLAN.get(5);
        String exploratory = ProspectiveDemoTexts.minutes(elderly, elderly.sessions().get(0), 18, 21);
        assertThat(exploratory).contains(elderly.president().name(), "18 membres présents sur 21",
                "7 enjeux", "1) lutter contre l'isolement des personnes âgées");
        String resource = ProspectiveDemoTexts.minutes(elderly, elderly.sessions().get(1), 20, 21);
        assertThat(resource).contains("Le groupe a entendu");
        String adoption = ProspectiveDemoTexts.minutes(elderly, elderly.sessions().get(3), 19, 21);
        assertThat(adoption).contains("animatrice", "adopté");
    }

    @Test
    void names_are_invented_distinct_and_leave_room_for_the_current_workshops_newcomers() {
        List<String> names = IntStream.range(0, ProspectiveDemoNames.size()).mapToObj(ProspectiveDemoNames::name).toList();
        assertThat(names).doesNotHaveDuplicates()
                .noneMatch(n -> n.split(" ")[0].equals(n.substring(n.indexOf(' ') + 1)))
                .noneMatch(n -> Set.of("Morel", "Roux", "Benali", "Garnier", "Lefèvre", "Dubois", "Fenet", "Rataud",
                        "Pasquier", "Guillaudeux").contains(n.substring(n.indexOf(' ') + 1)));
        assertThat(ProspectiveDemoPeople.NEXT_NAME + ProspectiveDemoTexts.CURRENT_NEWCOMERS.size())
                .isLessThanOrEqualTo(ProspectiveDemoNames.size());
        Set<String> emails = new HashSet<>();
        for (String name : names) {
            Person person = new Person(name, ProspectiveDemoNames.email(name), PersonCategory.CITIZEN);
            assertThat(person.getEmail()).endsWith("@demo.fabrique.test").matches("[a-z.\\-]+@demo\\.fabrique\\.test");
            emails.add(person.getEmail());
        }
        assertThat(emails).hasSize(names.size());
    }
}
