package org.fabrique.evaluation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;

/** Where the evaluations' recommendations and their follow-up are kept. */
public interface EvaluationRecommendationRepository {

    Optional<EvaluationRecommendation> findById(long id);

    /** An evaluation's recommendations by rank. */
    List<EvaluationRecommendation> ofEvaluation(long evaluationId);

    /** The highest rank among an evaluation's recommendations, 0 without any. */
    int lastRank(long evaluationId);

    /**
     * One page of every evaluation's recommendations: those overdue on {@code today} first, then the other
     * open ones, then those done or abandoned; each group by due date (none last) and id. One directorate's
     * when {@code ownerDirectorateId} is given.
     */
    default Page<EvaluationRecommendation> page(Long ownerDirectorateId, LocalDate today, PageRequest request) {
        return page(EvaluationRecommendationFilter.ofDirectorate(ownerDirectorateId), List.of(), today, request);
    }

    /**
     * One page of the recommendations the filter lets through, sorted by these keys (of
     * {@link EvaluationRecommendationFilter#SORT_FIELDS}) then by due date; without keys, in the order of
     * {@link #page(Long, LocalDate, PageRequest)}. Lateness is as of {@code today}.
     */
    Page<EvaluationRecommendation> page(EvaluationRecommendationFilter filter, List<SortKey> sort, LocalDate today,
            PageRequest request);

    /**
     * Per evaluation, its recommendations overdue for follow-up on {@code today} (open, due before it), one
     * directorate's when {@code ownerDirectorateId} is given: the evaluations with the oldest due date first, in one
     * statement whatever the number of recommendations.
     */
    List<OverdueFollowUps> overdueByEvaluation(Long ownerDirectorateId, LocalDate today);

    /**
     * The recommendations whose follow-up is open, owned by a directorate and due on {@code date} or before,
     * with their evaluation's title, in one statement.
     */
    List<FollowUpDue> openFollowUpsDueBy(LocalDate date);

    EvaluationRecommendation store(EvaluationRecommendation recommendation);
}
