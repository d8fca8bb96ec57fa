package org.fabrique.prospective.application;

import java.time.LocalDate;
import java.util.Map;
import org.fabrique.prospective.domain.Presence;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.SessionLength;
import org.fabrique.prospective.domain.WorkshopSession;

/** A session with its register; the minutes are read separately, on purpose. */
public record WorkshopSessionView(long id, Sequence sequence, LocalDate date, SessionLength length, String agenda,
        Map<Long, Presence> attendance, boolean hasMinutes, long version) {
    /** How many members the register marks present. */
    public long presentCount() {
        return attendance.values().stream().filter(p -> p == Presence.PRESENT).count();
    }

    static WorkshopSessionView of(WorkshopSession s) {
        return new WorkshopSessionView(s.getId(), s.getSequence(), s.getDate(), s.getLength(), s.getAgenda(),
                Map.copyOf(s.getAttendance()), s.getMinutes() != null, s.getVersion());
    }
}
