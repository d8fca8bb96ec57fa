package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.PendingItem;
import org.fabrique.core.application.PendingWork;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Role;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.UndecidedAmendments;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopRepository;
import org.fabrique.prospective.domain.WorkshopSession;

/**
 * What the workshops ask of a person on their home page. Anyone who sits in or presides a workshop: the
 * charter to acknowledge, the next session of each workshop. A president: the amendments waiting for the
 * group's decision. The pôle: the registers still to take after a session, the workshops in a sequence
 * with no session convened. Each list is one bounded query.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class ProspectivePendingWork implements PendingWork {

    /** At most so many items of one kind: the home page is a to-do list, the workshop pages hold the rest. */
    static final int AT_MOST = 5;

    @Inject
    WorkshopRepository workshops;

    @Inject
    DocumentRepository documents;

    @Inject
    CityClock clock;

    @Override
    public List<PendingItem> pendingFor(Caller caller) {
        List<PendingItem> items = new ArrayList<>();
        LocalDate today = clock.today();
        if (caller.role() == Role.POLE) {
            forPole(today, items);
        }
        if (caller.personId() == null) {
            return items;
        }
        for (Membership seat : workshops.charterPending(caller.personId())) {
            Workshop workshop = seat.getWorkshop();
            items.add(new PendingItem("pending.prospective.charter", List.of(workshop.getTitle()), page(workshop.getId())));
        }
        for (UndecidedAmendments undecided : documents.undecidedForPresident(caller.personId())) {
            items.add(new PendingItem("pending.prospective.amendments",
                    List.of(undecided.count(), undecided.workshopTitle()),
                    "/prospective/document.xhtml?workshop=" + undecided.workshopId() + "#amendmentsHeading"));
        }
        for (WorkshopSession session : workshops.nextSessions(caller.personId(), today, AT_MOST)) {
            items.add(new PendingItem("pending.prospective.session",
                    List.of(session.getDate(), session.getWorkshop().getTitle()),
                    page(session.getWorkshop().getId()) + "#sessionsHeading", session.getDate()));
        }
        return items;
    }

    private void forPole(LocalDate today, List<PendingItem> items) {
        for (WorkshopSession session : workshops.withoutRegister(today, AT_MOST)) {
            items.add(new PendingItem("pending.prospective.register",
                    List.of(session.getDate(), session.getWorkshop().getTitle()),
                    page(session.getWorkshop().getId()) + "#sessionsHeading", session.getDate()));
        }
        for (Workshop workshop : workshops.withoutNextSession(today, AT_MOST)) {
            items.add(new PendingItem("pending.prospective.convene", List.of(workshop.getTitle()),
                    page(workshop.getId()) + "#conveneHeading"));
        }
    }

    private static String page(long workshopId) {
        return "/prospective/workshop.xhtml?id=" + workshopId;
    }
}
