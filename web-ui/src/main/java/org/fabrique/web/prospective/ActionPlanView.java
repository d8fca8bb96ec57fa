package org.fabrique.web.prospective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.ActionPlanService;
import org.fabrique.prospective.application.ActionView;
import org.fabrique.prospective.application.DocumentService;
import org.fabrique.prospective.application.DocumentView;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopView;
import org.fabrique.prospective.domain.ActionStatus;
import org.fabrique.web.faces.Messages;

/**
 * prospective/plan.xhtml?workshop=ID: the action plan that follows the adopted reference document,
 * grouped by directorate; the president or the pôle adds actions from the recommendations of chapter 4,
 * they or the action's directorate update its progress. Members and the pôle only.
 */
@Named
@ViewScoped
public class ActionPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One directorate's actions. */
    public record Group(String directorateName, List<ActionView> actions) implements Serializable {
    }

    @Inject
    WorkshopService workshops;

    @Inject
    DocumentService documents;

    @Inject
    ActionPlanService plan;


    @Inject
    Messages messages;

    private Long workshopId;
    private WorkshopView workshop;
    private DocumentView document;
    private List<Group> groups;
    private String recommendation;
    private String title;
    private String directorateId;
    private String pilot;
    private LocalDate deadline;
    /** Select and input values stay strings, by action id. */
    private final Map<Long, String> statuses = new HashMap<>();
    private final Map<Long, String> progress = new HashMap<>();

    public void load() {
        if (workshopId == null) {
            throw new RecordNotFound("workshop", "none");
        }
        workshop = workshops.find(workshopId);
        document = documents.document(workshopId);
        refresh();
    }

    private void refresh() {
        Map<String, List<ActionView>> byDirectorate = new LinkedHashMap<>();
        statuses.clear();
        progress.clear();
        for (ActionView action : plan.page(workshopId, null, new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
            byDirectorate.computeIfAbsent(action.directorateName(), k -> new ArrayList<>()).add(action);
            statuses.put(action.id(), action.status().name());
            progress.put(action.id(), String.valueOf(action.progress()));
        }
        groups = byDirectorate.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
        workshop = workshops.find(workshopId);
    }

    public void add() {
        try {
            plan.plan(workshopId, recommendation, title, Long.parseLong(directorateId), pilot, deadline);
            messages.info("prospective.action.added");
            title = null;
            pilot = null;
            deadline = null;
            refresh();
        } catch (StateConflict e) {
            messages.refused(e);
        } catch (InvalidInput e) {
            messages.refused(e, "addAction");
        }
    }

    public void update(ActionView action) {
        try {
            int value = Integer.parseInt(progress.getOrDefault(action.id(), "").strip());
            if (value < 0 || value > 100) {
                throw new NumberFormatException("out of 0–100");
            }
            plan.update(workshopId, action.id(), action.version(), ActionStatus.valueOf(statuses.get(action.id())), value);
            messages.info("prospective.action.updated");
        } catch (NumberFormatException e) {
            messages.error("prospective.action.progressInvalid");
        } catch (StateConflict e) {
            messages.conflict(e, action, Messages.rereadFrom(() -> plan.page(workshopId, null,
                    new PageRequest(0, PageRequest.MAX_SIZE)).items(), ActionView::id, action.id()));
            String typedStatus = statuses.get(action.id());
            String typedProgress = progress.get(action.id());
            refresh();
            statuses.put(action.id(), typedStatus);
            progress.put(action.id(), typedProgress);
            return;
        }
        refresh();
    }

    /** Whether the caller may update this action now, as the plan's service says. */
    public boolean canUpdate(ActionView action) {
        return action.mayUpdate();
    }

    public boolean isAdopted() { return document.adoptedAt() != null; }
    public ActionStatus[] getStatusValues() { return ActionStatus.values(); }
    public Long getWorkshopId() { return workshopId; }
    public void setWorkshopId(Long workshopId) { this.workshopId = workshopId; }
    public WorkshopView getWorkshop() { return workshop; }
    public DocumentView getDocument() { return document; }
    public List<Group> getGroups() { return groups; }
    public boolean isOrganiser() { return document.mayOrganise(); }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDirectorateId() { return directorateId; }
    public void setDirectorateId(String directorateId) { this.directorateId = directorateId; }
    public String getPilot() { return pilot; }
    public void setPilot(String pilot) { this.pilot = pilot; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Map<Long, String> getStatuses() { return statuses; }
    public Map<Long, String> getProgress() { return progress; }
}
