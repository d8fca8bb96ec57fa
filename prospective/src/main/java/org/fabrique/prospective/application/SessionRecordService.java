package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.WorkshopSessionView;
import org.fabrique.prospective.domain.AttendanceRate;
import org.fabrique.prospective.domain.Presence;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.SessionLength;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopRepository;
import org.fabrique.prospective.domain.WorkshopSession;

/**
 * The sessions of a workshop's sequences as the pôle keeps them: convened, their attendance register
 * taken, their minutes written; and each member's attendance rate, for insiders.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class SessionRecordService {

    @Inject
    WorkshopRepository workshops;

    @Inject
    WorkshopAccess access;

    @Inject
    WorkshopNotices notices;

    @RolesAllowed(Roles.POLE)
    public WorkshopSessionView convene(long workshopId, Sequence sequence, LocalDate date, SessionLength length, String agenda) {
        Workshop workshop = access.load(workshopId);
        WorkshopSession convened = workshops.store(new WorkshopSession(workshop, sequence, date, length, agenda));
        notices.convened(convened);
        return WorkshopSessionView.of(convened);
    }

    /** Takes the register: every member listed gets their presence; the others keep theirs. */
    @RolesAllowed(Roles.POLE)
    public WorkshopSessionView register(long workshopId, long sessionId, Long expectedVersion, Map<Long, Presence> presences) {
        WorkshopSession session = session(workshopId, sessionId, expectedVersion);
        presences.forEach(session::recordAttendance);
        return WorkshopSessionView.of(workshops.store(session));
    }

    @RolesAllowed(Roles.POLE)
    public WorkshopSessionView writeMinutes(long workshopId, long sessionId, Long expectedVersion, String minutes) {
        WorkshopSession session = session(workshopId, sessionId, expectedVersion);
        session.writeMinutes(minutes);
        return WorkshopSessionView.of(workshops.store(session));
    }

    /** Each member's attendance over the workshop (insiders only), in the order of the group. */
    public List<AttendanceRate> attendanceRates(long workshopId) {
        Workshop workshop = access.insiderOnly(workshopId);
        List<WorkshopSession> sessions = workshops.sessions(workshopId);
        return workshop.getMembers().stream().map(m -> AttendanceRate.of(m.getPersonId(), sessions)).toList();
    }

    private WorkshopSession session(long workshopId, long sessionId, Long expectedVersion) {
        WorkshopSession session = workshops.findSession(sessionId)
                .filter(s -> s.getWorkshop().getId() == workshopId)
                .orElseThrow(() -> new RecordNotFound("session", sessionId));
        ExpectedVersion.require(expectedVersion, session.getVersion());
        return session;
    }
}
