package org.fabrique.prospective.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.SessionLength;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.Kind;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.PoolPerson;
import org.fabrique.prospective.demo.ProspectiveDemoPeople.Theme;
import org.fabrique.prospective.demo.ProspectiveDemoWorkshops.WorkshopSpec;

/**
 * Who sits in which of the 16 workshops, and when their sessions were, decided before anything is
 * stored, deterministically: each group is composed as the seed says (the president, other concerned
 * elected officials, a neighbourhood elected official, general management, a member of the cabinet,
 * the directorates' resource people, the pôle, the firm and outside experts), people are asked to the
 * workshops of their field and a person sits in several, as in a city, and every person of the pool
 * sits at least once, so that the distinct counts are the seed's.
 */
final class ProspectiveDemoPlan {

    /** A seat in a workshop. */
    record Seat(PoolPerson person, ParticipantCategory category) {
    }

    /** A session to hold: its sequence, date and length. */
    record PlannedSession(Sequence sequence, LocalDate date, SessionLength length, boolean adoption) {
    }

    /** One workshop with its group and its sessions; the president is the first seat. */
    record PlannedWorkshop(WorkshopSpec spec, List<Seat> seats, List<PlannedSession> sessions) {
        PoolPerson president() {
            return seats.get(0).person();
        }

        LocalDate start() {
            return sessions.get(0).date().minusWeeks(3);
        }

        LocalDate end() {
            return sessions.get(sessions.size() - 1).date().plusWeeks(4);
        }

        List<PoolPerson> experts() {
            return seats.stream().map(Seat::person).filter(p -> p.kind() == Kind.EXTERNAL_EXPERT).toList();
        }
    }

    private final Random random;
    private final Map<String, Integer> usage = new HashMap<>();
    private final List<PlannedWorkshop> workshops = new ArrayList<>();
    private int neighbourhoodTurn;
    private int poleTurn;

    private ProspectiveDemoPlan(long seed) {
        this.random = new Random(seed);
    }

    /** The plan of the 16 workshops of the seed. */
    static List<PlannedWorkshop> of(List<WorkshopSpec> specs, long seed) {
        ProspectiveDemoPlan plan = new ProspectiveDemoPlan(seed);
        specs.forEach(plan::compose);
        plan.seatTheForgotten();
        return List.copyOf(plan.workshops);
    }

    private void compose(WorkshopSpec spec) {
        List<Seat> seats = new ArrayList<>();
        PoolPerson president = ProspectiveDemoPeople.byKey(spec.president());
        seat(seats, president, ParticipantCategory.PRESIDENT);
        int extra = spec.themes().size() - 1; // a cross-cutting workshop asks a few more people
        pick(seats, spec, Kind.DEPUTY_MAYOR, 2, ParticipantCategory.ELECTED_OFFICIAL);
        pick(seats, spec, Kind.COUNCILLOR, 2 + extra, ParticipantCategory.ELECTED_OFFICIAL);
        List<PoolPerson> neighbourhoods = ProspectiveDemoPeople.ofKind(Kind.NEIGHBOURHOOD_ELECTED);
        seat(seats, neighbourhoods.get(neighbourhoodTurn++ % neighbourhoods.size()),
                ParticipantCategory.NEIGHBOURHOOD_ELECTED_OFFICIAL);
        pick(seats, spec, Kind.DEPUTY_GENERAL_DIRECTOR, 1 + extra, ParticipantCategory.GENERAL_MANAGEMENT);
        pick(seats, spec, Kind.CABINET_ADVISER, 1, ParticipantCategory.CABINET);
        for (String directorate : spec.directors()) {
            seat(seats, ProspectiveDemoPeople.byKey("D-" + directorate), ParticipantCategory.DIRECTORATE_RESOURCE);
        }
        pick(seats, spec, Kind.DIRECTOR, Math.max(0, 2 - spec.directors().size()), ParticipantCategory.DIRECTORATE_RESOURCE);
        pick(seats, spec, Kind.RESOURCE_PERSON, 5 + random.nextInt(3), ParticipantCategory.DIRECTORATE_RESOURCE);
        if (spec.firm() != null) {
            List<PoolPerson> consultants = ProspectiveDemoPeople.ALL.stream()
                    .filter(p -> p.key().startsWith("F-" + spec.firm() + "-")).toList();
            seat(seats, leastUsed(consultants), ParticipantCategory.EXTERNAL_EXPERT);
        }
        pick(seats, spec, Kind.EXTERNAL_EXPERT, 2, ParticipantCategory.EXTERNAL_EXPERT);
        List<PoolPerson> pole = ProspectiveDemoPeople.ofKind(Kind.POLE_STAFF);
        seat(seats, pole.get(poleTurn++ % pole.size()), ParticipantCategory.POLE);
        seat(seats, pole.get(poleTurn++ % pole.size()), ParticipantCategory.POLE);
        workshops.add(new PlannedWorkshop(spec, seats, sessions(spec)));
    }

