package org.fabrique.prospective.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fabrique.core.application.CityClock;
import org.fabrique.prospective.demo.ProspectiveDemoIssues.ResourceSpec;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.PoolPerson;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.PlannedSession;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.PlannedWorkshop;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.Seat;
import org.fabrique.prospective.demo.ProspectiveDemoWorkshops.WorkshopSpec;
import org.fabrique.prospective.demo.ProspectiveGeneratedGroup.Member;
import org.fabrique.prospective.demo.ProspectiveGeneratedSchedule.Timeline;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Presence;
import org.fabrique.prospective.domain.ResourceType;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopInput;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopSession;
import org.fabrique.prospective.domain.WorkshopStatus;

/**
 * One generated workshop built through the domain as the demo builds its own: the group seated, the sessions held
 * with their register and minutes and those to come, the charter acknowledged at each member's first session, the
 * issues fixed (ranked once the exploratory sequence is over) with their markers and tension, the resources of the
 * sequences, then the workshop moved on step by step to its status, its scenario sequence and what follows left to
 * {@link ProspectiveGeneratedDocument}.
 */
final class ProspectiveGeneratedWorkshop {

    /** What to build: the workshop's number among the generated ones, its content, status, group and dates. */
    record Blueprint(int number, WorkshopSpec spec, WorkshopKind kind, WorkshopStatus status, Cycle cycle, Long policyId,
            String title, List<Member> members, Timeline timeline, List<Long> directorates) {
    }

    private final ProspectiveGeneratedRecords records;
    private final Random random;
    private long stored;

    ProspectiveGeneratedWorkshop(ProspectiveGeneratedRecords records, Random random) {
        this.records = records;
        this.random = random;
    }

    /** Builds and stores the workshop; returns how many records it stored. */
    long build(Blueprint blueprint) {
        stored = 0;
        WorkshopSpec spec = blueprint.spec();
        Timeline timeline = blueprint.timeline();
        List<Member> group = blueprint.members();
        Workshop workshop = new Workshop(blueprint.cycle(), blueprint.title(), blueprint.kind(), blueprint.policyId(),
                spec.scale(), group.get(0).personId());
        workshop.describe(spec.committee(), spec.firm(), spec.contract(), timeline.start(), timeline.end());
        for (Member member : group.subList(1, group.size())) {
            workshop.addMember(member.personId(), member.category());
        }
        // who came to each session held, and so who has read the charter, before anything is stored
        List<Map<Long, Presence>> registers = new ArrayList<>();
        Map<Long, Instant> firstPresence = new HashMap<>();
        for (PlannedSession planning : timeline.held()) {
            registers.add(register(workshop.getMembers(), planning.date(), firstPresence));
        }
        acknowledgeCharter(workshop, blueprint, firstPresence);
        // the sequences behind it: the exploratory one closes on the issues the group ranked
        WorkshopStatus status = blueprint.status();
        WorkshopStatus sequences = status.compareTo(WorkshopStatus.SCENARIO) < 0 ? status : WorkshopStatus.SCENARIO;
        while (workshop.getStatus() != sequences) {
            workshop.advance(spec.issues().size());
        }
        workshop = records.store(workshop);
        stored += 1 + workshop.getMembers().size();

        // the demo's texts, for a workshop in its scenario sequence with its adoption session to come
        WorkshopSpec texts = status == WorkshopStatus.SCENARIO && !spec.adoptionSession() ? withAdoptionSession(spec) : spec;
        List<Seat> named = group.stream().filter(m -> m.named() != null).map(m -> new Seat(m.named(), m.category())).toList();
        hold(workshop, blueprint, new PlannedWorkshop(texts, named, timeline.all()), registers);
        if (status != WorkshopStatus.PREPARATION) {
            resources(workshop, blueprint, issues(workshop, blueprint), group);
        }
        if (status.compareTo(WorkshopStatus.SCENARIO) >= 0) {
            stored += new ProspectiveGeneratedDocument(records, random).scenario(workshop, blueprint);
        }
        return stored;
    }

    /** A session's register: the president and the pôle, who animates, always there; when each member was first. */
    private Map<Long, Presence> register(List<Membership> members, LocalDate date, Map<Long, Instant> firstPresence) {
        Map<Long, Presence> register = new LinkedHashMap<>();
        for (Membership member : members) {
            Presence presence = member.getCategory() == ParticipantCategory.PRESIDENT
                    || member.getCategory() == ParticipantCategory.POLE ? Presence.PRESENT : presence();
            register.put(member.getPersonId(), presence);
            if (presence == Presence.PRESENT) {
                firstPresence.putIfAbsent(member.getPersonId(), at(date, 9));
            }
        }
        return register;
    }

    /** The sessions held, with their register and minutes, then those to come. */
    private void hold(Workshop workshop, Blueprint blueprint, PlannedWorkshop planned, List<Map<Long, Presence>> registers) {
        List<PlannedSession> held = blueprint.timeline().held();
        boolean opening = blueprint.status() == WorkshopStatus.EXPLORATORY;
        for (int i = 0; i < held.size(); i++) {
            PlannedSession planning = held.get(i);
            WorkshopSession session = new WorkshopSession(workshop, planning.sequence(), planning.date(), planning.length(),
                    ProspectiveDemoTexts.agenda(planned, planning));
            registers.get(i).forEach(session::recordAttendance);
            int present = (int) registers.get(i).values().stream().filter(p -> p == Presence.PRESENT).count();
            int members = registers.get(i).size();
            session.writeMinutes(opening
                    ? ProspectiveGeneratedTexts.openingMinutes(planned.spec(), planned.president().name(), present, members)
                    : ProspectiveDemoTexts.minutes(planned, planning, present, members));
            records.store(session);
            stored += 1 + members;
        }
        for (PlannedSession planning : blueprint.timeline().coming()) {
            // a workshop in its exploratory sequence meets again to rank its issues
            records.store(new WorkshopSession(workshop, planning.sequence(), planning.date(), planning.length(),
                    opening ? ProspectiveDemoTexts.NEXT_AGENDA : ProspectiveDemoTexts.agenda(planned, planning)));
            stored++;
        }
    }

