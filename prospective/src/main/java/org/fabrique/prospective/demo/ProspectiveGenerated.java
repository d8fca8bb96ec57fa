package org.fabrique.prospective.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.GeneratedContent;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.PublicPolicy;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.prospective.demo.ProspectiveGeneratedGroup.Guest;
import org.fabrique.prospective.demo.ProspectiveGeneratedPeople.GeneratedPerson;
import org.fabrique.prospective.demo.ProspectiveGeneratedPeople.Kind;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.CycleRepository;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.IssueRepository;
import org.fabrique.prospective.domain.PlannedAction;
import org.fabrique.prospective.domain.RecommendationMarkers;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopInput;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopRepository;
import org.fabrique.prospective.domain.WorkshopSession;

/**
 * The prospective part of the generated volume ({@link GeneratedContent}), one step per unit of scale. One step
 * stores three Ateliers prospectifs of 25 members each, dated over the past ten years, whose statuses come in turn
 * (over seven steps: 9 closed, 4 in their action plan, 2 adopted, 2 in their scenario sequence, 2 in their resource
 * sequence, 1 exploratory, 1 in preparation), each with its sessions and their registers, its issues and their
 * markers, its resources, its reference document's versions and amendments (accepted, accepted as modified,
 * rejected, withdrawn, awaiting the group), the markers of its adopted recommendations and its action plan; and the
 * people they draw on: the first step 150 people of the city, each later step 5 more, who sit in several workshops
 * over the years. The workshops are confidential as the demo's are: the demo's elected accounts {@code elu} and
 * {@code elu2} each sit in one in three (presiding on even steps), {@code direction} and {@code expert} in the
 * third; only members and the pôle see them. The cycles are the years, {@code Ateliers prospectifs 2019}.
 * <p>
 * A step stores some 310 to 440 records: 3 workshops, 75 memberships, 7 to 12 sessions with 175 to 275 presences,
 * about 15 issues and 9 resources, 2 or 3 documents with 4 to 8 versions and 10 to 18 amendments, up to 9
 * recommendations' markers and 13 actions; and its people (150 at step 0, 5 after) and any year's cycle missing.
 * Deterministic: the same scale gives the same records. Runs after the demo, in the caller's transaction.
 */
@ApplicationScoped
public class ProspectiveGenerated implements GeneratedContent {

    /** The demo accounts seated in generated workshops, and the kind of seat each takes. */
    private static final Map<String, Kind> GUEST_KINDS = Map.of("elu", Kind.DEPUTY_MAYOR, "elu2", Kind.DEPUTY_MAYOR,
            "direction", Kind.DIRECTOR, "expert", Kind.EXTERNAL_EXPERT);

    @Inject
    CityClock clock;

    @Inject
    PersonRepository people;

    @Inject
    AccountRepository accounts;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    DirectorateRepository directorates;

    @Inject
    CycleRepository cycles;

    @Inject
    WorkshopRepository workshops;

    @Inject
    IssueRepository issues;

    @Inject
    DocumentRepository documents;

    /** After the evaluation's part, as the prospective demo comes after the evaluation's. */
    @Override
    public int order() {
        return 30;
    }

    @Override
    public int steps(int scale) {
        return scale;
    }

    /** Stores step {@code step}: its newcomers to the pool, the cycles it lacks and its three workshops. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long generate(int step, int scale) {
        long[] created = new long[1];
        long[] poolIds = pool(step, created);
        Map<String, Cycle> cyclesByName = new HashMap<>();
        cycles.all().forEach(c -> cyclesByName.put(c.getName(), c));
        ProspectiveGeneratedStep.Context context = new ProspectiveGeneratedStep.Context(clock.today(), poolIds,
                policyIds(), directorateIds(), guests(), year -> cyclesByName.computeIfAbsent(cycleName(year), name -> {
                    created[0]++;
                    return cycles.store(new Cycle(name, LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.DECEMBER, 31)));
                }));
        long stored = ProspectiveGeneratedStep.generate(step, context, new Repositories());
        return stored + created[0];
    }

    /** The name of a year's cycle, which no demo cycle bears. */
    static String cycleName(int year) {
        return "Ateliers prospectifs " + year;
    }

    /**
     * The pool's ids by number, found once by the pool's addresses among the people of its categories; the step's
     * newcomers (and anyone missing) stored. Counts those stored in {@code created[0]}.
     */
    private long[] pool(int step, long[] created) {
        Set<PersonCategory> categories = EnumSet.noneOf(PersonCategory.class);
        for (Kind kind : Kind.values()) {
            categories.add(kind.category());
        }
        Map<String, Long> byEmail = new HashMap<>();
        for (PersonCategory category : categories) {
            for (Person person : people.ofCategory(category)) {
                if (ProspectiveGeneratedPeople.isPoolAddress(person.getEmail())) {
                    byEmail.putIfAbsent(person.getEmail(), person.getId());
                }
            }
        }
        long[] ids = new long[ProspectiveGeneratedPeople.sizeAfter(step)];
        for (int n = 0; n < ids.length; n++) {
            GeneratedPerson wanted = ProspectiveGeneratedPeople.person(n);
            Long id = byEmail.get(wanted.email());
            if (id == null) {
                id = people.store(new Person(wanted.name(), wanted.email(), wanted.kind().category())).getId();
                created[0]++;
            }
            ids[n] = id;
        }
        return ids;
    }

    private Map<String, Long> policyIds() {
        Map<String, Long> ids = new HashMap<>();
        for (PublicPolicy policy : policies.all()) {
            ids.put(policy.getName(), policy.getId());
        }
        return ids;
    }

    /** By name, in the order of their names. */
    private Map<String, Long> directorateIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Directorate directorate : directorates.all()) {
            ids.put(directorate.getName(), directorate.getId());
        }
        return ids;
    }

    private Map<String, Guest> guests() {
        Map<String, Guest> guests = new HashMap<>();
        for (Account account : accounts.withUsernames(List.copyOf(GUEST_KINDS.keySet()))) {
            Person person = account.getPerson();
            guests.put(account.getUsername(), new Guest(person.getId(), person.getName(), GUEST_KINDS.get(account.getUsername())));
        }
        return guests;
    }

    /** The module's repositories; each stores and flushes, so that an issue has its id when a resource links it. */
    private final class Repositories implements ProspectiveGeneratedRecords {

        @Override
        public Workshop store(Workshop workshop) {
            return workshops.store(workshop);
        }

        @Override
        public WorkshopSession store(WorkshopSession session) {
            return workshops.store(session);
        }

        @Override
        public WorkshopIssue store(WorkshopIssue issue) {
            return issues.store(issue);
        }

        @Override
        public WorkshopInput store(WorkshopInput input) {
            return issues.store(input);
        }

        @Override
        public ReferenceDocument store(ReferenceDocument document) {
            return documents.store(document);
        }

        @Override
        public Amendment store(Amendment amendment) {
            return documents.store(amendment);
        }

        @Override
        public PlannedAction store(PlannedAction action) {
            return documents.store(action);
        }

        @Override
        public RecommendationMarkers store(RecommendationMarkers markers) {
            return issues.store(markers);
        }

        @Override
        public long idOf(Workshop workshop) {
            return workshop.getId();
        }
    }
}
