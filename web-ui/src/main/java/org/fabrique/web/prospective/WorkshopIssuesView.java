package org.fabrique.web.prospective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.IssueService.IssueView;
import org.fabrique.prospective.application.IssueService;
import org.fabrique.prospective.application.InputService;
import org.fabrique.prospective.application.InputService.InputView;
import org.fabrique.web.faces.Messages;

/**
 * The issues and resources of the workshop of prospective/workshop.xhtml: anyone reads them; the pôle
 * records an issue, the group's ranking, and a resource linked to issues; IssueEditView and ResourceEditView correct
 * and delete them.
 */
@Named
@ViewScoped
public class WorkshopIssuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IssueService issues;

    @Inject
    InputService resourceService;

    @Inject
    Messages messages;

    private long workshopId;
    private List<IssueView> list = List.of();
    private List<InputView> resources = List.of();
    /** By issue id (a string: map keys and values get no conversion), its rank as typed. */
    private final Map<String, String> ranks = new HashMap<>();
    private IssueFields issueFields = new IssueFields();
    private ResourceFields resourceFields = new ResourceFields();

    public void load(long workshop) {
        workshopId = workshop;
        refresh();
    }

    private void refresh() {
        list = issues.issues(workshopId);
        resources = resourceService.resources(workshopId);
        ranks.clear();
        list.forEach(i -> ranks.put(String.valueOf(i.id()), i.rank() == null ? "" : String.valueOf(i.rank())));
    }

    /** Reads the issues and resources again after a correction, keeping the ranks typed and not yet saved. */
    void reload() {
        Map<String, String> typed = new HashMap<>(ranks);
        refresh();
        typed.forEach((id, rank) -> ranks.computeIfPresent(id, (key, saved) -> rank));
    }

    long workshopId() {
        return workshopId;
    }

    public void record() {
        issues.record(workshopId, issueFields.getTitle(), issueFields.getDescription(), issueFields.markerList(),
                issueFields.getTension());
        messages.info("prospective.issue.recorded");
        issueFields = new IssueFields();
        reload();
    }

    /** Ranks every issue shown, on the version shown: those left blank leave the ranking. */
    public void saveRanking() {
        List<IssueService.Ranked> typed = new ArrayList<>();
        for (IssueView issue : list) {
            String value = ranks.getOrDefault(String.valueOf(issue.id()), "");
            value = value == null ? "" : value.strip();
            try {
                typed.add(new IssueService.Ranked(issue.id(), value.isEmpty() ? null : Integer.valueOf(value), issue.version()));
            } catch (NumberFormatException e) {
                messages.error("prospective.ranking.number");
                return;
            }
        }
        try {
            issues.rank(workshopId, typed);
            messages.info("prospective.ranking.saved", typed.stream().filter(r -> r.rank() != null).count());
            refresh();
        } catch (InvalidInput e) {
            messages.refused(e, null);
        } catch (StateConflict e) {
            List<IssueView> opened = list;
            Map<String, String> typedRanks = new LinkedHashMap<>(ranks);
            refresh();
            IssueView changed = opened.stream().filter(before -> list.stream()
                    .anyMatch(now -> now.id() == before.id() && now.version() != before.version())).findFirst().orElse(null);
            messages.conflict(e, changed, Messages.rereadFrom(() -> list, IssueView::id, changed == null ? -1 : changed.id()));
            ranks.putAll(typedRanks);
        }
    }

    public void addResource() {
        try {
            resourceService.add(workshopId, resourceFields.toNew());
            messages.info("prospective.resource.added");
            resourceFields = new ResourceFields();
            reload();
        } catch (InvalidInput e) {
            messages.refused(e, "addResource");
        }
    }

    /** The titles of the issues a resource informs. */
    public String informedTitles(InputView resource) {
        return list.stream().filter(i -> resource.issueIds().contains(i.id())).map(IssueView::title)
                .reduce((a, b) -> a + " ; " + b).orElse("");
    }

    /** Whether the resources' table shows its actions' column: the service lets the caller act on one of them. */
    public boolean isResourcesActionable() {
        return resources.stream().anyMatch(r -> !r.actions().isEmpty());
    }

    public List<IssueView> getList() { return list; }
    public List<InputView> getResources() { return resources; }
    public Map<String, String> getRanks() { return ranks; }
    public IssueFields getIssueFields() { return issueFields; }
    public ResourceFields getResourceFields() { return resourceFields; }
}
