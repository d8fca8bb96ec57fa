package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.core.application.CommissionOrder;
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.CommissionView;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationRecommendationRepository;

/**
 * What an evaluation's recommendations commission: a further evaluation or a citizen-dialogue project,
 * asked for by the pôle; read with the evaluation by any account.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class RecommendationCommissions {

    @Inject
    EvaluationRecommendationRepository recommendations;

    @Inject
    EvaluationAccess access;

    @Inject
    CommissionService commissions;

    /** What the recommendations of this evaluation commissioned, oldest first, in one query. */
    public List<CommissionView> ofEvaluation(long evaluationId) {
        access.load(evaluationId);
        List<Long> ids = recommendations.ofEvaluation(evaluationId).stream().map(EvaluationRecommendation::getId).toList();
        return commissions.fromOrigins(ResourceKind.EVALUATION_RECOMMENDATION, ids);
    }

    /** The evaluation a recommendation belongs to, for the pages that reach it by the recommendation's id. */
    public long evaluationOf(long recommendationId) {
        return find(recommendationId).getEvaluationId();
    }

    /** Commissions an evaluation or a candidate project from the recommendation (the pôle). */
    @RolesAllowed(Roles.POLE)
    public CommissionView commission(long recommendationId, CommissionOrder order) {
        EvaluationRecommendation recommendation = find(recommendationId);
        Evaluation evaluation = access.load(recommendation.getEvaluationId());
        CommissionOrder withPolicy = order == null ? null : order.withDefaultPolicy(evaluation.getPolicyId());
        return commissions.commission(new ResourceRef(ResourceKind.EVALUATION_RECOMMENDATION, recommendationId),
                evaluation.getTitle(), withPolicy);
    }

    private EvaluationRecommendation find(long id) {
        return recommendations.findById(id).orElseThrow(() -> new RecordNotFound("evaluation recommendation", id));
    }
}
