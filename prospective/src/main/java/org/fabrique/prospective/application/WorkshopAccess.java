package org.fabrique.prospective.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.Role;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopRepository;
import org.fabrique.prospective.domain.WorkshopStatus;

/**
 * The principle of protection, in one place: a workshop's confidential material (members, minutes,
 * amendments and their authors, drafts, attendance) is for its members and the pôle only. Every
 * service that reads or writes such material goes through here.
 */
@ApplicationScoped
public class WorkshopAccess {

    @Inject
    WorkshopRepository workshops;

    @Inject
    AccountService accounts;

    /** The workshop, or {@link RecordNotFound}. */
    public Workshop load(long id) {
        return workshops.findById(id).orElseThrow(() -> new RecordNotFound("workshop", id));
    }

    /** Whether the caller is the pôle, which organises every workshop. */
    public boolean isPole() {
        return accounts.me().role() == Role.POLE;
    }

    /** Whether the caller is one of the workshop's members, or the pôle. */
    public boolean isInsider(Workshop workshop) {
        Caller caller = accounts.me();
        return caller.role() == Role.POLE || workshop.isMember(caller.personId());
    }

    /** The workshop if the caller is a member or the pôle; {@link NotAMemberOfWorkshop} otherwise. */
    public Workshop insiderOnly(long id) {
        Workshop workshop = load(id);
        if (!isInsider(workshop)) {
            throw new NotAMemberOfWorkshop(id);
        }
        return workshop;
    }

    /** The caller's own seat in the workshop: members only, the pôle included only if it sits there. */
    public Membership memberOnly(Workshop workshop) {
        Caller caller = accounts.me();
        if (caller.personId() == null) {
            throw new NotAMemberOfWorkshop(workshop.getId());
        }
        return workshop.member(caller.personId()).orElseThrow(() -> new NotAMemberOfWorkshop(workshop.getId()));
    }

    /**
     * What the caller may do on this workshop now: the pôle organises it (seats and moves it on while it is
     * not closed); nobody else does, from any page or the API.
     */
    public Set<WorkshopAction> actions(Workshop workshop) {
        return actions(workshop, accounts.me().role());
    }

    /** The same, for a caller whose role was read once (a page of workshops). */
    Set<WorkshopAction> actions(Workshop workshop, Role role) {
        if (role != Role.POLE) {
            return Set.of();
        }
        EnumSet<WorkshopAction> actions = EnumSet.allOf(WorkshopAction.class);
        if (workshop.getStatus() == WorkshopStatus.CLOSED) {
            actions.removeAll(EnumSet.of(WorkshopAction.SEAT, WorkshopAction.ADVANCE));
        }
        return actions;
    }
}
