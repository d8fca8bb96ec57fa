package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.HistoryRepository;
import org.fabrique.core.domain.HistoryScope;
import org.fabrique.core.domain.HistoryScope.Field;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.Indicator;

/**
 * Who changed what on an evaluation (its framing, its stage) and on its recommendations (their owner,
 * due date and follow-up), newest first, for everyone who reads the evaluation. Interviews and quotes
 * are not part of it.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class EvaluationHistoryService {

    private static final List<Field<Evaluation>> EVALUATION_FIELDS = List.of(
            new Field<>("title", Evaluation::getTitle),
            new Field<>("type", Evaluation::getType),
            new Field<>("evaluators", Evaluation::getEvaluators),
            new Field<>("start", Evaluation::getStart),
            new Field<>("end", Evaluation::getEnd),
            new Field<>("status", Evaluation::getStatus));

    private static final List<Field<EvaluationRecommendation>> RECOMMENDATION_FIELDS = List.of(
            new Field<>("rank", EvaluationRecommendation::getRank),
            new Field<>("text", EvaluationRecommendation::getText),
            new Field<>("owner", EvaluationRecommendation::getOwnerLabel),
            new Field<>("dueDate", EvaluationRecommendation::getDueDate),
            new Field<>("followUpStatus", EvaluationRecommendation::getStatus),
            new Field<>("followUpComment", EvaluationRecommendation::getFollowUpComment));

    private static final List<Field<Indicator>> INDICATOR_FIELDS = List.of(
            new Field<>("name", Indicator::getName),
            new Field<>("unit", Indicator::getUnit),
            new Field<>("baseline", Indicator::getBaseline),
            new Field<>("target", Indicator::getTarget),
            new Field<>("source", Indicator::getSource));

    @Inject
    EvaluationAccess access;

    @Inject
    HistoryRepository history;

    /** @throws org.fabrique.core.application.RecordNotFound for an unknown evaluation */
    public Page<HistoryEntry> page(long evaluationId, PageRequest request) {
        access.load(evaluationId);
        return history.page(List.of(
                HistoryScope.record(Evaluation.class, "evaluation", evaluationId, EVALUATION_FIELDS),
                HistoryScope.where(EvaluationRecommendation.class, "evaluationRecommendation", "evaluationId",
                        evaluationId, RECOMMENDATION_FIELDS),
                HistoryScope.where(Indicator.class, "indicator", "evaluationId", evaluationId, INDICATOR_FIELDS)
                        .labelled(Indicator::getName)), request);
    }
}
