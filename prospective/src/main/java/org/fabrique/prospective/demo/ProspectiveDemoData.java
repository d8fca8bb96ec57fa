package org.fabrique.prospective.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.CommissionOrder;
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.DemoContent;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.CommissionKind;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.PoolPerson;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.PlannedSession;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.PlannedWorkshop;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.Seat;
import org.fabrique.prospective.demo.ProspectiveDemoTexts.Newcomer;
import org.fabrique.prospective.demo.ProspectiveDemoWorkshops.WorkshopSpec;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.CycleRepository;
import org.fabrique.prospective.domain.IssueRepository;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Presence;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.SessionLength;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopInput;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopRepository;
import org.fabrique.prospective.domain.WorkshopSession;
import org.fabrique.prospective.domain.WorkshopStatus;

/**
 * The prospective part of the demo: the seed's two cycles and its 16 workshops with their groups,
 * sessions, attendance and minutes, whose people count exactly as the seed's "En chiffres"; and a
 * workshop of the current year in progress, presided by {@code elu}, with {@code direction},
 * {@code pole} and {@code expert} among its members and {@code elu2} and {@code direction2} outside it.
 * The demo accounts sit in none of the 2008–2013 workshops, so that the seed's figures stay exact. The Atelier
 * Personnes âgées commissions an evaluation through the core's {@link CommissionService}, as the pôle would.
 * Deterministic (fixed seed). Loaded by the start-up as a {@link DemoContent}, inside its transaction, once the
 * policies and demo accounts exist.
 */
@ApplicationScoped
public class ProspectiveDemoData implements DemoContent {

    private static final Logger LOG = Logger.getLogger(ProspectiveDemoData.class.getName());

    /** The month the seed's report was published, February 2014. */
    private static final long SEED = 201402L;

    @Inject
    CityClock clock;

    @Inject
    CycleRepository cycles;

    @Inject
    WorkshopRepository workshops;

    @Inject
    IssueRepository issues;

    @Inject
    ProspectiveDemoAdoption adoption;

    @Inject
    PersonRepository people;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    AccountRepository accounts;

    @Inject
    CommissionService commissions;

    /** Last: a workshop commissions an evaluation, which joins this year's evaluation programme. */
    @Override
    public int order() {
        return 30;
    }

    /** Loads the cycles, the 16 past workshops and the current one. */
    @Override
    @Transactional
    public void load() {
        Random random = new Random(SEED);
        Map<String, Long> policyIds = new HashMap<>();
        policies.all().forEach(p -> policyIds.put(p.getName(), p.getId()));
        Map<String, Long> personIds = new LinkedHashMap<>();
        for (PoolPerson person : ProspectiveDemoPeople.ALL) {
            personIds.put(person.key(), people.store(new Person(person.name(), person.email(), person.category())).getId());
        }
        Cycle first = cycles.store(new Cycle(ProspectiveDemoWorkshops.FIRST_CYCLE, ProspectiveDemoWorkshops.FIRST_CYCLE_START,
                ProspectiveDemoWorkshops.FIRST_CYCLE_END));
        Cycle second = cycles.store(new Cycle(ProspectiveDemoWorkshops.SECOND_CYCLE,
                ProspectiveDemoWorkshops.SECOND_CYCLE_START, ProspectiveDemoWorkshops.SECOND_CYCLE_END));
        int sessionCount = 0;
        for (PlannedWorkshop planned : ProspectiveDemoPlan.of(ProspectiveDemoWorkshops.ALL, SEED)) {
            WorkshopSpec spec = planned.spec();
            Long policyId = policyIds.get(spec.policy());
            if (policyId == null) {
                throw new IllegalStateException("no public policy named " + spec.policy());
            }
            Workshop workshop = pastWorkshop(planned, spec.firstCycle() ? first : second, policyId, personIds, random);
            sessionCount += planned.sessions().size();
            if (workshop.getTitle().equals(ProspectiveDemoTexts.COMMISSIONING_WORKSHOP)) {
                commissionEvaluation(workshop);
            }
        }
        Workshop current = currentWorkshop(policyIds.get("Culture"), personIds);
        int total = sessionCount;
        LOG.info(() -> "Prospective demo loaded: 2 cycles of 2008–2013 with " + ProspectiveDemoWorkshops.ALL.size()
                + " workshops, " + ProspectiveDemoPeople.ALL.size() + " people and " + total + " sessions; the current"
                + " workshop '" + current.getTitle() + "' with " + current.getMembers().size() + " members");
    }

