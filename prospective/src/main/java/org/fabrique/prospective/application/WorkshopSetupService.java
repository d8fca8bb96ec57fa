package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.application.CycleView;
import org.fabrique.prospective.application.WorkshopView;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.CycleRepository;
import org.fabrique.prospective.domain.IssueRepository;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopRepository;

/**
 * Setting a workshop up and moving it along: the pôle opens it, seats its members, moves it through
 * the method and publishes its synthesis note; each member acknowledges the charter.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class WorkshopSetupService {

    /** What the pôle types to open a workshop. */
    public record NewWorkshop(long cycleId, String title, WorkshopKind kind, Long policyId, TerritorialScale scale,
            long presidentPersonId, String organisingCommittee, String externalFirm, String contract, LocalDate start,
            LocalDate end) {
    }

    @Inject
    WorkshopRepository workshops;

    @Inject
    CycleRepository cycles;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    PersonRepository persons;

    @Inject
    WorkshopAccess access;

    @Inject
    IssueRepository issues;

    @Inject
    CityClock clock;

    /** Whether the caller may open a workshop: the pôle. */
    public boolean mayOpen() {
        return access.isPole();
    }

    /** @throws InvalidInput on {@code name} when another cycle has that name */
    @RolesAllowed(Roles.POLE)
    public CycleView openCycle(String name, LocalDate start, LocalDate end) {
        if (cycles.all().stream().anyMatch(c -> c.getName().equalsIgnoreCase(name.strip()))) {
            throw new InvalidInput("name", "prospective.cycle.nameTaken");
        }
        if (end.isBefore(start)) {
            throw new InvalidInput("end", "prospective.cycle.endsBeforeStart");
        }
        return CycleView.of(cycles.store(new Cycle(name, start, end)));
    }

    @RolesAllowed(Roles.POLE)
    public WorkshopView open(NewWorkshop form) {
        Cycle cycle = cycles.findById(form.cycleId()).orElseThrow(() -> new InvalidInput("cycleId", "prospective.cycle.unknown"));
        person(form.presidentPersonId(), "presidentPersonId");
        if (form.kind() == WorkshopKind.PUBLIC_POLICY && form.policyId() == null) {
            throw new InvalidInput("policyId", "prospective.policy.required");
        }
        if (form.policyId() != null && policies.findById(form.policyId()).isEmpty()) {
            throw new InvalidInput("policyId", "prospective.policy.unknown");
        }
        if (form.scale() == TerritorialScale.NEIGHBOURHOOD) {
            throw new InvalidInput("scale", "prospective.scale.cityOrMetropolis");
        }
        if (form.start() != null && form.end() != null && form.end().isBefore(form.start())) {
            throw new InvalidInput("end", "prospective.workshop.endsBeforeStart");
        }
        Workshop workshop = new Workshop(cycle, form.title(), form.kind(), form.policyId(), form.scale(),
                form.presidentPersonId());
        workshop.describe(form.organisingCommittee(), form.externalFirm(), form.contract(), form.start(), form.end());
        return view(workshops.store(workshop));
    }

    /** Rewrites the organising committee, the external firm, the contract and the dates. */
    @RolesAllowed(Roles.POLE)
    public WorkshopView describe(long id, Long expectedVersion, String committee, String firm, String contract,
            LocalDate start, LocalDate end) {
        Workshop workshop = current(id, expectedVersion);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInput("end", "prospective.workshop.endsBeforeStart");
        }
        workshop.describe(committee, firm, contract, start, end);
        return view(workshops.store(workshop));
    }

    @RolesAllowed(Roles.POLE)
    public WorkshopView seat(long id, Long expectedVersion, long personId, ParticipantCategory category) {
        Workshop workshop = current(id, expectedVersion);
        person(personId, "personId");
        workshop.addMember(personId, category);
        return view(workshops.store(workshop));
    }

    @RolesAllowed(Roles.POLE)
    public WorkshopView unseat(long id, Long expectedVersion, long personId) {
        Workshop workshop = current(id, expectedVersion);
        workshop.removeMember(personId);
        return view(workshops.store(workshop));
    }

    /**
     * The caller, a member, acknowledges the seven principles of the charter. The workshop is locked first:
     * of requests sent at once, the first records the moment and the others read it and keep it.
     */
    public WorkshopView acknowledgeCharter(long id) {
        Workshop workshop = workshops.findByIdLocked(id).orElseThrow(() -> new RecordNotFound("workshop", id));
        Membership mine = access.memberOnly(workshop);
        workshop.acknowledgeCharter(mine.getPersonId(), clock.now());
        return view(workshops.store(workshop));
    }

    /** To the next step of the method: preparation, the three sequences, adoption, action plan, closed. */
    @RolesAllowed(Roles.POLE)
    public WorkshopView advance(long id, Long expectedVersion) {
        Workshop workshop = current(id, expectedVersion);
        workshop.advance(issues.rankedCount(id));
        return view(workshops.store(workshop));
    }

    @RolesAllowed(Roles.POLE)
    public WorkshopView writeSynthesis(long id, Long expectedVersion, String text, boolean publish) {
        Workshop workshop = access.load(id);
        ExpectedVersion.require(expectedVersion, workshop.getVersion());
        workshop.writeSynthesis(text);
        if (publish) {
            workshop.publishSynthesis(clock.now());
        }
        return view(workshops.store(workshop));
    }

    private Workshop current(long id, Long expectedVersion) {
        Workshop workshop = access.load(id);
        ExpectedVersion.check(expectedVersion, workshop.getVersion());
        return workshop;
    }

    private void person(long personId, String field) {
        if (persons.findById(personId).isEmpty()) {
            throw new InvalidInput(field, "prospective.person.unknown");
        }
    }

    private WorkshopView view(Workshop workshop) {
        return WorkshopView.of(workshop, access.actions(workshop));
    }
}
