package org.fabrique.prospective.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.Role;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopRepository;

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
}
