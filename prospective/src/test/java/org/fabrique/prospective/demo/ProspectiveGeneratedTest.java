package org.fabrique.prospective.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.core.domain.Person;
import org.fabrique.prospective.demo.ProspectiveGeneratedGroup.Guest;
import org.fabrique.prospective.demo.ProspectiveGeneratedPeople.GeneratedPerson;
import org.fabrique.prospective.demo.ProspectiveGeneratedPeople.Kind;
import org.fabrique.prospective.domain.ActionStatus;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.PlannedAction;
import org.fabrique.prospective.domain.RecommendationMarkers;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopInput;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopSession;
import org.fabrique.prospective.domain.WorkshopStatus;
import org.junit.jupiter.api.Test;

/**
 * The generated volume walked through in memory, every step the start-up may ask for (scale up to 1000), on days
 * that test the calendar: nothing the domain refuses, groups of 25 without anyone twice, sessions held before today
 * and planned after, within ten years, out of August, the holidays and weekends, and the same records for the same
 * step.
 */
class ProspectiveGeneratedTest {

    private static final long ELU = 1, ELU2 = 2, DIRECTION = 3, EXPERT = 4;

    /** Everything one run stored, in memory. */
    private static final class Memory implements ProspectiveGeneratedRecords {
        final List<Workshop> workshops = new ArrayList<>();
        final List<WorkshopSession> sessions = new ArrayList<>();
        final List<WorkshopIssue> issues = new ArrayList<>();
        final List<WorkshopInput> inputs = new ArrayList<>();
        final List<ReferenceDocument> documents = new ArrayList<>();
        final List<Amendment> amendments = new ArrayList<>();
        final List<PlannedAction> actions = new ArrayList<>();
        final List<RecommendationMarkers> markers = new ArrayList<>();
        final Map<Workshop, Long> ids = new IdentityHashMap<>();
        final Map<String, Cycle> cycles = new HashMap<>();

        public Workshop store(Workshop w) { ids.put(w, (long) ids.size() + 1); workshops.add(w); return w; }
        public WorkshopSession store(WorkshopSession s) { sessions.add(s); return s; }
        public WorkshopIssue store(WorkshopIssue i) { issues.add(i); return i; }
        public WorkshopInput store(WorkshopInput i) { inputs.add(i); return i; }
        public ReferenceDocument store(ReferenceDocument d) { documents.add(d); return d; }
        public Amendment store(Amendment a) { amendments.add(a); return a; }
        public PlannedAction store(PlannedAction a) { actions.add(a); return a; }
        public RecommendationMarkers store(RecommendationMarkers m) { markers.add(m); return m; }
        public long idOf(Workshop w) { return ids.get(w); }

        long step(int step, LocalDate today) {
            long[] pool = new long[ProspectiveGeneratedPeople.sizeAfter(step)];
            for (int n = 0; n < pool.length; n++) {
                pool[n] = 1000 + n;
            }
            Map<String, Long> policies = new HashMap<>();
            ProspectiveDemoWorkshops.ALL.forEach(s -> policies.put(s.policy(), (long) policies.size() + 1));
            Map<String, Long> directorates = new LinkedHashMap<>();
            directorates.put("Direction de la culture", 11L);
            directorates.put("Direction des sports", 12L);
            Map<String, Guest> guests = Map.of("elu", new Guest(ELU, "Sophie Garnier", Kind.DEPUTY_MAYOR),
                    "elu2", new Guest(ELU2, "Marc Lefèvre", Kind.DEPUTY_MAYOR),
                    "direction", new Guest(DIRECTION, "Julien Roux", Kind.DIRECTOR),
                    "expert", new Guest(EXPERT, "Hélène Dubois", Kind.EXTERNAL_EXPERT));
            return ProspectiveGeneratedStep.generate(step, new ProspectiveGeneratedStep.Context(today, pool, policies,
                    directorates, guests, year -> cycles.computeIfAbsent(ProspectiveGenerated.cycleName(year),
                            name -> new Cycle(name, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))), this);
        }
    }

