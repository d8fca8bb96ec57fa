package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.PendingItem;
import org.fabrique.core.application.PendingWork;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopRepository;

/**
 * What the workshops ask of a person on their home page: the charter to acknowledge in each open workshop
 * they sit in, before taking part.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class ProspectivePendingWork implements PendingWork {

    @Inject
    WorkshopRepository workshops;

    @Override
    public List<PendingItem> pendingFor(Caller caller) {
        List<PendingItem> items = new ArrayList<>();
        if (caller.personId() == null) {
            return items;
        }
        for (Membership seat : workshops.charterPending(caller.personId())) {
            Workshop workshop = seat.getWorkshop();
            items.add(new PendingItem("pending.prospective.charter", List.of(workshop.getTitle()),
                    "/prospective/workshop.xhtml?id=" + workshop.getId()));
        }
        return items;
    }
}