    /**
     * The charter is read at the first session; whoever missed it acknowledges it at the first they attend. Once
     * the sequences are over, everyone has; in a workshop under way, those never there yet have not.
     */
    private static void acknowledgeCharter(Workshop workshop, Blueprint blueprint, Map<Long, Instant> firstPresence) {
        List<PlannedSession> held = blueprint.timeline().held();
        if (held.isEmpty()) {
            return;
        }
        boolean everyone = ProspectiveGeneratedSchedule.pastScenario(blueprint.status());
        Instant firstSession = at(held.get(0).date(), 9);
        for (Membership member : workshop.getMembers()) {
            Instant first = firstPresence.get(member.getPersonId());
            if (first != null || everyone) {
                workshop.acknowledgeCharter(member.getPersonId(), first != null ? first : firstSession);
            }
        }
    }

    /** The issues the group fixed, ranked once its exploratory sequence is over, with the pôle's markers. */
    private List<WorkshopIssue> issues(Workshop workshop, Blueprint blueprint) {
        WorkshopSpec spec = blueprint.spec();
        boolean ranked = blueprint.status() != WorkshopStatus.EXPLORATORY;
        Map.Entry<Integer, String> tension = ProspectiveDemoIssues.TENSIONS.get(spec.policy());
        List<WorkshopIssue> issues = new ArrayList<>();
        for (int i = 0; i < spec.issues().size(); i++) {
            String title = spec.issues().get(i);
            WorkshopIssue issue = new WorkshopIssue(workshop, title, null, ProspectiveDemoIssues.markersOf(title),
                    tension != null && tension.getKey() == i ? tension.getValue() : null);
            if (ranked) {
                issue.rank(i + 1);
            }
            issues.add(records.store(issue));
        }
        stored += issues.size();
        return issues;
    }

    /**
     * The knowledge base of the exploratory sequence; once the resource sequence has met, its benchmark, the hearing
     * of one of the group's experts and the demo's own benchmarks and visits for the policy.
     */
    private void resources(Workshop workshop, Blueprint blueprint, List<WorkshopIssue> issues, List<Member> group) {
        WorkshopSpec spec = blueprint.spec();
        Timeline timeline = blueprint.timeline();
        List<WorkshopInput> inputs = new ArrayList<>();
        WorkshopInput diagnostic = new WorkshopInput(workshop, ResourceType.DIAGNOSTIC,
                ProspectiveGeneratedTexts.diagnosticTitle(), "Comité d'animation", null,
                ProspectiveGeneratedTexts.diagnosticContent(spec), null, timeline.lastHeld(Sequence.EXPLORATORY));
        diagnostic.inform(issues.subList(0, 2));
        inputs.add(diagnostic);
        if (blueprint.status() != WorkshopStatus.EXPLORATORY) {
            LocalDate resourceDay = timeline.lastHeld(Sequence.RESOURCE);
            WorkshopInput benchmark = new WorkshopInput(workshop, ResourceType.BENCHMARK,
                    ProspectiveGeneratedTexts.benchmarkTitle(), spec.firm(), null, spec.resource(),
                    ProspectiveGeneratedTexts.benchmarkLesson(spec), resourceDay);
            benchmark.inform(issues.subList(0, 1));
            inputs.add(benchmark);
            group.stream().map(Member::named).filter(p -> p != null && p.kind() == ProspectiveDemoPeople.Kind.EXTERNAL_EXPERT)
                    .findFirst().ifPresent(expert -> inputs.add(hearing(workshop, spec, expert, resourceDay, issues)));
            for (ResourceSpec demo : ProspectiveDemoIssues.RESOURCES.getOrDefault(spec.policy(), List.of())) {
                WorkshopInput input = new WorkshopInput(workshop, demo.type(), demo.title(), demo.source(),
                        demo.organisation(), demo.content(), demo.lesson(), resourceDay);
                input.inform(List.of(issues.get(demo.informsIssue())));
                inputs.add(input);
            }
        }
        inputs.forEach(records::store);
        stored += inputs.size();
    }

    private static WorkshopInput hearing(Workshop workshop, WorkshopSpec spec, PoolPerson expert, LocalDate day,
            List<WorkshopIssue> issues) {
        WorkshopInput hearing = new WorkshopInput(workshop, ResourceType.EXPERT_HEARING,
                ProspectiveGeneratedTexts.hearingTitle(expert.name()), expert.name(), expert.role(),
                ProspectiveGeneratedTexts.hearingContent(spec), ProspectiveGeneratedTexts.hearingLesson(), day);
        hearing.inform(issues.subList(1, 2));
        return hearing;
    }

    /** Mostly present; now and then excused, rarely absent without a word, as in the demo. */
    private Presence presence() {
        int draw = random.nextInt(100);
        return draw < 84 ? Presence.PRESENT : draw < 95 ? Presence.EXCUSED : Presence.ABSENT;
    }

    /** The same workshop, its scenario sequence taking a second session to adopt the text. */
    private static WorkshopSpec withAdoptionSession(WorkshopSpec s) {
        return new WorkshopSpec(s.policy(), s.title(), s.scale(), s.themes(), s.president(), s.directors(), s.firm(),
                s.firstSession(), true, s.contract(), s.diagnostic(), s.issues(), s.resource(), s.scenario(), s.status());
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(CityClock.ZONE).toInstant();
    }
}
