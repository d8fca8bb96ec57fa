package org.fabrique.prospective.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fabrique.prospective.demo.ProspectiveDemoPlan.PlannedSession;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.SessionLength;
import org.fabrique.prospective.domain.WorkshopStatus;

/**
 * Where each generated workshop stands and when its sessions were: the statuses come in turn over seven steps
 * (21 workshops: 9 closed, 4 in their action plan, 2 adopted, 2 in each of the scenario and resource sequences,
 * 1 exploratory, 1 in preparation), and the dates follow from the status and today: a closed workshop held its
 * sessions between one and about nine and a half years ago, an action plan between six months and four years ago,
 * an adopted document between three weeks and five months ago; a workshop under way held its last session one to
 * five weeks ago and has its next one in the coming weeks. Sessions fall on working days out of August and the
 * Christmas holidays, about seven weeks apart, as in the demo.
 */
final class ProspectiveGeneratedSchedule {

    /** The workshops one step generates. */
    static final int PER_STEP = 3;

    /** The statuses in turn, three per step; the first step gives the three the demo lacks most. */
    private static final List<WorkshopStatus> STATUSES = List.of(
            WorkshopStatus.SCENARIO, WorkshopStatus.RESOURCE, WorkshopStatus.ADOPTED,
            WorkshopStatus.PREPARATION, WorkshopStatus.CLOSED, WorkshopStatus.ACTION_PLAN,
            WorkshopStatus.CLOSED, WorkshopStatus.EXPLORATORY, WorkshopStatus.CLOSED,
            WorkshopStatus.ACTION_PLAN, WorkshopStatus.CLOSED, WorkshopStatus.CLOSED,
            WorkshopStatus.CLOSED, WorkshopStatus.ACTION_PLAN, WorkshopStatus.SCENARIO,
            WorkshopStatus.RESOURCE, WorkshopStatus.CLOSED, WorkshopStatus.ADOPTED,
            WorkshopStatus.CLOSED, WorkshopStatus.ACTION_PLAN, WorkshopStatus.CLOSED);

    /**
     * A workshop's dates: its start and end, the sessions held (with their register and minutes) and those to come
     * (planned only), each list by date.
     */
    record Timeline(LocalDate start, LocalDate end, List<PlannedSession> held, List<PlannedSession> coming) {

        /** The latest session held of a sequence. */
        LocalDate lastHeld(Sequence sequence) {
            return held.stream().filter(s -> s.sequence() == sequence).map(PlannedSession::date)
                    .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no " + sequence + " session held"));
        }

        /** The last session held: where the group adopted its document, for a workshop past its scenario sequence. */
        LocalDate lastHeld() {
            return held.get(held.size() - 1).date();
        }

        List<PlannedSession> all() {
            List<PlannedSession> all = new ArrayList<>(held);
            all.addAll(coming);
            return all;
        }
    }

    private ProspectiveGeneratedSchedule() {
    }

    /** The status of workshop {@code index} ({@code 0 ≤ index < PER_STEP}) of step {@code step}. */
    static WorkshopStatus statusOf(int step, int index) {
        return STATUSES.get((step * PER_STEP + index) % STATUSES.size());
    }

    /** Whether the workshop's sequences are behind it: its document adopted, its plan made or its work closed. */
    static boolean pastScenario(WorkshopStatus status) {
        return status.compareTo(WorkshopStatus.SCENARIO) > 0;
    }