    /** One of the seed's workshops, taken through its three sequences to its final status. */
    private Workshop pastWorkshop(PlannedWorkshop planned, Cycle cycle, long policyId, Map<String, Long> personIds, Random random) {
        WorkshopSpec spec = planned.spec();
        Workshop workshop = new Workshop(cycle, spec.title(), WorkshopKind.PUBLIC_POLICY, policyId, spec.scale(),
                personIds.get(planned.president().key()));
        workshop.describe(spec.committee(), spec.firm(), spec.contract(), planned.start(), planned.end());
        for (Seat seat : planned.seats().subList(1, planned.seats().size())) {
            workshop.addMember(personIds.get(seat.person().key()), seat.category());
        }
        workshops.store(workshop);

        List<Membership> members = workshop.getMembers();
        Map<Long, Instant> firstPresence = new HashMap<>();
        List<WorkshopSession> held = new ArrayList<>();
        for (PlannedSession planning : planned.sessions()) {
            WorkshopSession session = new WorkshopSession(workshop, planning.sequence(), planning.date(), planning.length(),
                    ProspectiveDemoTexts.agenda(planned, planning));
            Instant opening = at(planning.date(), 9);
            int present = 0;
            for (Membership member : members) {
                // the president and the pôle, who animates, are always there
                Presence presence = member.getCategory() == ParticipantCategory.PRESIDENT
                        || member.getCategory() == ParticipantCategory.POLE ? Presence.PRESENT : presence(random);
                session.recordAttendance(member.getPersonId(), presence);
                if (presence == Presence.PRESENT) {
                    present++;
                    firstPresence.putIfAbsent(member.getPersonId(), opening);
                }
            }
            session.writeMinutes(ProspectiveDemoTexts.minutes(planned, planning, present, members.size()));
            held.add(session);
        }
        // the charter is read at the first session; whoever missed it acknowledges it at the first they attend
        Instant firstSession = at(planned.sessions().get(0).date(), 9);
        for (Membership member : members) {
            workshop.acknowledgeCharter(member.getPersonId(), firstPresence.getOrDefault(member.getPersonId(), firstSession));
        }
        int ranked = issues(workshop, spec, planned.end());
        advanceTo(workshop, WorkshopStatus.SCENARIO, ranked);
        LocalDate scenario = planned.sessions().stream().filter(s -> s.sequence() == Sequence.SCENARIO)
                .map(PlannedSession::date).max(LocalDate::compareTo).orElseThrow();
        adoption.adopt(workshop, spec, scenario, spec.status());
        advanceTo(workshop, spec.status(), ranked);
        String synthesis = ProspectiveDemoTexts.SYNTHESES.get(spec.policy());
        if (synthesis != null) {
            workshop.writeSynthesis(synthesis);
            workshop.publishSynthesis(at(planned.end().plusWeeks(6), 10));
        }
        workshops.store(workshop);
        held.forEach(workshops::store);
        return workshop;
    }

    /**
     * The evaluation the workshop's reference document commissions in its chapter 5, asked for by the pôle as on
     * the workshop's page: the core keeps the commission and the evaluation module, observing it, creates the
     * evaluation in framing.
     */
    private void commissionEvaluation(Workshop workshop) {
        commissions.commissionFor(ProspectiveDemoTexts.COMMISSIONED_BY, new ResourceRef(ResourceKind.WORKSHOP,
                workshop.getId()), workshop.getTitle(), new CommissionOrder(CommissionKind.EVALUATION,
                ProspectiveDemoTexts.COMMISSIONED_TITLE, ProspectiveDemoTexts.COMMISSIONED_BRIEF, null,
                workshop.getPolicyId()));
    }

