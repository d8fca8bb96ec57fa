package org.fabrique.prospective.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Presence;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.SessionLength;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopSession;
import org.fabrique.prospective.domain.WorkshopStatus;

/** What the prospective services answer. */
public final class Views {

    private Views() {
    }

    public record CycleView(long id, String name, LocalDate start, LocalDate end) {
        static CycleView of(Cycle c) {
            return new CycleView(c.getId(), c.getName(), c.getStart(), c.getEnd());
        }
    }

    /**
     * A workshop as anyone may know it (its existence is not confidential), with what the caller may do on it
     * now ({@code actions}).
     */
    public record WorkshopView(long id, String title, WorkshopKind kind, Long policyId, long cycleId, String cycleName,
            TerritorialScale scale, WorkshopStatus status, long presidentId, LocalDate start, LocalDate end,
            String contract, String organisingCommittee, String externalFirm, boolean synthesisPublished,
            long version, Set<WorkshopAction> actions) {
        public WorkshopView {
            actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
        }

        static WorkshopView of(Workshop w, Set<WorkshopAction> actions) {
            return new WorkshopView(w.getId(), w.getTitle(), w.getKind(), w.getPolicyId(), w.getCycle().getId(),
                    w.getCycle().getName(), w.getScale(), w.getStatus(), w.getPresidentPersonId(), w.getStart(),
                    w.getEnd(), w.getContract(), w.getOrganisingCommittee(), w.getExternalFirm(),
                    w.getSynthesisPublishedAt() != null, w.getVersion(), actions);
        }

        /** Whether the caller may do this on the workshop now. */
        public boolean may(WorkshopAction action) {
            return actions.contains(action);
        }
    }

    public record ParticipantView(long personId, String displayName, ParticipantCategory category,
            Instant charterAcknowledgedAt) {
    }

    /** A session with its register; the minutes are read separately, on purpose. */
    public record SessionView(long id, Sequence sequence, LocalDate date, SessionLength length, String agenda,
            Map<Long, Presence> attendance, boolean hasMinutes, long version) {
        /** How many members the register marks present. */
        public long presentCount() {
            return attendance.values().stream().filter(p -> p == Presence.PRESENT).count();
        }

        static SessionView of(WorkshopSession s) {
            return new SessionView(s.getId(), s.getSequence(), s.getDate(), s.getLength(), s.getAgenda(),
                    Map.copyOf(s.getAttendance()), s.getMinutes() != null, s.getVersion());
        }
    }

    /** The note written for outside readers, and whether it is published. */
    public record SynthesisView(long workshopId, String title, String text, Instant publishedAt) {
    }

    public record MinutesView(long sessionId, Sequence sequence, LocalDate date, String minutes) {
    }

    /** Distinct people by category over some workshops, computed from memberships. */
    public record FiguresView(long electedOfficials, long deputyGeneralDirectors, long directors, long resourcePeople,
            long cabinetAdvisers, long externalExperts, long poleStaff, long civilSocietyRepresentatives, long total) {

        /** The figures of these counts; the total is their sum, each person having one category. */
        static FiguresView of(java.util.Map<PersonCategory, Long> counts) {
            java.util.function.ToLongFunction<PersonCategory> c = category -> counts.getOrDefault(category, 0L);
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            return new FiguresView(c.applyAsLong(PersonCategory.ELECTED_OFFICIAL),
                    c.applyAsLong(PersonCategory.DEPUTY_GENERAL_DIRECTOR), c.applyAsLong(PersonCategory.DIRECTOR),
                    c.applyAsLong(PersonCategory.RESOURCE_PERSON), c.applyAsLong(PersonCategory.CABINET_ADVISER),
                    c.applyAsLong(PersonCategory.EXTERNAL_EXPERT), c.applyAsLong(PersonCategory.POLE_STAFF),
                    c.applyAsLong(PersonCategory.CIVIL_SOCIETY_REPRESENTATIVE), total);
        }
    }

    /** A workshop's group, and whether its size is outside the range the seed gives (15 to 30). */
    public record GroupView(java.util.List<ParticipantView> participants, boolean sizeOutsideRange) {
    }

    /** One cycle's figures. */
    public record CycleFiguresView(CycleView cycle, FiguresView figures) {
    }
}
