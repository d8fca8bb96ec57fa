package org.fabrique.prospective.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.domain.Role;
import org.fabrique.prospective.domain.Workshop;

/**
 * Who leads the scenario sequence and the action plan: the workshop's president and the pôle (the
 * organising committee). Confidentiality itself is {@link WorkshopAccess}'s.
 */
@ApplicationScoped
public class Organisers {

    @Inject
    AccountService accounts;

    public boolean isOrganiser(Workshop workshop) {
        Caller caller = accounts.me();
        return caller.personId() != null
                && (caller.role() == Role.POLE || caller.personId() == workshop.getPresidentPersonId());
    }

    /** The caller's person id if they are the president or the pôle; {@link ReservedToOrganisers} otherwise. */
    public long organiserOnly(Workshop workshop) {
        if (!isOrganiser(workshop)) {
            throw new ReservedToOrganisers(workshop.getId());
        }
        return accounts.me().personId();
    }
}