    /**
     * This year's workshop, in its exploratory sequence: one session held three weeks ago, with its
     * register and minutes, the next one planned in a fortnight. elu presides; direction (excused at the
     * first session) has not acknowledged the charter yet.
     */
    private Workshop currentWorkshop(Long culturePolicyId, Map<String, Long> personIds) {
        LocalDate today = clock.today();
        LocalDate held = previousWorkingDay(today.minusDays(19));
        LocalDate next = ProspectiveDemoPlan.workingDay(today.plusDays(16));
        LocalDate start = held.minusWeeks(4);
        LocalDate end = next.plusMonths(4);
        String years = start.getYear() == end.getYear() ? "" + start.getYear() : start.getYear() + "–" + end.getYear();
        Cycle cycle = cycles.store(new Cycle("Ateliers grands enjeux " + years, LocalDate.of(start.getYear(), 1, 1),
                LocalDate.of(end.getYear(), 12, 31)));

        long president = personOf("elu");
        long director = personOf("direction");
        Workshop workshop = new Workshop(cycle, ProspectiveDemoTexts.CURRENT_TITLE, WorkshopKind.MAJOR_ISSUE, culturePolicyId,
                TerritorialScale.METROPOLIS, president);
        workshop.describe(ProspectiveDemoTexts.CURRENT_COMMITTEE, null, ProspectiveDemoTexts.CURRENT_CONTRACT, start, end);
        Map<Long, Presence> attendance = new LinkedHashMap<>();
        attendance.put(president, Presence.PRESENT);
        seat(workshop, attendance, director, ParticipantCategory.DIRECTORATE_RESOURCE, Presence.EXCUSED);
        seat(workshop, attendance, personOf("pole"), ParticipantCategory.POLE, Presence.PRESENT);
        seat(workshop, attendance, personOf("expert"), ParticipantCategory.EXTERNAL_EXPERT, Presence.PRESENT);
        // two who sat in 2008–2013 and are still at the city, then the newcomers
        seat(workshop, attendance, personIds.get("POLE-ANY-1"), ParticipantCategory.POLE, Presence.PRESENT);
        seat(workshop, attendance, personIds.get("R-CULTURE-1"), ParticipantCategory.DIRECTORATE_RESOURCE,
                Presence.PRESENT);
        List<Newcomer> newcomers = ProspectiveDemoTexts.CURRENT_NEWCOMERS;
        for (int i = 0; i < newcomers.size(); i++) {
            String fullName = ProspectiveDemoNames.name(ProspectiveDemoPeople.NEXT_NAME + i);
            long id = people.store(new Person(fullName, ProspectiveDemoNames.email(fullName), newcomers.get(i).category()))
                    .getId();
            // the metropolitan vice-president was excused, one civil-society member did not come
            Presence presence = i == 2 ? Presence.EXCUSED : i == 10 ? Presence.ABSENT : Presence.PRESENT;
            seat(workshop, attendance, id, newcomers.get(i).seat(), presence);
        }
        workshop.advance(); // PREPARATION → EXPLORATORY
        workshops.store(workshop);

        WorkshopSession first = new WorkshopSession(workshop, Sequence.EXPLORATORY, held, SessionLength.HALF_DAY,
                ProspectiveDemoTexts.FIRST_AGENDA);
        attendance.forEach((personId, presence) -> {
            first.recordAttendance(personId, presence);
            if (presence == Presence.PRESENT) {
                workshop.acknowledgeCharter(personId, at(held, 9));
            }
        });
        first.writeMinutes(ProspectiveDemoTexts.firstMinutes(accounts.findByUsername("elu").orElseThrow().getPerson().getName()));
        workshops.store(first);
        workshops.store(new WorkshopSession(workshop, Sequence.EXPLORATORY, next, SessionLength.HALF_DAY,
                ProspectiveDemoTexts.NEXT_AGENDA));
        return workshops.store(workshop);
    }

    private static void seat(Workshop workshop, Map<Long, Presence> attendance, long personId, ParticipantCategory category,
            Presence presence) {
        workshop.addMember(personId, category);
        attendance.put(personId, presence);
    }

    private long personOf(String username) {
        return accounts.findByUsername(username).orElseThrow().getPerson().getId();
    }

    /**
     * Takes the workshop step by step through the method (its sequences, adoption, action plan…) to
     * {@code status}; the exploratory sequence closes on the group's {@code rankedIssues}.
     */
    private static void advanceTo(Workshop workshop, WorkshopStatus status, int rankedIssues) {
        while (workshop.getStatus() != status) {
            workshop.advance(rankedIssues);
        }
    }

    /** The issues the group fixed and ranked, and a few of its resources; how many issues are ranked. */
    private int issues(Workshop workshop, WorkshopSpec workshopSpec, LocalDate end) {
        Map.Entry<Integer, String> tension = ProspectiveDemoIssues.TENSIONS.get(workshopSpec.policy());
        List<WorkshopIssue> stored = new ArrayList<>();
        for (int i = 0; i < workshopSpec.issues().size(); i++) {
            String title = workshopSpec.issues().get(i);
            WorkshopIssue issue = new WorkshopIssue(workshop, title, null, ProspectiveDemoIssues.markersOf(title),
                    tension != null && tension.getKey() == i ? tension.getValue() : null);
            issue.rank(i + 1);
            stored.add(issues.store(issue));
        }
        for (ProspectiveDemoIssues.ResourceSpec spec
                : ProspectiveDemoIssues.RESOURCES.getOrDefault(workshopSpec.policy(), List.of())) {
            WorkshopInput resource = new WorkshopInput(workshop, spec.type(), spec.title(), spec.source(),
                    spec.organisation(), spec.content(), spec.lesson(), end.minusMonths(2));
            resource.inform(List.of(stored.get(spec.informsIssue())));
            issues.store(resource);
        }
        return stored.size();
    }

    /** Mostly present; now and then excused, rarely absent without a word. */
    private static Presence presence(Random random) {
        int draw = random.nextInt(100);
        return draw < 84 ? Presence.PRESENT : draw < 95 ? Presence.EXCUSED : Presence.ABSENT;
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 30)).atZone(CityClock.ZONE).toInstant();
    }

    private static LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }
}
