package org.fabrique.evaluation.application;

import java.time.LocalDate;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.FollowUpStatus;

/**
 * A recommendation and its follow-up; {@code overdue} as of today, {@code mayFollowUp} when the caller may say
 * where its follow-up stands (the pôle, or an account of its owner directorate).
 */
public record EvaluationRecommendationView(long id, long evaluationId, String evaluationTitle, int rank, String text,
        Long ownerDirectorateId, String ownerLabel, LocalDate dueDate, FollowUpStatus status, String followUpComment,
        boolean overdue, long version, boolean mayFollowUp) {
    static EvaluationRecommendationView of(EvaluationRecommendation r, String evaluationTitle, LocalDate today,
            boolean mayFollowUp) {
        return new EvaluationRecommendationView(r.getId(), r.getEvaluationId(), evaluationTitle, r.getRank(), r.getText(),
                r.getOwnerDirectorateId(), r.getOwnerLabel(), r.getDueDate(), r.getStatus(), r.getFollowUpComment(),
                r.isOverdue(today), r.getVersion(), mayFollowUp);
    }
}
