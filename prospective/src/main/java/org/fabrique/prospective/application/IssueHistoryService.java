package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.HistoryRepository;
import org.fabrique.core.domain.HistoryScope;
import org.fabrique.core.domain.HistoryScope.Field;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopInput;

/**
 * Who changed what on a workshop's issues (recorded, corrected, ranked, deleted) and resources (added, corrected,
 * deleted), newest first, each named by its title. Not confidential, as the issues and resources themselves: any
 * account reads it.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class IssueHistoryService {

    private static final List<Field<WorkshopIssue>> ISSUE_FIELDS = List.of(
            new Field<>("title", WorkshopIssue::getTitle),
            new Field<>("description", WorkshopIssue::getDescription),
            new Field<>("rank", WorkshopIssue::getRank),
            new Field<>("tension", WorkshopIssue::getTension));

    private static final List<Field<WorkshopInput>> RESOURCE_FIELDS = List.of(
            new Field<>("type", WorkshopInput::getType),
            new Field<>("title", WorkshopInput::getTitle),
            new Field<>("source", WorkshopInput::getSource),
            new Field<>("organisation", WorkshopInput::getOrganisation),
            new Field<>("content", WorkshopInput::getContent),
            new Field<>("lesson", WorkshopInput::getLesson),
            new Field<>("date", WorkshopInput::getDate));

    @Inject
    WorkshopAccess access;

    @Inject
    HistoryRepository history;

    /** @throws org.fabrique.core.application.RecordNotFound for an unknown workshop */
    public Page<HistoryEntry> page(long workshopId, PageRequest request) {
        access.load(workshopId);
        return history.page(List.of(
                HistoryScope.related(WorkshopIssue.class, "issue", "workshop", workshopId, ISSUE_FIELDS)
                        .labelled(WorkshopIssue::getTitle),
                HistoryScope.related(WorkshopInput.class, "resource", "workshop", workshopId, RESOURCE_FIELDS)
                        .labelled(WorkshopInput::getTitle)), request);
    }
}
