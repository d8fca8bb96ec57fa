package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.application.Views.CycleView;
import org.fabrique.prospective.application.Views.WorkshopView;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.CycleRepository;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopRepository;

/**
 * Setting a workshop up, by the pôle: a cycle, a workshop and its president, its members, its move
 * through the method; and a member's acknowledgement of the charter. What the pages of the workshop
 * will do, available to the API (and the tests) meanwhile.
 */
@Stateless
@RolesAllowed(Roles.POLE)
public class WorkshopSetupService {

    @Inject
    CycleRepository cycles;

    @Inject
    WorkshopRepository workshops;

    @Inject
    PersonRepository persons;

    @Inject
    WorkshopAccess access;

    @Inject
    CityClock clock;

    public CycleView createCycle(String name, LocalDate start, LocalDate end) {
        return CycleView.of(cycles.store(new Cycle(name, start, end)));
    }

    /** A workshop in preparation; a public-policy one when a policy is named, a major issue otherwise. */
    public WorkshopView create(long cycleId, String title, long presidentId, Long policyId, TerritorialScale scale) {
        Cycle cycle = cycles.findById(cycleId).orElseThrow(() -> new InvalidInput("cycleId", "prospective.cycle.unknown"));
        requirePerson("presidentId", presidentId);
        Workshop workshop = new Workshop(cycle, title, policyId == null ? WorkshopKind.MAJOR_ISSUE : WorkshopKind.PUBLIC_POLICY,
                policyId, scale == null ? TerritorialScale.CITY : scale, presidentId);
        return WorkshopView.of(workshops.store(workshop));
    }

    public WorkshopView seat(long workshopId, long personId, ParticipantCategory category) {
        Workshop workshop = access.load(workshopId);
        requirePerson("personId", personId);
        workshop.addMember(personId, category);
        return WorkshopView.of(workshops.store(workshop));
    }

    /** Moves the workshop to the next step of the method. */
    public WorkshopView advance(long workshopId) {
        Workshop workshop = access.load(workshopId);
        workshop.advance();
        return WorkshopView.of(workshops.store(workshop));
    }

    /** The calling member acknowledges the charter (any role: members are of every role). */
    @RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
    public void acknowledgeCharter(long workshopId) {
        Workshop workshop = access.load(workshopId);
        long personId = access.memberOnly(workshop).getPersonId();
        workshop.acknowledgeCharter(personId, clock.now());
        workshops.store(workshop);
    }

    private void requirePerson(String field, long personId) {
        if (persons.findById(personId).isEmpty()) {
            throw new InvalidInput(field, "prospective.person.unknown");
        }
    }

}