    @Test
    void everyStepUpToTheLargestScaleBuildsGroupsOfTwentyFiveThroughTheDomain() {
        // every step on an ordinary day, the first two hundred on days the calendar pushes sessions around
        Map<LocalDate, Integer> days = Map.of(LocalDate.of(2026, 12, 7), GeneratedLimits.MAX_SCALE,
                LocalDate.of(2027, 8, 16), 200, LocalDate.of(2028, 1, 2), 200);
        for (LocalDate today : days.keySet()) {
            Memory memory = new Memory();
            int steps = days.get(today);
            for (int step = 0; step < steps; step++) {
                long records = memory.step(step, today);
                assertThat(records).as("step %d", step).isGreaterThan(3 * 26);
            }
            assertThat(memory.workshops).hasSize(3 * steps);
            for (Workshop workshop : memory.workshops) {
                List<Long> people = workshop.getMembers().stream().map(Membership::getPersonId).toList();
                assertThat(people).as(workshop.getTitle()).hasSize(25).doesNotHaveDuplicates();
                assertThat(workshop.getMembers().get(0).getCategory()).isEqualTo(ParticipantCategory.PRESIDENT);
                assertThat(workshop.getStart()).as(workshop.getTitle()).isAfterOrEqualTo(today.minusYears(10));
                assertThat(workshop.getEnd()).isAfter(workshop.getStart());
            }
            for (WorkshopSession session : memory.sessions) {
                LocalDate date = session.getDate();
                assertThat(date.getMonth()).isNotEqualTo(Month.AUGUST);
                assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 20
                        || date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 5).as(date.toString()).isFalse();
                boolean held = !session.getAttendance().isEmpty();
                assertThat(held ? date.isBefore(today) : date.isAfter(today)).as(date + " held " + held).isTrue();
                assertThat(date).isBetween(session.getWorkshop().getStart(), session.getWorkshop().getEnd());
            }
            assertThat(memory.cycles).hasSizeLessThanOrEqualTo(12);
        }
    }

    @Test
    void theFirstStepsShowEveryStatusAmendmentAndActionState() {
        Memory memory = new Memory();
        LocalDate today = LocalDate.of(2026, 12, 7);
        memory.step(0, today);
        assertThat(memory.workshops).extracting(Workshop::getStatus)
                .containsExactly(WorkshopStatus.SCENARIO, WorkshopStatus.RESOURCE, WorkshopStatus.ADOPTED);
        for (int step = 1; step < 7; step++) {
            memory.step(step, today);
        }
        assertThat(memory.workshops.stream().map(Workshop::getStatus).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(WorkshopStatus.values());
        assertThat(memory.amendments.stream().map(Amendment::getStatus).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AmendmentStatus.values());
        assertThat(memory.actions.stream().map(PlannedAction::getStatus).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ActionStatus.values());
        assertThat(memory.documents).allMatch(d -> d.getVersions().size() >= 2);
        assertThat(memory.documents).anyMatch(d -> d.getVersions().size() == 3);
        // amendments await the group only where the scenario sequence runs
        Set<Long> scenario = memory.workshops.stream().filter(w -> w.getStatus() == WorkshopStatus.SCENARIO)
                .map(memory.ids::get).collect(Collectors.toSet());
        assertThat(memory.amendments).filteredOn(a -> a.getStatus() == AmendmentStatus.PROPOSED)
                .isNotEmpty().allMatch(a -> scenario.contains(a.getWorkshopId()));
        assertThat(memory.workshops).anyMatch(w -> w.getPublishedSynthesis() != null);
        assertThat(memory.workshops).extracting(Workshop::getKind).contains(WorkshopKind.values());
        assertThat(memory.workshops.stream().flatMap(w -> w.getMembers().stream()).map(Membership::getCategory)
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(ParticipantCategory.values());
        assertThat(memory.issues).anyMatch(i -> i.getRank() == null).anyMatch(i -> !i.getMarkers().isEmpty());
    }

    @Test
    void theDemoAccountsSitInOneWorkshopInThreeEachTheElectedOnesPresidingOnEvenSteps() {
        Memory memory = new Memory();
        for (int step = 0; step < 6; step++) {
            memory.step(step, LocalDate.of(2026, 12, 7));
        }
        for (int i = 0; i < memory.workshops.size(); i++) {
            Workshop workshop = memory.workshops.get(i);
            int step = i / 3;
            assertThat(workshop.isMember(ELU)).isEqualTo(i % 3 == 0);
            assertThat(workshop.isMember(ELU2)).isEqualTo(i % 3 == 1);
            assertThat(workshop.isMember(DIRECTION) && workshop.isMember(EXPERT)).isEqualTo(i % 3 == 2);
            long president = workshop.getPresidentPersonId();
            assertThat(president == ELU || president == ELU2).isEqualTo(i % 3 < 2 && step % 2 == 0);
        }
    }

    @Test
    void theSameStepGivesTheSameRecords() {
        Memory once = new Memory();
        Memory again = new Memory();
        once.step(41, LocalDate.of(2026, 12, 7));
        again.step(41, LocalDate.of(2026, 12, 7));
        assertThat(summary(again)).isEqualTo(summary(once));
        assertThat(once.workshops).extracting(Workshop::getTitle)
                .satisfiesExactly(t -> assertThat(t).endsWith(", n° 124)"), t -> assertThat(t).endsWith(", n° 125)"),
                        t -> assertThat(t).endsWith(", n° 126)"));
    }

    private static List<String> summary(Memory memory) {
        List<String> lines = new ArrayList<>();
        memory.workshops.forEach(w -> lines.add(w.getTitle() + w.getStatus() + w.getStart() + w.getMembers().stream()
                .map(m -> m.getPersonId() + ":" + m.getCategory() + ":" + m.getCharterAcknowledgedAt()).toList()));
        memory.sessions.forEach(s -> lines.add(s.getDate() + s.getMinutes() + new java.util.TreeMap<>(s.getAttendance())));
        memory.amendments.forEach(a -> lines.add(a.getAuthorPersonId() + a.getStatus().name() + a.getProposedAt()));
        memory.actions.forEach(a -> lines.add(a.getTitle() + a.getStatus() + a.getProgress() + a.getDeadline()));
        return lines;
    }

    @Test
    void thePoolHasDistinctNamesAndAddressesNoneTheDemosEvenAtTheLargestScale() {
        int largest = ProspectiveGeneratedPeople.sizeAfter(GeneratedLimits.MAX_SCALE - 1);
        assertThat(ProspectiveDemoNames.generatedNames()).isGreaterThanOrEqualTo(largest);
        Set<String> demoNames = ProspectiveDemoPeople.ALL.stream().map(ProspectiveDemoPeople.PoolPerson::name)
                .collect(Collectors.toSet());
        for (int i = 0; i < 12; i++) {
            demoNames.add(ProspectiveDemoNames.name(ProspectiveDemoPeople.NEXT_NAME + i));
        }
        Set<String> names = new HashSet<>();
        Set<String> emails = new HashSet<>();
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (int n = 0; n < largest; n++) {
            GeneratedPerson person = ProspectiveGeneratedPeople.person(n);
            assertThat(names.add(person.name())).as(person.name()).isTrue();
            assertThat(emails.add(person.email())).as(person.email()).isTrue();
            assertThat(ProspectiveGeneratedPeople.isPoolAddress(person.email())).isTrue();
            assertThat(new Person(person.name(), person.email(), person.kind().category()).getEmail()).isEqualTo(person.email());
            kinds.add(person.kind());
        }
        assertThat(names).doesNotContainAnyElementsOf(demoNames);
        assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
        assertThat(ProspectiveGeneratedPeople.isPoolAddress("anne.le.goff@demo.fabrique.test")).isFalse();
    }

    /** The runner's bound (web-ui's GeneratedData, which this module cannot see). */
    private static final class GeneratedLimits {
        static final int MAX_SCALE = 1000;
    }
}
