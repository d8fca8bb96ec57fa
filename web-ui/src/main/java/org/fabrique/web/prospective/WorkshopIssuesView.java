package org.fabrique.web.prospective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.IssueService.IssueView;
import org.fabrique.prospective.application.IssueService.ResourceView;
import org.fabrique.prospective.application.IssueService;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.ResourceType;
import org.fabrique.web.faces.Messages;

/**
 * The issues and resources of the workshop of prospective/workshop.xhtml: anyone reads them; the pôle
 * records an issue, the group's ranking, and a resource linked to issues.
 */
@Named
@ViewScoped
public class WorkshopIssuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IssueService issues;

    @Inject
    Messages messages;

    private long workshopId;
    private List<IssueView> list = List.of();
    private List<ResourceView> resources = List.of();
    /** By issue id (a string: map keys and values get no conversion), its rank as typed. */
    private final Map<String, String> ranks = new HashMap<>();
    private String title;
    private String description;
    private Marker[] markers = new Marker[0];
    private String tension;
    private ResourceType resourceType;
    private String resourceTitle;
    private String source;
    private String organisation;
    private String content;
    private String lesson;
    private LocalDate date;
    private String[] informed = new String[0];

    public void load(long workshop) {
        workshopId = workshop;
        refresh();
    }

    private void refresh() {
        list = issues.issues(workshopId);
        resources = issues.resources(workshopId);
        ranks.clear();
        list.forEach(i -> ranks.put(String.valueOf(i.id()), i.rank() == null ? "" : String.valueOf(i.rank())));
    }

    public void record() {
        issues.record(workshopId, title, description, Arrays.asList(markers), tension);
        messages.info("prospective.issue.recorded");
        title = null;
        description = null;
        markers = new Marker[0];
        tension = null;
        refresh();
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
            issues.addResource(workshopId, new IssueService.NewResource(resourceType, resourceTitle, source, organisation,
                    content, lesson, date, Arrays.stream(informed).map(Long::valueOf).toList()));
            messages.info("prospective.resource.added");
            resourceType = null;
            resourceTitle = null;
            source = null;
            organisation = null;
            content = null;
            lesson = null;
            date = null;
            informed = new String[0];
            refresh();
        } catch (InvalidInput e) {
            messages.refused(e, "addResource");
        }
    }

    /** The titles of the issues a resource informs. */
    public String informedTitles(ResourceView resource) {
        return list.stream().filter(i -> resource.issueIds().contains(i.id())).map(IssueView::title)
                .reduce((a, b) -> a + " ; " + b).orElse("");
    }

    public Marker[] getAllMarkers() { return Marker.values(); }
    public ResourceType[] getResourceTypes() { return ResourceType.values(); }
    public List<IssueView> getList() { return list; }
    public List<ResourceView> getResources() { return resources; }
    public Map<String, String> getRanks() { return ranks; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Marker[] getMarkers() { return markers.clone(); }
    public void setMarkers(Marker[] markers) { this.markers = markers == null ? new Marker[0] : markers.clone(); }
    public String getTension() { return tension; }
    public void setTension(String tension) { this.tension = tension; }
    public ResourceType getResourceType() { return resourceType; }
    public void setResourceType(ResourceType resourceType) { this.resourceType = resourceType; }
    public String getResourceTitle() { return resourceTitle; }
    public void setResourceTitle(String resourceTitle) { this.resourceTitle = resourceTitle; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getLesson() { return lesson; }
    public void setLesson(String lesson) { this.lesson = lesson; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String[] getInformed() { return informed.clone(); }
    public void setInformed(String[] informed) { this.informed = informed == null ? new String[0] : informed.clone(); }
}
