package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.RecordAction;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Role;
import org.fabrique.prospective.domain.IssueRepository;
import org.fabrique.prospective.domain.ResourceType;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopInput;

/**
 * What a workshop draws on: its knowledge base, benchmarks, expert hearings and site visits, each linked to the issues
 * it informs. Not confidential: any account reads them; the pôle records, corrects and deletes them.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class InputService {

    /** A resource, with what the caller may do with it now ({@code actions}). */
    public record InputView(long id, ResourceType type, String title, String source, String organisation,
            String content, String lesson, LocalDate date, List<Long> issueIds, long version, Set<RecordAction> actions) {

        public InputView {
            issueIds = List.copyOf(issueIds);
            actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
        }

        static InputView of(WorkshopInput r, Set<RecordAction> actions) {
            return new InputView(r.getId(), r.getType(), r.getTitle(), r.getSource(), r.getOrganisation(),
                    r.getContent(), r.getLesson(), r.getDate(), r.getIssueIds().stream().sorted().toList(),
                    r.getVersion(), actions);
        }

        public boolean mayCorrect() {
            return actions.contains(RecordAction.CORRECT);
        }

        public boolean mayDelete() {
            return actions.contains(RecordAction.DELETE);
        }
    }

    /** What is recorded of a resource, new or corrected. */
    public record NewInput(ResourceType type, String title, String source, String organisation, String content,
            String lesson, LocalDate date, Collection<Long> issueIds) {
    }

    @Inject
    IssueRepository issues;

    @Inject
    WorkshopAccess access;

    @Inject
    AccountService accounts;

    /** The workshop's resources by type then date. */
    public List<InputView> resources(long workshopId) {
        access.load(workshopId);
        Set<RecordAction> actions = actions();
        return issues.resourcesOf(workshopId).stream().map(r -> InputView.of(r, actions)).toList();
    }

    /** @throws InvalidInput {@code issueIds} when one is not an issue of this workshop */
    @RolesAllowed(Roles.POLE)
    public InputView add(long workshopId, NewInput form) {
        Workshop workshop = access.load(workshopId);
        List<WorkshopIssue> informed = informed(workshopId, form.issueIds());
        WorkshopInput resource = new WorkshopInput(workshop, form.type(), form.title(), form.source(),
                form.organisation(), form.content(), form.lesson(), form.date());
        resource.inform(informed);
        return InputView.of(issues.store(resource), actions());
    }

    /**
     * Corrects a resource, the issues it informs included, on the version the caller read.
     *
     * @throws RecordNotFound when the resource is not one of this workshop's
     * @throws InvalidInput {@code version} when none was sent; {@code issueIds} for an issue of another workshop
     * @throws org.fabrique.core.domain.StateConflict {@code record.stale} when it changed since it was read
     */
    @RolesAllowed(Roles.POLE)
    public InputView revise(long workshopId, long resourceId, Long expectedVersion, NewInput form) {
        WorkshopInput resource = resourceOf(workshopId, resourceId);
        ExpectedVersion.require(expectedVersion, resource.getVersion());
        List<WorkshopIssue> informed = informed(workshopId, form.issueIds());
        resource.revise(form.type(), form.title(), form.source(), form.organisation(), form.content(), form.lesson(),
                form.date());
        resource.inform(informed);
        return InputView.of(issues.store(resource), actions());
    }

    /**
     * Deletes a resource recorded by mistake: nothing depends on a resource, its links to issues go with it.
     *
     * @throws RecordNotFound when the resource is not one of this workshop's
     */
    @RolesAllowed(Roles.POLE)
    public void delete(long workshopId, long resourceId) {
        issues.remove(resourceOf(workshopId, resourceId));
    }

    private Set<RecordAction> actions() {
        return accounts.me().role() == Role.POLE ? EnumSet.allOf(RecordAction.class) : Set.of();
    }

    /** The workshop's issues of these ids, read in one statement. */
    private List<WorkshopIssue> informed(long workshopId, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkshopIssue> ofWorkshop = issues.ofWorkshop(workshopId).stream()
                .collect(Collectors.toMap(WorkshopIssue::getId, Function.identity()));
        List<WorkshopIssue> informed = new ArrayList<>();
        for (Long id : ids) {
            WorkshopIssue issue = id == null ? null : ofWorkshop.get(id);
            if (issue == null) {
                throw new InvalidInput("issueIds", "prospective.issues.otherWorkshop");
            }
            informed.add(issue);
        }
        return informed;
    }

    private WorkshopInput resourceOf(long workshopId, long id) {
        access.load(workshopId);
        return issues.findResource(id).filter(r -> Objects.equals(r.getWorkshop().getId(), workshopId))
                .orElseThrow(() -> new RecordNotFound("resource", id));
    }
}