    /**
     * The dates of a workshop at {@code status}, seen from {@code today}.
     *
     * @param adoptionSession whether the scenario sequence takes a second session to adopt the text; a workshop in
     *                        its scenario sequence always has one to come
     */
    static Timeline timeline(WorkshopStatus status, boolean adoptionSession, LocalDate today, Random random) {
        List<PlannedSession> held = new ArrayList<>();
        List<PlannedSession> coming = new ArrayList<>();
        LocalDate recently = workingDayBefore(today.minusDays(7 + random.nextInt(29)));
        LocalDate soon = ProspectiveDemoPlan.workingDay(today.plusDays(7 + random.nextInt(22)));
        switch (status) {
            case PREPARATION -> coming.add(session(Sequence.EXPLORATORY,
                    ProspectiveDemoPlan.workingDay(today.plusDays(14 + random.nextInt(43))), false));
            case EXPLORATORY -> {
                held.add(session(Sequence.EXPLORATORY, recently, false));
                coming.add(session(Sequence.EXPLORATORY, soon, false));
            }
            case RESOURCE -> {
                held.add(session(Sequence.EXPLORATORY, workingDayBefore(recently.minusWeeks(7)), false));
                held.add(session(Sequence.RESOURCE, recently, false));
                coming.add(session(Sequence.RESOURCE, soon, false));
            }
            case SCENARIO -> {
                LocalDate resource = workingDayBefore(recently.minusWeeks(7));
                held.add(session(Sequence.EXPLORATORY, workingDayBefore(resource.minusWeeks(7)), false));
                held.add(session(Sequence.RESOURCE, resource, false));
                held.add(session(Sequence.SCENARIO, recently, false));
                coming.add(session(Sequence.SCENARIO, soon, true));
            }
            case ADOPTED, ACTION_PLAN, CLOSED -> held.addAll(past(status, adoptionSession, today, random));
        }
        List<PlannedSession> all = new ArrayList<>(held);
        all.addAll(coming);
        LocalDate start = all.get(0).date().minusWeeks(3);
        LocalDate lastSession = all.get(all.size() - 1).date().plusWeeks(4);
        LocalDate fiveMonths = start.plusMonths(5);
        return new Timeline(start, lastSession.isAfter(fiveMonths) ? lastSession : fiveMonths, List.copyOf(held),
                List.copyOf(coming));
    }

    /** The three sequences of a workshop whose document was adopted {@code daysAgo} days ago. */
    private static List<PlannedSession> past(WorkshopStatus status, boolean adoptionSession, LocalDate today, Random random) {
        int daysAgo = switch (status) {
            case ADOPTED -> 21 + random.nextInt(130);
            case ACTION_PLAN -> 180 + random.nextInt(1281);
            default -> 365 + random.nextInt(3036);
        };
        LocalDate adopted = workingDayBefore(today.minusDays(daysAgo));
        LocalDate scenario = adoptionSession ? workingDayBefore(adopted.minusWeeks(4)) : adopted;
        LocalDate resource = workingDayBefore(scenario.minusWeeks(7));
        LocalDate exploratory = workingDayBefore(resource.minusWeeks(7));
        List<PlannedSession> sessions = new ArrayList<>();
        sessions.add(session(Sequence.EXPLORATORY, exploratory, false));
        sessions.add(session(Sequence.RESOURCE, resource, false));
        sessions.add(session(Sequence.SCENARIO, scenario, !adoptionSession));
        if (adoptionSession) {
            sessions.add(session(Sequence.SCENARIO, adopted, true));
        }
        return sessions;
    }

    /** Half a day, but the resource sequence's, whose hearings and visits take the day. */
    private static PlannedSession session(Sequence sequence, LocalDate date, boolean adoption) {
        return new PlannedSession(sequence, date, sequence == Sequence.RESOURCE ? SessionLength.FULL_DAY
                : SessionLength.HALF_DAY, adoption);
    }

    /**
     * The working day on or before {@code date} out of August and the Christmas holidays: what
     * {@link ProspectiveDemoPlan#workingDay} leaves as it is.
     */
    static LocalDate workingDayBefore(LocalDate date) {
        LocalDate day = date;
        while (true) {
            if (day.getMonth() == Month.AUGUST) {
                day = LocalDate.of(day.getYear(), Month.JULY, 31);
            } else if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 20) {
                day = LocalDate.of(day.getYear(), Month.DECEMBER, 19);
            } else if (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 5) {
                day = LocalDate.of(day.getYear() - 1, Month.DECEMBER, 19);
            } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1);
            } else {
                return day;
            }
        }
    }
}
