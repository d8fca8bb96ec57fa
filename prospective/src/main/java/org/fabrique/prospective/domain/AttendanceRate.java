package org.fabrique.prospective.domain;

import java.util.Collection;
import java.util.Objects;

/**
 * How assiduous a member was (the charter's seventh principle): of the sessions whose register was
 * taken, the share at which they were present. Null while no register was taken.
 */
public record AttendanceRate(long personId, int present, int excused, int absent, Double rate) {

    public static AttendanceRate of(long personId, Collection<WorkshopSession> sessions) {
        Objects.requireNonNull(sessions, "sessions is required");
        int present = 0;
        int excused = 0;
        int absent = 0;
        int registers = 0;
        for (WorkshopSession session : sessions) {
            if (session.getAttendance().isEmpty()) {
                continue;
            }
            registers++;
            Presence presence = session.getAttendance().getOrDefault(personId, Presence.ABSENT);
            switch (presence) {
                case PRESENT -> present++;
                case EXCUSED -> excused++;
                case ABSENT -> absent++;
            }
        }
        return new AttendanceRate(personId, present, excused, absent, registers == 0 ? null : (double) present / registers);
    }
}
