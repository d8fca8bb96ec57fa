package org.fabrique.evaluation.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which evaluations' recommendations to list; every criterion left null lets all through.
 *
 * @param evaluationId only those of this evaluation
 * @param ownerDirectorateId only those this directorate follows up
 * @param status only those whose follow-up stands here
 * @param overdue true: only the overdue ones (open past their due date, as
 *                {@link EvaluationRecommendation#isOverdue} says); false: only the others
 * @param dueFrom only those due on or after this day
 * @param dueTo only those due on or before this day
 * @param text found in the recommendation's text, its owner's label or its follow-up comment, whatever the case
 */
public record EvaluationRecommendationFilter(Long evaluationId, Long ownerDirectorateId, FollowUpStatus status,
        Boolean overdue, LocalDate dueFrom, LocalDate dueTo, String text) {

    /** The fields a list of recommendations sorts by, then by due date; unsorted, the overdue ones come first. */
    public static final Set<String> SORT_FIELDS = Set.of("dueDate", "rank", "status", "text", "owner");

    public EvaluationRecommendationFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** One directorate's recommendations, or every one when null. */
    public static EvaluationRecommendationFilter ofDirectorate(Long ownerDirectorateId) {
        return new EvaluationRecommendationFilter(null, ownerDirectorateId, null, null, null, null, null);
    }
}