    /** Seats {@code count} people of a kind: those of the workshop's fields first, the least asked first. */
    private void pick(List<Seat> seats, WorkshopSpec spec, Kind kind, int count, ParticipantCategory category) {
        List<PoolPerson> candidates = ProspectiveDemoPeople.ofKind(kind).stream()
                .filter(p -> p.theme() != Theme.FIRM)
                .filter(p -> seats.stream().noneMatch(s -> s.person().equals(p)))
                .sorted(Comparator.<PoolPerson>comparingInt(p -> spec.themes().contains(p.theme()) ? 0 : 1)
                        .thenComparingInt(p -> usage.getOrDefault(p.key(), 0)))
                .toList();
        candidates.stream().limit(count).forEach(p -> seat(seats, p, category));
    }

    private PoolPerson leastUsed(List<PoolPerson> people) {
        return people.stream().min(Comparator.comparingInt(p -> usage.getOrDefault(p.key(), 0))).orElseThrow();
    }

    private void seat(List<Seat> seats, PoolPerson person, ParticipantCategory category) {
        if (seats.stream().anyMatch(s -> s.person().equals(person))) {
            throw new IllegalStateException(person.key() + " seated twice");
        }
        seats.add(new Seat(person, category));
        usage.merge(person.key(), 1, Integer::sum);
    }

    /** Anyone of the pool not yet asked joins the smallest group of their field. */
    private void seatTheForgotten() {
        for (PoolPerson person : ProspectiveDemoPeople.ALL) {
            if (usage.containsKey(person.key())) {
                continue;
            }
            PlannedWorkshop smallest = workshops.stream()
                    .filter(w -> person.theme() == Theme.ANY || w.spec().themes().contains(person.theme()))
                    .filter(w -> w.seats().size() < 30)
                    .min(Comparator.comparingInt(w -> w.seats().size()))
                    .orElseThrow(() -> new IllegalStateException("no workshop for " + person.key()));
            seat(smallest.seats(), person, categoryOf(person.kind()));
        }
    }

    private static ParticipantCategory categoryOf(Kind kind) {
        return switch (kind) {
            case DEPUTY_MAYOR, COUNCILLOR -> ParticipantCategory.ELECTED_OFFICIAL;
            case NEIGHBOURHOOD_ELECTED -> ParticipantCategory.NEIGHBOURHOOD_ELECTED_OFFICIAL;
            case DEPUTY_GENERAL_DIRECTOR -> ParticipantCategory.GENERAL_MANAGEMENT;
            case CABINET_ADVISER -> ParticipantCategory.CABINET;
            case DIRECTOR, RESOURCE_PERSON -> ParticipantCategory.DIRECTORATE_RESOURCE;
            case EXTERNAL_EXPERT -> ParticipantCategory.EXTERNAL_EXPERT;
            case POLE_STAFF -> ParticipantCategory.POLE;
        };
    }

    /**
     * Three sequences over about five months: a half-day exploratory session, a full-day resource one
     * (hearings and visits take the day), a half-day scenario one, and for some an adoption session.
     */
    private static List<PlannedSession> sessions(WorkshopSpec spec) {
        List<PlannedSession> sessions = new ArrayList<>();
        LocalDate exploratory = workingDay(spec.firstSession());
        LocalDate resource = workingDay(exploratory.plusWeeks(7));
        LocalDate scenario = workingDay(resource.plusWeeks(7));
        sessions.add(new PlannedSession(Sequence.EXPLORATORY, exploratory, SessionLength.HALF_DAY, false));
        sessions.add(new PlannedSession(Sequence.RESOURCE, resource, SessionLength.FULL_DAY, false));
        sessions.add(new PlannedSession(Sequence.SCENARIO, scenario, SessionLength.HALF_DAY, !spec.adoptionSession()));
        if (spec.adoptionSession()) {
            sessions.add(new PlannedSession(Sequence.SCENARIO, workingDay(scenario.plusWeeks(4)), SessionLength.HALF_DAY, true));
        }
        return sessions;
    }

    /** No session in August, between Christmas and New Year, or at the weekend. */
    static LocalDate workingDay(LocalDate date) {
        LocalDate day = date;
        while (true) {
            if (day.getMonth() == Month.AUGUST) {
                day = day.plusWeeks(4);
            } else if ((day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 20)
                    || (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 5)) {
                day = day.plusWeeks(2);
            } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            } else {
                return day;
            }
        }
    }
}
