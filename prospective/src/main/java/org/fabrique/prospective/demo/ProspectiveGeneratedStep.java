package org.fabrique.prospective.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntFunction;
import org.fabrique.prospective.demo.ProspectiveDemoWorkshops.WorkshopSpec;
import org.fabrique.prospective.demo.ProspectiveGeneratedGroup.Guest;
import org.fabrique.prospective.demo.ProspectiveGeneratedGroup.Member;
import org.fabrique.prospective.demo.ProspectiveGeneratedPeople.GeneratedPerson;
import org.fabrique.prospective.demo.ProspectiveGeneratedPeople.Kind;
import org.fabrique.prospective.demo.ProspectiveGeneratedSchedule.Timeline;
import org.fabrique.prospective.demo.ProspectiveGeneratedWorkshop.Blueprint;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopStatus;

/**
 * The three workshops of one step, decided from the step's number alone (its own random sequence) and what the
 * database already holds (the pool's ids, the policies, the directorates, the demo accounts, the cycles): each
 * takes one of the demo's sixteen workshops for its content in turn, its status from
 * {@link ProspectiveGeneratedSchedule}, its group from {@link ProspectiveGeneratedGroup}. The demo's elected
 * accounts sit in one workshop in three each ({@code elu} in the first of each step, {@code elu2} in the second,
 * presiding on even steps), {@code direction} and {@code expert} in the third; nobody else but the pôle sees them.
 */
final class ProspectiveGeneratedStep {

    /** The demo accounts seated in the generated workshops, by the workshop of the step they sit in. */
    static final List<List<String>> GUESTS = List.of(List.of("elu"), List.of("elu2"), List.of("direction", "expert"));

    /** The seed of step 0; step {@code n} draws from {@code SEED + n}. */
    static final long SEED = 3_000_000L;

    /**
     * What the step reads from the database.
     *
     * @param poolIds       the pool's person ids by number, the step's newcomers included
     * @param policies      the public policies' ids by name
     * @param directorates  the directorates' ids by name, by name
     * @param guests        the demo accounts' people by username; an account missing is left out
     * @param cycleOfYear   the cycle of a year's workshops, created when missing
     */
    record Context(LocalDate today, long[] poolIds, Map<String, Long> policies, Map<String, Long> directorates,
            Map<String, Guest> guests, IntFunction<Cycle> cycleOfYear) {
    }

    private ProspectiveGeneratedStep() {
    }

    /** Builds and stores the step's workshops; returns how many records they hold. */
    static long generate(int step, Context context, ProspectiveGeneratedRecords records) {
        if (context.directorates().isEmpty()) {
            throw new IllegalStateException("the generated action plans need the core's directorates");
        }
        Random random = new Random(SEED + step);
        Map<Kind, List<GeneratedPerson>> pool = new EnumMap<>(Kind.class);
        List<GeneratedPerson> newcomers = new ArrayList<>();
        for (int n = 0; n < ProspectiveGeneratedPeople.sizeAfter(step); n++) {
            GeneratedPerson person = ProspectiveGeneratedPeople.person(n);
            pool.computeIfAbsent(person.kind(), k -> new ArrayList<>()).add(person);
            if (step > 0 && n >= ProspectiveGeneratedPeople.sizeBefore(step)) {
                newcomers.add(person);
            }
        }
        long stored = 0;
        for (int index = 0; index < ProspectiveGeneratedSchedule.PER_STEP; index++) {
            int rank = step * ProspectiveGeneratedSchedule.PER_STEP + index;
            WorkshopSpec spec = ProspectiveDemoWorkshops.ALL.get(rank % ProspectiveDemoWorkshops.ALL.size());
            int number = rank + 1;
            // a cross-cutting policy is raised as a major issue every other time its turn comes
            int round = rank / ProspectiveDemoWorkshops.ALL.size();
            WorkshopKind kind = spec.themes().size() > 1 && (rank + round) % 2 == 1 ? WorkshopKind.MAJOR_ISSUE
                    : WorkshopKind.PUBLIC_POLICY;
            WorkshopStatus status = ProspectiveGeneratedSchedule.statusOf(step, index);
            Timeline timeline = ProspectiveGeneratedSchedule.timeline(status, spec.adoptionSession(), context.today(), random);
            int year = timeline.start().getYear();

            List<Guest> guests = GUESTS.get(index).stream().map(context.guests()::get).filter(Objects::nonNull).toList();
            Guest presiding = index < 2 && step % 2 == 0 && !guests.isEmpty() ? guests.get(0) : null;
            int seat = index;
            List<GeneratedPerson> ownNewcomers = newcomers.stream()
                    .filter(p -> p.number() % ProspectiveGeneratedSchedule.PER_STEP == seat).toList();
            List<Member> members = ProspectiveGeneratedGroup.compose(pool, context.poolIds(), ownNewcomers, kind,
                    spec.themes(), guests, presiding, random);

            Long policyId = context.policies().get(spec.policy());
            if (policyId == null) {
                throw new IllegalStateException("no public policy named " + spec.policy());
            }
            Blueprint blueprint = new Blueprint(number, spec, kind, status, context.cycleOfYear().apply(year), policyId,
                    ProspectiveGeneratedTexts.title(spec, kind, year, number), members, timeline,
                    directorates(spec, context.directorates()));
            stored += new ProspectiveGeneratedWorkshop(records, random).build(blueprint);
        }
        return stored;
    }

    /** The organising committee's directorates that the core knows, then all the others, by name. */
    private static List<Long> directorates(WorkshopSpec spec, Map<String, Long> byName) {
        List<Long> ids = new ArrayList<>();
        spec.directors().stream().map(byName::get).filter(Objects::nonNull).forEach(ids::add);
        byName.values().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }
}
