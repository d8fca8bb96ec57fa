package org.fabrique.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.evaluation.application.EvaluationRecommendationService;
import org.fabrique.evaluation.application.EvaluationRecommendationView;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.web.faces.Messages;

/**
 * "And next" on evaluation/evaluation.xhtml: the recommendations the evaluation ends on and their
 * follow-up. The pôle adds one and names its owner directorate and due date; the pôle or the owner
 * directorate says where its follow-up stands.
 */
@Named
@ViewScoped
public class EvaluationRecommendationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationRecommendationService recommendations;

    @Inject
    Messages messages;

    private long evaluationId;
    private List<EvaluationRecommendationView> list = List.of();
    private String text;
    /** Select values stay strings. */
    private String assignId;
    private String ownerDirectorateId;
    private String ownerLabel;
    private LocalDate dueDate;
    private String followUpId;
    private String status;
    private String comment;

    public void load(long evaluation) {
        evaluationId = evaluation;
        list = recommendations.recommendations(evaluation);
    }

    public void recommend() {
        try {
            recommendations.recommend(evaluationId, text);
            messages.info("evaluation.recommendation.added");
            text = null;
            load(evaluationId);
        } catch (InvalidInput e) {
            messages.refused(e, "recommend");
        } catch (StateConflict e) {
            messages.refused(e);
        }
    }

    public void assign() {
        EvaluationRecommendationView chosen = find(assignId);
        if (chosen == null) {
            messages.error("form.required");
            return;
        }
        try {
            recommendations.assign(chosen.id(), chosen.version(), id(ownerDirectorateId), ownerLabel, dueDate);
            messages.info("evaluation.recommendation.assigned", chosen.rank());
            assignId = null;
            ownerDirectorateId = null;
            ownerLabel = null;
            dueDate = null;
            load(evaluationId);
        } catch (InvalidInput e) {
            messages.refused(e, "assign");
        } catch (StateConflict e) {
            list = recommendations.recommendations(evaluationId);
            messages.conflict(e, chosen, Messages.rereadFrom(() -> list, EvaluationRecommendationView::id, chosen.id()));
        }
    }

    /** Fills the follow-up form with where the chosen recommendation stands. */
    public void chooseFollowUp() {
        EvaluationRecommendationView chosen = find(followUpId);
        status = chosen == null ? null : chosen.status().name();
        comment = chosen == null ? null : chosen.followUpComment();
    }

    public void followUp() {
        EvaluationRecommendationView chosen = find(followUpId);
        if (chosen == null) {
            messages.error("form.required");
            return;
        }
        try {
            recommendations.followUp(chosen.id(), chosen.version(), status == null || status.isBlank() ? null
                    : FollowUpStatus.valueOf(status), comment);
            messages.info("evaluation.followUp.saved", chosen.rank());
            load(evaluationId);
        } catch (InvalidInput e) {
            messages.refused(e, "followUp");
        } catch (StateConflict e) {
            list = recommendations.recommendations(evaluationId);
            messages.conflict(e, chosen, Messages.rereadFrom(() -> list, EvaluationRecommendationView::id, chosen.id()));
        }
    }

    /** What the caller may follow up, as the service says: every one for the pôle, its own for a directorate. */
    public List<EvaluationRecommendationView> getFollowable() {
        return list.stream().filter(EvaluationRecommendationView::mayFollowUp).toList();
    }

    private EvaluationRecommendationView find(String recommendationId) {
        return list.stream().filter(r -> String.valueOf(r.id()).equals(recommendationId)).findFirst().orElse(null);
    }

    private static Long id(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }

    public FollowUpStatus[] getStatuses() { return FollowUpStatus.values(); }
    public List<EvaluationRecommendationView> getList() { return list; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getAssignId() { return assignId; }
    public void setAssignId(String assignId) { this.assignId = assignId; }
    public String getOwnerDirectorateId() { return ownerDirectorateId; }
    public void setOwnerDirectorateId(String ownerDirectorateId) { this.ownerDirectorateId = ownerDirectorateId; }
    public String getOwnerLabel() { return ownerLabel; }
    public void setOwnerLabel(String ownerLabel) { this.ownerLabel = ownerLabel; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public String getFollowUpId() { return followUpId; }
    public void setFollowUpId(String followUpId) { this.followUpId = followUpId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
