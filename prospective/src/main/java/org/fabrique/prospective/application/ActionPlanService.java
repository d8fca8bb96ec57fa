package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.ActionView;
import org.fabrique.prospective.domain.ActionStatus;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.PlannedAction;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopRepository;

/**
 * The action plan of a workshop once its document is adopted: the president or the pôle turns each
 * recommendation of chapter 4 into actions for the directorates; the progress is updated by them or by
 * the action's own directorate. Read by the members and the pôle.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class ActionPlanService {

    @Inject
    DocumentRepository documents;

    @Inject
    WorkshopRepository workshops;

    @Inject
    DirectorateRepository directorates;

    @Inject
    WorkshopAccess access;

    @Inject
    Organisers organisers;

    @Inject
    AccountService accounts;

    @Inject
    CityClock clock;

    /** One page of the plan, by directorate then deadline; one directorate's when given. */
    public Page<ActionView> page(long workshopId, Long directorateId, PageRequest request) {
        Workshop workshop = access.insiderOnly(workshopId);
        boolean organiser = organisers.isOrganiser(workshop);
        Caller caller = accounts.me();
        Map<Long, String> names = directorates.all().stream().collect(Collectors.toMap(Directorate::getId, Directorate::getName));
        return documents.actions(workshopId, directorateId, request)
                .map(a -> view(a, names.getOrDefault(a.getDirectorateId(), ""), mayUpdate(a, organiser, caller)));
    }

    public ActionView plan(long workshopId, String recommendation, String title, long directorateId, String pilot,
            LocalDate deadline) {
        Workshop workshop = access.insiderOnly(workshopId);
        organisers.organiserOnly(workshop);
        Directorate directorate = directorates.findById(directorateId)
                .orElseThrow(() -> new InvalidInput("directorateId", "prospective.action.directorateUnknown"));
        ReferenceDocument document = documents.ofWorkshop(workshopId)
                .orElseThrow(() -> new StateConflict("prospective.plan.notAdopted"));
        PlannedAction action = PlannedAction.plan(workshop, document, recommendation, title, directorateId, pilot, deadline,
                clock.now());
        workshops.store(workshop);
        PlannedAction planned = documents.store(action);
        return view(planned, directorate.getName(), mayUpdate(planned, true, accounts.me()));
    }

    /** Where the action stands: by the president, the pôle, or the action's own directorate. */
    public ActionView update(long workshopId, long actionId, Long expectedVersion, ActionStatus status, int progress) {
        Workshop workshop = access.insiderOnly(workshopId);
        PlannedAction action = documents.findAction(actionId).filter(a -> a.getWorkshopId() == workshopId)
                .orElseThrow(() -> new RecordNotFound("action", actionId));
        Caller caller = accounts.me();
        if (!ownDirectorate(action, caller)) {
            organisers.organiserOnly(workshop);
        }
        ExpectedVersion.require(expectedVersion, action.getVersion());
        action.update(status, progress);
        String name = directorates.findById(action.getDirectorateId()).map(Directorate::getName).orElse("");
        PlannedAction updated = documents.store(action);
        return view(updated, name, mayUpdate(updated, organisers.isOrganiser(workshop), caller));
    }

    private static boolean ownDirectorate(PlannedAction action, Caller caller) {
        return caller.role() == Role.DIRECTORATE && Objects.equals(caller.directorateId(), action.getDirectorateId());
    }

    /** The organisers, or the action's own directorate, while the action is not finished. */
    private static boolean mayUpdate(PlannedAction action, boolean organiser, Caller caller) {
        return !action.getStatus().isFinished() && (organiser || ownDirectorate(action, caller));
    }

    private static ActionView view(PlannedAction a, String directorateName, boolean mayUpdate) {
        return new ActionView(a.getId(), a.getRecommendation(), a.getTitle(), a.getDirectorateId(), directorateName,
                a.getPilot(), a.getDeadline(), a.getStatus(), a.getProgress(), a.getVersion(), mayUpdate);
    }
}
