package org.fabrique.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.core.application.CommissionOrder;
import org.fabrique.core.application.CommissionView;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.CommissionKind;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.evaluation.application.RecommendationCommissions;
import org.fabrique.web.faces.Messages;

/**
 * What the recommendations of evaluation/evaluation.xhtml commissioned (read in one query), each linked
 * to the evaluation or candidate project it created; the pôle commissions more from a recommendation.
 */
@Named
@ViewScoped
public class EvaluationCommissionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationCommissions commissions;

    @Inject
    Messages messages;

    private long evaluationId;
    private Map<Long, List<CommissionView>> byRecommendation = Map.of();
    /** Select values stay strings. */
    private String recommendationId;
    private String kind = CommissionKind.EVALUATION.name();
    private String title;
    private String brief;
    private String directorateId;

    public void load(long evaluation) {
        evaluationId = evaluation;
        byRecommendation = commissions.ofEvaluation(evaluation).stream()
                .collect(Collectors.groupingBy(c -> c.origin().id()));
    }

    /** What this recommendation commissioned, oldest first. */
    public List<CommissionView> of(long recommendation) {
        return byRecommendation.getOrDefault(recommendation, List.of());
    }

    public void commission() {
        if (recommendationId == null || recommendationId.isBlank()) {
            messages.error("form.required");
            return;
        }
        try {
            CommissionKind chosen = CommissionKind.valueOf(kind);
            Long directorate = chosen == CommissionKind.CANDIDATE_PROJECT && directorateId != null
                    && !directorateId.isBlank() ? Long.valueOf(directorateId) : null;
            CommissionView created = commissions.commission(Long.parseLong(recommendationId),
                    new CommissionOrder(chosen, title, brief, directorate, null));
            messages.info("commission.created." + created.kind().name(), created.title());
            title = null;
            brief = null;
            load(evaluationId);
        } catch (InvalidInput e) {
            messages.refused(e, "commission");
        } catch (StateConflict e) {
            messages.refused(e);
        }
    }

    public CommissionKind[] getKinds() { return CommissionKind.values(); }
    public String getRecommendationId() { return recommendationId; }
    public void setRecommendationId(String recommendationId) { this.recommendationId = recommendationId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBrief() { return brief; }
    public void setBrief(String brief) { this.brief = brief; }
    public String getDirectorateId() { return directorateId; }
    public void setDirectorateId(String directorateId) { this.directorateId = directorateId; }
}
