package org.fabrique.web.dialogue;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.dialogue.domain.RecommendationStatus;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * dialogue/recommendations.xhtml: the citizens' recommendations the caller follows — a directorate its
 * own — overdue ones first, then those falling due within 30 days — the city's answer to one of them under its row,
 * and its publication by the pôle; those of one programme only with {@code ?programme=} (the commitment
 * dashboard links there). The filters (directorate, stage, text, due days) are in the address, from a GET form;
 * the columns sort in the database.
 */
@Named
@ViewScoped
public class RecommendationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationService recommendations;

    @Inject
    ProgrammeService programmes;

    @Inject
    Messages messages;

    /** What a person filters the lists by: the answer's stage, as the filter's select offers it. */
    public enum Stage {
        AWAITING_ANSWER, ANSWERED, PUBLISHED
    }

    private Long programmeId;
    private ProgrammeView programme;
    /** The filters, from the address. */
    private Long directorateId;
    private Stage stage;
    private String q;
    private LocalDate dueFrom;
    private LocalDate dueTo;

    private PagedModel<RecommendationView> overdue;
    private PagedModel<RecommendationView> dueSoon;
    private PagedModel<RecommendationView> others;
    private RecommendationView selected;
    private RecommendationView publishing;
    private AnswerPosition position;
    private String text;
    private String plannedActions;

    public void load() {
        programme = programmeId == null ? null : programmes.find(programmeId);
        RecommendationFilter filter = new RecommendationFilter(programmeId, null, directorateId, null, null,
                stage == null || stage == Stage.PUBLISHED ? null
                        : stage == Stage.AWAITING_ANSWER ? RecommendationStatus.AWAITING_ANSWER : RecommendationStatus.ANSWERED,
                stage == null || stage == Stage.AWAITING_ANSWER ? null : stage == Stage.PUBLISHED,
                q, dueFrom, dueTo);
        overdue = model(filter.withLateness(true, null));
        dueSoon = model(filter.withLateness(null, true));
        others = model(filter.withLateness(false, false));
    }

    private PagedModel<RecommendationView> model(RecommendationFilter filter) {
        return PagedModel.sortedBy(RecommendationFilter.SORT_FIELDS, (sort, request) -> recommendations.page(filter, sort, request),
                RecommendationView::id);
    }

    /** Whether any filter narrows the lists (then the page offers to clear them). */
    public boolean isFiltered() {
        return directorateId != null || stage != null || q != null && !q.isBlank() || dueFrom != null || dueTo != null;
    }

    /** Opens the answer form under the recommendation's row, with its answer so far; its history shows below the lists. */
    public void startAnswer(RecommendationView recommendation) {
        selected = recommendations.find(recommendation.id());
        position = selected.answer() == null ? null : selected.answer().position();
        text = selected.answer() == null ? null : selected.answer().text();
        plannedActions = selected.answer() == null ? null : selected.answer().plannedActions();
    }

    public boolean isAnswering(RecommendationView recommendation) {
        return selected != null && selected.id() == recommendation.id();
    }

    public void cancelAnswer() {
        selected = null;
    }

    /** Saves the answer; a refusal shows beside the button that asked for it. */
    public void answer(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        try {
            recommendations.answer(selected.id(), selected.version(), position, text, plannedActions);
            messages.info("dialogue.answer.recorded");
            selected = null;
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), beside);
        } catch (StateConflict e) {
            selected = messages.conflict(e, selected, () -> recommendations.find(selected.id()));
            messages.refusedBeside(e.messageKey(), beside);
        }
    }

    /** Shows, under its row, the answer as it will read in public, for the pôle to confirm. */
    public void askPublish(RecommendationView recommendation) {
        publishing = recommendation;
    }

    public boolean isPublishing(RecommendationView recommendation) {
        return publishing != null && publishing.id() == recommendation.id();
    }

    public void cancelPublish() {
        publishing = null;
    }

    /** The pôle makes the answer public: it then appears on the programme's public page. */
    public void publish(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        try {
            recommendations.publish(publishing.id(), publishing.version());
            messages.info("dialogue.publication.done");
            publishing = null;
        } catch (StateConflict e) {
            publishing = messages.conflict(e, publishing, () -> recommendations.find(publishing.id()));
            messages.refusedBeside(e.messageKey(), beside);
        }
    }

    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public Stage[] getStages() { return Stage.values(); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public LocalDate getDueFrom() { return dueFrom; }
    public void setDueFrom(LocalDate dueFrom) { this.dueFrom = dueFrom; }
    public LocalDate getDueTo() { return dueTo; }
    public void setDueTo(LocalDate dueTo) { this.dueTo = dueTo; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public ProgrammeView getProgramme() { return programme; }
    public AnswerPosition[] getPositions() { return AnswerPosition.values(); }
    public PagedModel<RecommendationView> getOverdue() { return overdue; }
    public PagedModel<RecommendationView> getDueSoon() { return dueSoon; }
    public PagedModel<RecommendationView> getOthers() { return others; }
    public RecommendationView getSelected() { return selected; }
    public AnswerPosition getPosition() { return position; }
    public void setPosition(AnswerPosition position) { this.position = position; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getPlannedActions() { return plannedActions; }
    public void setPlannedActions(String plannedActions) { this.plannedActions = plannedActions; }
}
